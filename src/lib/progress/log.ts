import { compareReviews } from "@/lib/srs";

import { loggedId, newestEntry, withGradedLog } from "./graded-log";
import { logIdentity, logLength } from "./lazy-log";
import type { Progress, ReviewEntry, Settings, Stamped } from "./models";
import { DEFAULT_SETTINGS, clampSettings } from "./settings";

export function emptyProgress(): Progress {
  return { log: [], tombstones: [], flags: {}, notes: {}, settings: { value: { ...DEFAULT_SETTINGS }, at: 0 } };
}

const ID_SUFFIX_LENGTH = 6;

/**
 * A review id: the time in base 36, "-", six random base-36 characters. Two tabs would have to
 * grade in the same millisecond and draw the same 31 bits to collide. The codec stores such ids as
 * just the suffix, because the time part repeats the entry's `at`.
 */
export function newEntryId(now: number, rand: () => number): string {
  let suffix = "";
  for (let i = 0; i < ID_SUFFIX_LENGTH; i++) {
    const digit = Math.min(35, Math.max(0, Math.floor(rand() * 36)));
    suffix += digit.toString(36);
  }
  return `${Math.max(0, Math.trunc(now)).toString(36)}-${suffix}`;
}

/** Index of the first element not less than `item` (binary search on a sorted array). */
function lowerBound<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid] as T, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `sorted` with `item` inserted in order; the common case (newest last) is a plain append. */
function insertSorted<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): T[] {
  const last = sorted[sorted.length - 1];
  if (last === undefined || compare(last, item) <= 0) return sorted.concat([item]);
  const at = lowerBound(sorted, item, compare);
  return [...sorted.slice(0, at), item, ...sorted.slice(at)];
}

function hasSorted<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): boolean {
  const at = lowerBound(sorted, item, compare);
  const found = sorted[at];
  return found !== undefined && compare(found, item) === 0;
}

export function isTombstoned(p: Progress, id: string): boolean {
  return hasSorted(p.tombstones, id, compareStrings);
}

/**
 * The time to stamp a new grade of `cardId` with: `now`, or one millisecond after the card's last
 * review if the clock went backwards (or has not moved), so the grade just given sorts, and
 * replays, as the card's latest whatever the ids.
 */
export function reviewTimeFor(p: Progress, cardId: string, now: number): number {
  const latest = Math.max(0, Math.trunc(Number.isFinite(now) ? now : 0));
  // The log is in time order: a clock past its last review is past every review of this card too
  // (the usual case, and no walk back through a long history to find the card).
  const newest = newestEntry(p);
  if (newest === undefined || latest > newest.at) return latest;
  for (let i = p.log.length - 1; i >= 0; i--) {
    const entry = p.log[i];
    if (entry && entry.cardId === cardId) return latest > entry.at ? latest : entry.at + 1;
  }
  return latest;
}

/** `p` with `entry` in its log; a no-op for an id already logged or undone. */
export function addReview(p: Progress, entry: ReviewEntry): Progress {
  if (isTombstoned(p, entry.id) || loggedId(p, entry.id)) return p;
  const last = newestEntry(p);
  // A grade given now is the newest review: its log is made when first read (graded-log.ts), in
  // the log's lineage (log-lineage.ts), so the card states, the next grade and the save know the
  // old log is its prefix without comparing them, and the copy waits until after the paint.
  if (last === undefined || compareReviews(last, entry) < 0) return withGradedLog(p, { ...entry }, { key: logIdentity(p), length: logLength(p) });
  return { ...p, log: insertSorted(p.log, { ...entry }, compareReviews) };
}

/** `p` without review `id`, remembered as a tombstone so no merge brings it back. */
export function undoReview(p: Progress, id: string): { progress: Progress; undone: ReviewEntry | null } {
  const undone = p.log.find((e) => e.id === id) ?? null;
  if (!undone) return { progress: p, undone: null };
  return {
    progress: {
      ...p,
      log: p.log.filter((e) => e.id !== id),
      tombstones: isTombstoned(p, id) ? p.tombstones : insertSorted(p.tombstones, id, compareStrings),
    },
    undone,
  };
}

/**
 * Removes the newest review by (at, id). Undo needs nothing else: replaying the remaining log gives
 * back exactly the card's previous schedule.
 */
export function undoLast(p: Progress): { progress: Progress; undone: ReviewEntry | null } {
  const newest = p.log[p.log.length - 1];
  return newest ? undoReview(p, newest.id) : { progress: p, undone: null };
}

/**
 * Stamp for a write at `now` that replaces `previous`. Never earlier than `previous.at + 1`, so a
 * clock that went backwards cannot make a fresh edit lose the next merge to the value it replaced.
 */
function stampAfter(previous: Stamped<unknown> | undefined, now: number): number {
  const at = Math.max(0, Math.trunc(Number.isFinite(now) ? now : 0));
  return previous ? Math.max(at, previous.at + 1) : at;
}

function ownStamp<T>(record: Record<string, Stamped<T>>, key: string): Stamped<T> | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function setFlag(p: Progress, cardId: string, value: boolean, now: number): Progress {
  const at = stampAfter(ownStamp(p.flags, cardId), now);
  return { ...p, flags: { ...p.flags, [cardId]: { value, at } } };
}

/** Sets a card's note; "" clears it (kept as a stamped value so the clear wins merges too). */
export function setNote(p: Progress, cardId: string, text: string, now: number): Progress {
  const at = stampAfter(ownStamp(p.notes, cardId), now);
  return { ...p, notes: { ...p.notes, [cardId]: { value: text, at } } };
}

/** Applies the valid parts of `partial`, clamped to their ranges. */
export function setSettings(p: Progress, partial: Partial<Settings>, now: number): Progress {
  const value = clampSettings(p.settings.value, partial);
  return { ...p, settings: { value, at: stampAfter(p.settings, now) } };
}

/** A flag's value, false when unset. */
export function isFlagged(p: Progress, cardId: string): boolean {
  return ownStamp(p.flags, cardId)?.value === true;
}

/** A card's note, "" when unset. */
export function noteOf(p: Progress, cardId: string): string {
  return ownStamp(p.notes, cardId)?.value ?? "";
}

export { compareStrings };
