import { type Rating, compareReviews } from "@/lib/srs";

import { fromBase36, toBase36 } from "./base36";
import { normalizeProgress } from "./merge";
import type { Progress, ReviewEntry, ReviewMode, Stamped, StoredV2 } from "./models";

/*
 * The compact log string (grammar in README.md). One entry is
 *   <card index, base 36><rating+mode letter A–P><ms since previous entry, base 36>
 *   [ "." <answer time in ms, base 36> ]<id part>
 * and entries are joined by ",". Letters A–L are (rating − 1) × 3 + mode for due, shuffle and weak;
 * interview, added later, takes M–P (12 + rating − 1), so every log written before it reads the
 * same. The answer time (format 2) is absent for older reviews. The id part is "-<suffix>" when the id is
 * `${at.toString(36)}-${suffix}` (what newEntryId makes), else "~" + the id with "%" and ","
 * percent-escaped. Sorting by time keeps the deltas small and non-negative.
 */

const ENTRY_SEPARATOR = ",";
const MODES: readonly ReviewMode[] = ["due", "shuffle", "weak"];
const MODE_INDEX: Record<Exclude<ReviewMode, "interview">, number> = { due: 0, shuffle: 1, weak: 2 };
const INTERVIEW_BASE = 12;
const RATINGS: readonly Rating[] = [1, 2, 3, 4];
const LETTER_BASE = "A".charCodeAt(0);
const SUFFIX_PATTERN = /^[0-9a-z]+$/;

function ratingModeLetter(rating: Rating, mode: ReviewMode): string {
  const code = mode === "interview" ? INTERVIEW_BASE + rating - 1 : (rating - 1) * MODES.length + MODE_INDEX[mode];
  return String.fromCharCode(LETTER_BASE + code);
}

function escapeId(id: string): string {
  return id.replace(/[%,]/g, (c) => (c === "%" ? "%25" : "%2C"));
}

function unescapeId(text: string): string {
  return text.replace(/%2C|%25/g, (c) => (c === "%25" ? "%" : ","));
}

function idPart(entry: ReviewEntry, at36: string): string {
  const { id } = entry;
  if (id.length > at36.length + 1 && id.charCodeAt(at36.length) === 45 /* "-" */ && id.startsWith(at36)) {
    const suffix = id.slice(at36.length + 1);
    if (SUFFIX_PATTERN.test(suffix)) return `-${suffix}`;
  }
  return `~${escapeId(id)}`;
}

function encodeLog(log: readonly ReviewEntry[], cardIndex: Map<string, number>): string {
  const parts: string[] = [];
  let previousAt = 0;
  for (const entry of log) {
    let index = cardIndex.get(entry.cardId);
    if (index === undefined) {
      index = cardIndex.size;
      cardIndex.set(entry.cardId, index);
    }
    parts.push(
      toBase36(index) +
        ratingModeLetter(entry.rating, entry.mode) +
        toBase36(entry.at - previousAt) +
        (entry.ms === undefined ? "" : `.${toBase36(entry.ms)}`) +
        idPart(entry, toBase36(entry.at)),
    );
    previousAt = entry.at;
  }
  return parts.join(ENTRY_SEPARATOR);
}

function sortedEntries<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `p` (in normal form) as the stored v2 document; keys sorted so equal states encode equally. */
export function toStoredV2(p: Progress): StoredV2 {
  const cardIndex = new Map<string, number>();
  const log = encodeLog(p.log, cardIndex);
  return {
    v: 2,
    cards: [...cardIndex.keys()],
    log,
    tomb: [...p.tombstones],
    flags: Object.fromEntries(sortedEntries(p.flags).map(([id, s]) => [id, [s.value ? 1 : 0, s.at]])),
    notes: Object.fromEntries(sortedEntries(p.notes).map(([id, s]) => [id, [s.value, s.at]])),
    settings: { value: { ...p.settings.value }, at: p.settings.at },
  };
}

/** Thrown for a log string that does not follow the grammar; the codec reports it as "invalid". */
export class LogFormatError extends Error {}

const DOT = 46;
const DASH = 45;
const TILDE = 126;

/** Value of a base-36 digit [0-9a-z], or -1. */
function digit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  return -1;
}

/**
 * The log string as entries, scanned by hand (one pass, no regular expression): the grammar is
 * the one in README.md. Also tells whether the entries are already in normal form as far as the
 * log alone can say (strictly in (at, id) order), and the ids written out in full ("~"), which
 * only could repeat another entry's id.
 */
