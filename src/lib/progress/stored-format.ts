import { type Rating } from "@/lib/srs";

import { toBase36 } from "./base36";
import { withLazyLog } from "./lazy-log";
import { columnsInNormalForm } from "./log-columns";
import { scanLog } from "./log-scan";
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
const LETTER_BASE = "A".charCodeAt(0);
const SUFFIX_PATTERN = /^[0-9a-z]+$/;

function ratingModeLetter(rating: Rating, mode: ReviewMode): string {
  const code = mode === "interview" ? INTERVIEW_BASE + rating - 1 : (rating - 1) * MODES.length + MODE_INDEX[mode];
  return String.fromCharCode(LETTER_BASE + code);
}

function escapeId(id: string): string {
  return id.replace(/[%,]/g, (c) => (c === "%" ? "%25" : "%2C"));
}

function idPart(entry: ReviewEntry, at36: string): string {
  const { id } = entry;
  if (id.length > at36.length + 1 && id.charCodeAt(at36.length) === 45 /* "-" */ && id.startsWith(at36)) {
    const suffix = id.slice(at36.length + 1);
    if (SUFFIX_PATTERN.test(suffix)) return `-${suffix}`;
  }
  return `~${escapeId(id)}`;
}

/**
 * One entry's text, its card's index taken from (or added to) `cardIndex`, its time as a delta
 * from `previousAt`. An id written out in full ("~") is added to `fullIds` when given.
 */
export function encodeEntry(entry: ReviewEntry, previousAt: number, cardIndex: Map<string, number>, fullIds?: Set<string>): string {
  let index = cardIndex.get(entry.cardId);
  if (index === undefined) {
    index = cardIndex.size;
    cardIndex.set(entry.cardId, index);
  }
  const id = idPart(entry, toBase36(entry.at));
  if (fullIds && id.charCodeAt(0) === 126 /* "~" */) fullIds.add(entry.id);
  return toBase36(index) + ratingModeLetter(entry.rating, entry.mode) + toBase36(entry.at - previousAt) + (entry.ms === undefined ? "" : `.${toBase36(entry.ms)}`) + id;
}

/** The log string of `log` (in normal form); card indexes from `cardIndex`, which it extends. */
export function encodeLog(log: readonly ReviewEntry[], cardIndex: Map<string, number>, fullIds?: Set<string>): string {
  const parts: string[] = [];
  let previousAt = 0;
  for (const entry of log) {
    parts.push(encodeEntry(entry, previousAt, cardIndex, fullIds));
    previousAt = entry.at;
  }
  return parts.join(ENTRY_SEPARATOR);
}

function sortedEntries<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The stored document's fields after the log, in the order toStoredV2 writes them. */
export function storedRest(p: Progress): Pick<StoredV2, "tomb" | "flags" | "notes" | "settings"> {
  return {
    tomb: [...p.tombstones],
    flags: Object.fromEntries(sortedEntries(p.flags).map(([id, s]) => [id, [s.value ? 1 : 0, s.at]])),
    notes: Object.fromEntries(sortedEntries(p.notes).map(([id, s]) => [id, [s.value, s.at]])),
    settings: { value: { ...p.settings.value }, at: p.settings.at },
  };
}

/** `p` (in normal form) as the stored v2 document; keys sorted so equal states encode equally. */
export function toStoredV2(p: Progress): StoredV2 {
  const cardIndex = new Map<string, number>();
  const log = encodeLog(p.log, cardIndex);
  return { v: 2, cards: [...cardIndex.keys()], log, ...storedRest(p) };
}

function toStamped<T, V>(record: Record<string, [T, number]>, value: (raw: T) => V): Record<string, Stamped<V>> {
  return Object.fromEntries(Object.entries(record).map(([id, [raw, at]]) => [id, { value: value(raw), at }]));
}

/**
 * A shape-checked v2 document as Progress in normal form; throws LogFormatError on a bad log.
 * A log our encoder wrote is already in normal form: its entries are made only when first read
 * (lazy-log.ts); anything else is made now and goes through normalizeProgress.
 */
export function fromStoredV2(doc: StoredV2): Progress {
  const columns = scanLog(doc.log, doc.cards);
  const rest = normalizeProgress({
    log: [],
    tombstones: doc.tomb,
    flags: toStamped(doc.flags, (v) => v === 1),
    notes: toStamped(doc.notes, (v) => v),
    settings: doc.settings,
  });
  if (columnsInNormalForm(columns, rest.tombstones)) return withLazyLog(rest, columns);
  return normalizeProgress({ ...rest, log: columns.entries() });
}

export { LogFormatError } from "./log-columns";
