import { logColumns } from "./lazy-log";
import type { ExportFile, ImportMode, ImportPreview, Progress, Stamped } from "./models";
import { mergeProgress, normalizeProgress } from "./merge";
import { CURRENT_VERSION } from "./migrations";
import { extrasKey } from "./settings-extras";

/*
 * Export files and applying an import (no validation here: reading a file is transfer.ts, which
 * loads zod, so it stays off every page's load path).
 */

export const EXPORT_FORMAT = "prepdeck-progress";
/** Largest import accepted, checked before parsing. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A readable backup file of `p`. */
export function exportProgress(p: Progress, now: number): string {
  const normal = normalizeProgress(p);
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: CURRENT_VERSION,
    exportedAt: new Date(now).toISOString(),
    log: normal.log,
    tombstones: normal.tombstones,
    flags: normal.flags,
    notes: normal.notes,
    settings: normal.settings,
  };
  return JSON.stringify(file, null, 2);
}

function changedCount<T>(before: Record<string, Stamped<T>>, after: Record<string, Stamped<T>>, empty: T): number {
  let changed = 0;
  for (const id of Object.keys(after)) {
    const old = Object.hasOwn(before, id) ? before[id]?.value : empty;
    if (after[id]?.value !== old) changed++;
  }
  return changed;
}

/** What merging `incoming` into `current` would change. */
export function previewImport(current: Progress, incoming: Progress): ImportPreview {
  const here = new Set(current.log.map((e) => e.id));
  const undoneHere = new Set(current.tombstones);
  const undoneThere = new Set(incoming.tombstones);
  let newReviews = 0;
  let alreadyPresent = 0;
  for (const entry of incoming.log) {
    if (here.has(entry.id)) alreadyPresent++;
    else if (!undoneHere.has(entry.id)) newReviews++;
  }
  const merged = mergeProgress(current, incoming);
  const a = current.settings.value;
  const b = merged.settings.value;
  return {
    newReviews,
    alreadyPresent,
    undoneReviews: current.log.filter((e) => undoneThere.has(e.id)).length,
    flagsChanged: changedCount(current.flags, merged.flags, false),
    notesChanged: changedCount(current.notes, merged.notes, ""),
    settingsChanged:
      a.desiredRetention !== b.desiredRetention ||
      a.newPerSession !== b.newPerSession ||
      a.rolloverHour !== b.rolloverHour ||
      a.dailyGoal !== b.dailyGoal ||
      extrasKey(a) !== extrasKey(b),
  };
}

/** "merge" keeps both (set union, last writer wins); "replace" takes the file as is. */
export function applyImport(current: Progress, incoming: Progress, mode: ImportMode): Progress {
  return mode === "merge" ? mergeProgress(current, incoming) : normalizeProgress(incoming);
}

/** Reviews of cards the bank no longer has; they are kept, and settings shows how many. */
export function orphanReviewCount(p: Progress, knownIds: ReadonlySet<string>): number {
  let count = 0;
  const columns = logColumns(p);
  if (columns) {
    // A lazily decoded log: one lookup per stored card, none of its entries made.
    const unknown = columns.cards.map((id) => !knownIds.has(id));
    for (let i = 0; i < columns.length; i++) if (unknown[columns.card[i] as number]) count++;
    return count;
  }
  for (const entry of p.log) if (!knownIds.has(entry.cardId)) count++;
  return count;
}
