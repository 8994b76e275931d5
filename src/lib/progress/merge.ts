import { compareReviews } from "@/lib/srs";

import { compareStrings } from "./log";
import type { Progress, ReviewEntry, Settings, Stamped } from "./models";
import { extrasKey } from "./settings-extras";

/*
 * Merge is a join: every field takes a set union or picks a maximum under a total order, so it is
 * commutative, associative and idempotent, and any two tabs, backups or exports converge.
 */

const MODE_ORDER = { due: 0, shuffle: 1, weak: 2, interview: 3 } as const;

/** Total order on entries; only used for two entries that (wrongly) share an id. */
function compareEntryContent(a: ReviewEntry, b: ReviewEntry): number {
  return (
    a.at - b.at ||
    compareStrings(a.cardId, b.cardId) ||
    a.rating - b.rating ||
    MODE_ORDER[a.mode] - MODE_ORDER[b.mode] ||
    (a.ms ?? -1) - (b.ms ?? -1)
  );
}

/** Two entries with one id should never differ; if they do, keep the same one everywhere. */
function pickEntry(a: ReviewEntry, b: ReviewEntry): ReviewEntry {
  return a === b || compareEntryContent(a, b) <= 0 ? a : b;
}

function settingsKey(s: Settings): string {
  return `${s.desiredRetention}|${s.newPerSession}|${s.rolloverHour}|${s.dailyGoal}|${extrasKey(s)}`;
}

/** Later `at` wins; equal stamps fall back to comparing the values so the choice is symmetric. */
function pickStamped<T>(a: Stamped<T>, b: Stamped<T>, key: (value: T) => string): Stamped<T> {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return compareStrings(key(a.value), key(b.value)) >= 0 ? a : b;
}

