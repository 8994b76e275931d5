import { clear, createStore, entries, get, set, type UseStore } from "idb-keyval";
import "@/lib/zod-jitless";
import { z } from "zod";

/**
 * The last recording of each card, kept in this browser's IndexedDB only when the setting asks for
 * it, so a candidate can compare attempts across days. Nothing is ever uploaded.
 */
export interface SavedRecording {
  blob: Blob; // the audio as recorded
  at: number; // when it was recorded
}

const savedSchema = z.object({ blob: z.instanceof(Blob), at: z.number() });

// Opened per operation (a handful per question), so no connection is held in module state, and
// nothing touches IndexedDB during the static build.
const db = (): UseStore => createStore("prepdeck-recordings", "last-per-card");

export async function saveRecording(cardId: string, recording: SavedRecording): Promise<void> {
  await set(cardId, recording, db());
}

/** The card's kept recording; null when there is none or what is stored is not one. */
export async function loadRecording(cardId: string): Promise<SavedRecording | null> {
  return savedSchema.safeParse(await get(cardId, db())).data ?? null;
}

/** How many recordings are kept and the bytes they use. */
export async function recordingsUsage(): Promise<{ count: number; bytes: number }> {
  const all = await entries(db());
  let bytes = 0;
  for (const [, value] of all) bytes += savedSchema.safeParse(value).data?.blob.size ?? 0;
  return { count: all.length, bytes };
}

export async function deleteAllRecordings(): Promise<void> {
  await clear(db());
}
