import { decodeProgress } from "./codec";
import { emptyProgress } from "./log";
import type { ExportFile, ImportMode, ImportPreview, ImportResult, Progress, Stamped } from "./models";
import { mergeProgress, normalizeProgress } from "./merge";
import { CURRENT_VERSION } from "./migrations";
import { isPlainObject, parseJsonSafely } from "./safe-json";
import { describeIssue, exportFileSchema } from "./schemas";

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

const NOT_OURS = "This file is not a PrepDeck backup";

function failure(message: string): ImportResult {
  return { ok: false, message };
}

function parseExportFile(doc: Record<string, unknown>): ImportResult {
  const version = doc.version;
  if (typeof version === "number" && version > CURRENT_VERSION) {
    return failure(`This backup was made by a newer version of PrepDeck (format ${version}); update PrepDeck to import it.`);
  }
  const parsed = exportFileSchema.safeParse(doc);
  if (!parsed.success) return failure(`${NOT_OURS}: ${describeIssue(parsed.error)}.`);
  const { log, tombstones, flags, notes, settings } = parsed.data;
  return {
    ok: true,
    progress: normalizeProgress({ log, tombstones, flags, notes, settings: settings ?? emptyProgress().settings }),
  };
}

/** A stored value pasted or saved from a backup key: accept it too, it is the same data. */
function parseStoredValue(text: string): ImportResult {
  const decoded = decodeProgress(text);
  if (decoded.ok) return { ok: true, progress: decoded.progress };
  if (decoded.reason === "future") return failure("This backup was made by a newer version of PrepDeck; update PrepDeck to import it.");
  return failure(`${NOT_OURS}: ${decoded.message}.`);
}

/**
 * Validates an import file. Refuses files over MAX_IMPORT_BYTES before reading them, drops
 * prototype-affecting keys while parsing and never throws. Accepts export files and raw stored
 * values (what a backup key holds).
 */
export function parseImport(text: string, byteSize: number): ImportResult {
  if (!(byteSize <= MAX_IMPORT_BYTES) || text.length > MAX_IMPORT_BYTES) {
    return failure(`This file is too large to be a PrepDeck backup (limit ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`);
  }
  try {
    const json = parseJsonSafely(text);
    if (!json.ok) return failure(`${NOT_OURS}: it is not valid JSON (${json.message}).`);
    const doc = json.value;
    if (!isPlainObject(doc)) return failure(`${NOT_OURS}: it is not a JSON object.`);
    if (doc.format === EXPORT_FORMAT) return parseExportFile(doc);
    const looksStored = doc.format === undefined && (Object.hasOwn(doc, "v") || Object.hasOwn(doc, "version"));
    if (looksStored) return parseStoredValue(text);
    return failure(`${NOT_OURS}: format must be "${EXPORT_FORMAT}".`);
  } catch {
    return failure(`${NOT_OURS}: it could not be read.`);
  }
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
      a.dailyGoal !== b.dailyGoal,
  };
}

/** "merge" keeps both (set union, last writer wins); "replace" takes the file as is. */
export function applyImport(current: Progress, incoming: Progress, mode: ImportMode): Progress {
  return mode === "merge" ? mergeProgress(current, incoming) : normalizeProgress(incoming);
}

/** Reviews of cards the bank no longer has; they are kept, and settings shows how many. */
export function orphanReviewCount(p: Progress, knownIds: ReadonlySet<string>): number {
  let count = 0;
  for (const entry of p.log) if (!knownIds.has(entry.cardId)) count++;
  return count;
}