function mergeRecords<T>(
  a: Record<string, Stamped<T>>,
  b: Record<string, Stamped<T>>,
  key: (value: T) => string,
): Record<string, Stamped<T>> {
  const out: Record<string, Stamped<T>> = {};
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const id of [...ids].sort(compareStrings)) {
    const x = Object.hasOwn(a, id) ? a[id] : undefined;
    const y = Object.hasOwn(b, id) ? b[id] : undefined;
    const winner = x && y ? pickStamped(x, y, key) : (x ?? y);
    // Defining, not assigning, so an id like "__proto__" stays an ordinary key.
    if (winner) {
      Object.defineProperty(out, id, {
        value: { value: winner.value, at: winner.at },
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}

function mergeTombstones(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort(compareStrings);
}

function isStrictlySorted(log: readonly ReviewEntry[]): boolean {
  for (let i = 1; i < log.length; i++) {
    const prev = log[i - 1];
    const cur = log[i];
    if (prev && cur && compareReviews(prev, cur) >= 0) return false;
  }
  return true;
}

/** Any-order union by id: a map, then a sort. */
function unionByMap(a: readonly ReviewEntry[], b: readonly ReviewEntry[], dead: ReadonlySet<string>): ReviewEntry[] {
  const byId = new Map<string, ReviewEntry>();
  for (const list of [a, b]) {
    for (const entry of list) {
      if (dead.has(entry.id)) continue;
      const seen = byId.get(entry.id);
      byId.set(entry.id, seen ? pickEntry(seen, entry) : entry);
    }
  }
  return [...byId.values()].sort(compareReviews);
}

/**
 * Union of two strictly sorted logs in one linear pass (the case on every save), or null when an id
 * turns up at two different times, which only the map-based union resolves consistently.
 */
function unionSorted(
  a: readonly ReviewEntry[],
  b: readonly ReviewEntry[],
  dead: ReadonlySet<string>,
): ReviewEntry[] | null {
  const out: ReviewEntry[] = [];
  const seen = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    let next: ReviewEntry;
    if (x && y) {
      const order = compareReviews(x, y);
      next = order < 0 ? x : order > 0 ? y : pickEntry(x, y);
      if (order <= 0) i++;
      if (order >= 0) j++;
    } else if (x) {
      next = x;
      i++;
    } else if (y) {
      next = y;
      j++;
    } else break;
    if (dead.has(next.id)) continue;
    if (seen.has(next.id)) return null;
    seen.add(next.id);
    out.push(next);
  }
  return out;
}

function mergeLogs(a: readonly ReviewEntry[], b: readonly ReviewEntry[], dead: ReadonlySet<string>): ReviewEntry[] {
  const fast = isStrictlySorted(a) && isStrictlySorted(b) ? unionSorted(a, b, dead) : null;
  return fast ?? unionByMap(a, b, dead);
}

/** Every field of the merge but the log: tombstones, flags, notes and settings. */
export function mergeAllButLog(a: Progress, b: Progress | null): Omit<Progress, "log"> {
  const tombstones = mergeTombstones(a.tombstones, b?.tombstones ?? []);
  const settings = b ? pickStamped(a.settings, b.settings, settingsKey) : a.settings;
  return {
    tombstones,
    flags: mergeRecords(a.flags, b?.flags ?? {}, (v) => (v ? "1" : "0")),
    notes: mergeRecords(a.notes, b?.notes ?? {}, (v) => v),
    settings: { value: { ...settings.value }, at: settings.at },
  };
}

function mergeParts(a: Progress, b: Progress | null): Progress {
  const rest = mergeAllButLog(a, b);
  return { log: mergeLogs(a.log, b?.log ?? [], new Set(rest.tombstones)), ...rest };
}

/**
 * Union of both logs minus both tombstone sets; flags, notes and settings by last writer.
 * Entries are shared with the inputs, not copied: progress values are never mutated.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return mergeParts(a, b);
}

/** `p` in normal form: log sorted by (at, id), ids unique, tombstones applied and sorted. */
export function normalizeProgress(p: Progress): Progress {
  return mergeParts(p, null);
}

/** True when `p` holds nothing of the user's: no review, tombstone, flag or note (settings aside). */
export function isEmptyProgress(p: Progress): boolean {
  return p.log.length === 0 && p.tombstones.length === 0 && Object.keys(p.flags).length === 0 && Object.keys(p.notes).length === 0;
}

/**
 * True when `b` is `a` merged with something that brought nothing new. Only meaningful when `a` is
 * normal (normalizeProgress: no tombstoned review left in its log) and `b` a merge of it (a union
 * only grows), which is how the sync calls it: counts and the last-writer stamps then tell, without
 * comparing every entry.
 */
export function mergeAddedNothing(a: Progress, b: Progress): boolean {
  return (
    a.log.length === b.log.length &&
    a.tombstones.length === b.tombstones.length &&
    a.settings.at === b.settings.at &&
    // Equal stamps with other values: the merge picked one by value, which may be new.
    settingsKey(a.settings.value) === settingsKey(b.settings.value) &&
    sameEntries(a.flags, b.flags) &&
    sameEntries(a.notes, b.notes)
  );
}

/** The same keys with the same values, whatever their order (a merge may list a key like __proto__ first). */
function sameEntries(x: Readonly<Record<string, unknown>>, y: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && JSON.stringify(x[k]) === JSON.stringify(y[k]));
}

/** True when merging `current` into `stored` (a decoded, normal state) would give `stored` back. */
export function mergeChangesNothing(current: Progress, stored: Progress): boolean {
  if (!isEmptyProgress(current)) return false;
  const a = current.settings;
  const b = stored.settings;
  if (a.at !== b.at) return a.at < b.at;
  const [x, y] = [a.value, b.value];
  return x.desiredRetention === y.desiredRetention && x.newPerSession === y.newPerSession && x.rolloverHour === y.rolloverHour && x.dailyGoal === y.dailyGoal && extrasKey(x) === extrasKey(y);
}
