import { clear, createStore, entries, get, set, type UseStore } from "idb-keyval";

/**
 * The last recording of each card, kept in this browser's IndexedDB only when the setting asks for
 * it, so a candidate can compare attempts across days. Nothing is ever uploaded.
 */
export interface SavedRecording {
  blob: Blob; // the audio as recorded
  at: number; // when it was recorded
}

// A hand-written guard, not zod: the settings page reads the usage on load, and zod would be most
// of its JavaScript for two fields.
function asSaved(value: unknown): SavedRecording | null {
  if (typeof value !== "object" || value === null) return null;
  const { blob, at } = value as Record<string, unknown>;
  return blob instanceof Blob && typeof at === "number" && Number.isFinite(at) ? { blob, at } : null;
}

// Opened per operation (a handful per question), so no connection is held in module state, and
// nothing touches IndexedDB during the static build.
const db = (): UseStore => createStore("prepdeck-recordings", "last-per-card");

export async function saveRecording(cardId: string, recording: SavedRecording): Promise<void> {
  await set(cardId, recording, db());
}

/** The card's kept recording; null when there is none or what is stored is not one. */
export async function loadRecording(cardId: string): Promise<SavedRecording | null> {
  return asSaved(await get(cardId, db()));
}

/** How many recordings are kept and the bytes they use. */
export async function recordingsUsage(): Promise<{ count: number; bytes: number }> {
  const all = await entries(db());
  let bytes = 0;
  for (const [, value] of all) bytes += asSaved(value)?.blob.size ?? 0;
  return { count: all.length, bytes };
}

export async function deleteAllRecordings(): Promise<void> {
  await clear(db());
}
