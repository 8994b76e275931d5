import { emptyProgress } from "./log";
import type { DecodeResult, Progress, StoredV2 } from "./models";
import { normalizeProgress } from "./merge";
import { CURRENT_VERSION, migrate } from "./migrations";
import { isPlainObject } from "./safe-json";
import { parseStoredText } from "./stored-text";
import { logColumns } from "./lazy-log";
import { LogFormatError, fromStoredV2, storedRest, toStoredV2 } from "./stored-format";
import { StoredShapeError, guardStoredV2 } from "./stored-guard";

/** The compact stored string for `p` (see README.md). Equal states give identical strings. */
export function encodeProgress(p: Progress): string {
  return encodeNormalProgress(normalizeProgress(p));
}

/**
 * `p` as the stored document (what encodeProgress writes, before JSON), for handing to a worker:
 * `postMessage` copies it as it is, and the worker reads it with decodeStoredDocument. A log decoded
 * lazily (lazy-log.ts) is passed as the stored text it was scanned from, without making its 100,000
 * entries to encode them again; its card table may then differ from what encodeProgress writes (the
 * document is not for comparing). Not as text: JSON.stringify of a 2 MB history cost a page load
 * of /stats 28–67 ms in Node (the first call slowest), where `postMessage` copies the document in 7.
 */
export function progressForTransfer(p: Progress): StoredV2 {
  const columns = logColumns(p);
  if (!columns) return toStoredV2(normalizeProgress(p));
  return { v: 2, cards: [...columns.cards], log: columns.text, ...storedRest(p) };
}

/** encodeProgress for a state already in normal form (a merge result); skips re-normalising. */
export function encodeNormalProgress(p: Progress): string {
  return JSON.stringify(toStoredV2(p));
}

type VersionRead = { ok: true; version: number } | { ok: false; message: string };

/** v1+ documents carry `v`; the v0 pre-release used `version`. */
function readVersion(doc: unknown): VersionRead {
  if (!isPlainObject(doc)) return { ok: false, message: "stored progress is not a JSON object" };
  const version = Object.hasOwn(doc, "v") ? doc.v : doc.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return { ok: false, message: "stored progress has no valid version" };
  }
  return { ok: true, version };
}

function invalid(message: string): DecodeResult {
  return { ok: false, reason: "invalid", message };
}

function describeFailure(error: unknown): string {
  if (error instanceof StoredShapeError || error instanceof LogFormatError) return `stored progress is malformed: ${error.message}`;
  return error instanceof Error ? error.message : "stored progress could not be read";
}

/** A stored document already parsed (or copied by `postMessage`), checked and decoded as decodeProgress does the text. */
export function decodeStoredDocument(doc: unknown): DecodeResult {
  const read = readVersion(doc);
  if (!read.ok) return invalid(read.message);
  const { version } = read;
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      reason: "future",
      message: `stored progress was written by a newer PrepDeck (format ${version}; this one reads up to ${CURRENT_VERSION})`,
    };
  }
  try {
    const progress = fromStoredV2(guardStoredV2(migrate(doc, version)));
    return version < CURRENT_VERSION ? { ok: true, progress, migratedFrom: version } : { ok: true, progress };
  } catch (error) {
    return invalid(describeFailure(error));
  }
}

/**
 * Decodes a stored value. null or "" is a first visit (empty progress). Never throws: bad JSON is
 * "unreadable", a wrong shape "invalid", a newer format "future".
 */
export function decodeProgress(raw: string | null): DecodeResult {
  if (raw === null || raw === "") return { ok: true, progress: emptyProgress() };
  if (typeof raw !== "string") return invalid("stored progress is not text");
  const json = parseStoredText(raw);
  if (!json.ok) return { ok: false, reason: "unreadable", message: `stored progress is not valid JSON: ${json.message}` };
  return decodeStoredDocument(json.value);
}