function decodeLog(text: string, cards: readonly string[]): { log: ReviewEntry[]; ordered: boolean; fullIds: string[] } {
  const log: ReviewEntry[] = [];
  const fullIds: string[] = [];
  let ordered = true;
  if (text === "") return { log, ordered, fullIds };
  const n = text.length;
  let pos = 0;
  let previousAt = 0;
  let previous: ReviewEntry | undefined;
  let position = 0;
  const fail = (why: string) => new LogFormatError(`log entry ${position} ${why}`);
  // A base-36 number at `pos`: exact up to 10 digits (36^10 < 2^53), else through fromBase36.
  const number = (): number => {
    const from = pos;
    let value = 0;
    for (let d = digit(text.charCodeAt(pos)); d >= 0; d = digit(text.charCodeAt(pos))) {
      value = value * 36 + d;
      pos++;
    }
    if (pos === from) throw fail("is malformed");
    return pos - from > 10 ? fromBase36(text.slice(from, pos)) : value;
  };
  for (; ; position++) {
    const cardId = cards[number()];
    if (cardId === undefined) throw fail("points to an unknown card");
    const code = text.charCodeAt(pos) - LETTER_BASE;
    if (!(code >= 0 && code <= 15)) throw fail("is malformed");
    pos++;
    const interview = code >= INTERVIEW_BASE;
    const rating = RATINGS[interview ? code - INTERVIEW_BASE : Math.floor(code / MODES.length)];
    const mode = interview ? "interview" : MODES[code % MODES.length];
    const at = previousAt + number();
    let ms: number | undefined;
    if (text.charCodeAt(pos) === DOT) {
      pos++;
      ms = number();
    }
    const kind = text.charCodeAt(pos);
    pos++;
    let end = text.indexOf(",", pos);
    if (end < 0) end = n;
    let id: string;
    if (kind === DASH) {
      for (let i = pos; i < end; i++) if (digit(text.charCodeAt(i)) < 0) throw fail("is malformed");
      if (end === pos) throw fail("is malformed");
      id = `${toBase36(at)}-${text.slice(pos, end)}`;
    } else if (kind === TILDE) {
      id = unescapeId(text.slice(pos, end));
      if (id === "") throw fail("has an empty id");
      fullIds.push(id);
    } else throw fail("is malformed");
    if (rating === undefined || mode === undefined) throw fail("has a bad grade");
    if (!Number.isSafeInteger(at)) throw fail("has a bad time");
    if (ms !== undefined && !Number.isSafeInteger(ms)) throw fail("has a bad answer time");
    const entry: ReviewEntry = ms === undefined ? { id, cardId, rating, at, mode } : { id, cardId, rating, at, mode, ms };
    if (ordered && previous && compareReviews(previous, entry) >= 0) ordered = false;
    log.push(entry);
    previous = entry;
    previousAt = at;
    if (end >= n) break;
    pos = end + 1;
  }
  return { log, ordered, fullIds };
}

/**
 * Whether a log strictly in (at, id) order is also free of repeated and undone ids. Ids written as
 * "-suffix" carry their own time, so in strict order they cannot repeat each other: only the
 * full ids need a set.
 */
function liveAndUnique(log: readonly ReviewEntry[], fullIds: readonly string[], tombstones: readonly string[]): boolean {
  if (fullIds.length > 0) {
    const full = new Set(fullIds);
    if (full.size !== fullIds.length) return false;
    let seen = 0;
    for (const e of log) if (full.has(e.id)) seen++;
    // Each full id matches its own entry once; more means a "-" id repeats it.
    if (seen !== fullIds.length) return false;
  }
  if (tombstones.length > 0) {
    const dead = new Set(tombstones);
    for (const e of log) if (dead.has(e.id)) return false;
  }
  return true;
}

function toStamped<T, V>(record: Record<string, [T, number]>, value: (raw: T) => V): Record<string, Stamped<V>> {
  return Object.fromEntries(Object.entries(record).map(([id, [raw, at]]) => [id, { value: value(raw), at }]));
}

/**
 * A shape-checked v2 document as Progress in normal form; throws LogFormatError on a bad log.
 * A log our encoder wrote is already in normal form and is kept as decoded (no second pass over
 * it); anything else goes through normalizeProgress.
 */
export function fromStoredV2(doc: StoredV2): Progress {
  const { log, ordered, fullIds } = decodeLog(doc.log, doc.cards);
  const rest = normalizeProgress({
    log: [],
    tombstones: doc.tomb,
    flags: toStamped(doc.flags, (v) => v === 1),
    notes: toStamped(doc.notes, (v) => v),
    settings: doc.settings,
  });
  if (ordered && liveAndUnique(log, fullIds, rest.tombstones)) return { ...rest, log };
  return normalizeProgress({ ...rest, log });
}
