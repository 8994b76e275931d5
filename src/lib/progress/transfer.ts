import { decodeProgress } from "./codec";
import { emptyProgress } from "./log";
import type { ImportResult } from "./models";
import { normalizeProgress } from "./merge";
import { CURRENT_VERSION } from "./migrations";
import { isPlainObject, parseJsonSafely } from "./safe-json";
import { describeIssue, exportFileSchema } from "./schemas";
import { EXPORT_FORMAT, MAX_IMPORT_BYTES } from "./import-export";

/*
 * Reading an import file: the one part of progress that needs zod, so it is not in the barrel
 * (index.ts) and pages load it only when the user picks a file:
 *   const { parseImport } = await import("@/lib/progress/transfer");
 */

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
