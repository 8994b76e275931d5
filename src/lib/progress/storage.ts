import { type AppendPlan, planAppend } from "./append-save";
import { commitAppend, encodeWithParts } from "./encoded-log";
import { emptyProgress } from "./log";
import type { EnumerableStorageLike, LoadResult, Progress, SaveResult, StorageLike, StorageUsage } from "./models";
import { mergeProgress, normalizeProgress } from "./merge";
import { describeError, tryRemove, writeBackup } from "./backups";
import { type BaseLayout, RECENT_MAX_CHARS, type RecentRecord, SPLIT_FROM_CHARS, baseLayout, formatRecent, makeRecent, recentKey } from "./recent";
import { type CachedStored, type DecodeCache, type StrayRecent, decodePair, readPair } from "./stored-pair";

export { createDecodeCache, type DecodeCache } from "./stored-pair";

/*
 * The storage adapter. Rules it keeps:
 * - a stored value we cannot use is copied to a backup key (`writeBackup` in backups.ts, the one backup writer:
 *   it never overwrites another backup and reads its copy back) before anything could overwrite it;
 * - data from a newer version is never written over (LoadResult.readOnly, SaveResult "future");
 * - every write first re-reads and merges, so reviews from another tab are never dropped;
 * - storage that throws (disabled, quota) degrades to "not saved", never to lost in-memory data.
 *
 * How the caller behaves: load once on start; if `readOnly`, never call save or write for that
 * key in this session (unless the user confirms discarding unreadable data, `discardUnreadable`).
 * After each change call saveProgress and adopt `progress` from an ok result; on a failed save
 * keep the in-memory state, show "not saved" and save again on the next change.
 */

export const PROGRESS_KEY = "prepdeck:progress";

/**
 * The storage limit as browsers count it: characters (UTF-16 code units) of keys and values per
 * origin. Chromium refuses writes past 5 Mi characters, Firefox and Safari at about the same.
 */
export const STORAGE_QUOTA_CHARS = 5 * 1024 * 1024;

/**
 * Storage used, counted the way browsers count the limit: characters of every key and value of
 * the origin (not bytes), never reported above the limit. Null when storage cannot be read.
 */
export function storageUsage(storage: EnumerableStorageLike): StorageUsage | null {
  try {
    let used = 0;
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k !== null) used += k.length + (storage.getItem(k)?.length ?? 0);
    }
    return { usedChars: Math.min(used, STORAGE_QUOTA_CHARS), quotaChars: STORAGE_QUOTA_CHARS };
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
}

const UNAVAILABLE_MESSAGE = "This browser does not let PrepDeck use its storage (private mode or a privacy setting), so progress lasts only until this tab closes.";
const FUTURE_MESSAGE =
  "Your progress was saved by a newer version of PrepDeck. It has been left untouched and nothing will be saved in this tab. Open PrepDeck's newer version to continue.";
const CORRUPT_MESSAGE =
  "Your saved progress could not be read, so PrepDeck started with empty progress. A copy of it was kept: download it to keep it, or to ask for help with it.";
const UNREADABLE_MESSAGE =
  "Your saved progress could not be read, and there is no room to keep a copy of it in the browser. Download it now to keep it. Nothing will be saved until you reset progress in Settings, so it is not overwritten.";
const UNBACKED_SAVE_ERROR = "Your saved progress could not be read or copied, so it is not overwritten. Download it or reset progress in Settings.";

const RECENT_CORRUPT_MESSAGE =
  "Your newest reviews could not be read, so PrepDeck started from the progress saved before them. A copy of them was kept: download it to keep it, or to ask for help with it.";

/**
 * A record of recent reviews that does not extend the stored base: its own reviews when it reads;
 * else it is copied to a backup and removed (left in place when no copy can be made), and null.
 */
function strayProgress(storage: StorageLike, key: string, stray: StrayRecent, now: number): { progress: Progress | null; backupKey: string | null; details: string | null } {
  if (stray.progress) return { progress: stray.progress, backupKey: null, details: null };
  const backup = writeBackup(storage, key, stray.text, now);
  if (!backup.ok) return { progress: null, backupKey: null, details: null };
  tryRemove(storage, recentKey(key));
  return { progress: null, backupKey: backup.backupKey, details: "The record of recent reviews (the :recent key) is not in a format PrepDeck reads." };
}

/** `loaded` with a stray record's reviews merged in (then saved whole), or its unreadable text kept aside. */
function withStray(storage: StorageLike, key: string, now: number, loaded: LoadResult, stray: StrayRecent | null): LoadResult {
  if (!stray || loaded.readOnly) return loaded;
  const own = strayProgress(storage, key, stray, now);
  if (own.progress) return { ...loaded, progress: mergeProgress(loaded.progress, own.progress), unsaved: true };
  if (own.backupKey === null || loaded.notice) return loaded;
  return { ...loaded, notice: { kind: "corrupt", backupKey: own.backupKey, message: RECENT_CORRUPT_MESSAGE, details: own.details } };
}

/** Loads progress for this session; never throws. */
export function loadProgress(storage: StorageLike, key: string, now: number, cache?: DecodeCache): LoadResult {
  const read = readPair(storage, key);
  if (!read.ok) {
    return {
      progress: emptyProgress(),
      notice: { kind: "unavailable", backupKey: null, message: UNAVAILABLE_MESSAGE, details: read.details },
      readOnly: false,
    };
  }
  const { result: decoded, stray } = decodePair(read, cache);
  if (decoded.ok) {
    const result: LoadResult = { progress: decoded.progress, notice: null, readOnly: false };
    return withStray(storage, key, now, decoded.migratedFrom === undefined ? result : { ...result, migratedFrom: decoded.migratedFrom }, stray);
  }
  // decodeProgress only fails for a non-empty string.
  const raw = read.base ?? "";
  const backup = writeBackup(storage, key, raw, now);
  const backupKey = backup.ok ? backup.backupKey : null;
  if (decoded.reason === "future") {
    return { progress: emptyProgress(), notice: { kind: "future", backupKey, message: FUTURE_MESSAGE, details: decoded.message }, readOnly: true };
  }
  if (!backup.ok) {
    return {
      progress: emptyProgress(),
      notice: { kind: "unreadable", backupKey: null, message: UNREADABLE_MESSAGE, details: `${decoded.message} The copy failed: ${backup.details}` },
      readOnly: true,
    };
  }
  // The verified copy is the user's data now; clearing the key stops every later save from backing it up again.
  tryRemove(storage, key);
  const corrupt: LoadResult = { progress: emptyProgress(), notice: { kind: "corrupt", backupKey, message: CORRUPT_MESSAGE, details: decoded.message }, readOnly: false };
  return withStray(storage, key, now, corrupt, stray);
}

function writeFailure(error: unknown): Extract<SaveResult, { ok: false }> {
  const message = isQuotaError(error)
    ? "Browser storage is full, so your latest changes are kept in this tab only. Delete old backups in Settings or export your progress; saving is tried again with every change."
    : "Your latest changes could not be saved, so they are kept in this tab only; saving is tried again with every change.";
  return { ok: false, reason: "write-failed", error: message, details: describeError(error) };
}

/** Writes `progress` whole under the key (and drops the record of recent reviews it now holds). */
function write(storage: StorageLike, key: string, progress: Progress, stored: { raw: string | null; hadRecent: boolean }, cache: DecodeCache | undefined): Extract<SaveResult, { ok: false }> | null {
  const { raw, encoded } = encodeWithParts(progress);
  if (raw === stored.raw) return null;
  try {
    storage.setItem(key, raw);
  } catch (error) {
    return writeFailure(error);
  }
  // Left behind (removal refused), the record no longer names this base: it is merged in, a no-op.
  if (stored.hadRecent) tryRemove(storage, recentKey(key));
  if (cache) cache.last = { base: raw, recent: null, raw, result: { ok: true, progress }, encoded, recentCount: 0 };
  return null;
}

/** The record of recent reviews for an append to a long base, or null: write the whole text. */
function recentFor(last: CachedStored, stored: Progress, plan: AppendPlan): { text: string; record: RecentRecord; layout: BaseLayout } | null {
  if (last.base === null || last.base.length < SPLIT_FROM_CHARS) return null;
  const layout = last.layout === undefined ? baseLayout(last.base) : last.layout;
  if (!layout) return null;
  const before = last.record ?? { cards: "", log: "" };
  const { appended } = plan.pending;
  const record = makeRecent(last.base, layout, stored.log.length - last.recentCount, plan.merged, { cards: before.cards + appended.cards, log: before.log + appended.log });
  const text = formatRecent(record);
  return text.length <= RECENT_MAX_CHARS ? { text, record, layout } : null;
}

/**
 * The save of reviews logged after everything stored (the usual one), without merging or encoding
 * the history again: a long history writes only its record of recent reviews (recent.ts), a
 * short one (or a record grown past its limit) the stored text extended by them. Null when the
 * save is not one of those (see append-save.ts) or nothing is cached: then the full merge runs.
 */
function appendSave(storage: StorageLike, key: string, stored: Progress, progress: Progress, cache: DecodeCache | undefined): SaveResult | null {
  const last = cache?.last;
  // What is stored is what this cache decoded or wrote (decodePair returned its state).
  if (!cache || !last || !last.result.ok || last.result.progress !== stored) return null;
  const plan = planAppend(stored, progress, last.encoded ?? null);
  if (!plan) return null;
  const result = { ok: true, progress: plan.merged } as const;
  if (plan.raw === last.raw) return result;
  const recent = recentFor(last, stored, plan);
  try {
    if (recent) storage.setItem(recentKey(key), recent.text);
    else storage.setItem(key, plan.raw);
  } catch (error) {
    return writeFailure(error);
  }
  if (!recent && last.recent !== null) tryRemove(storage, recentKey(key));
  const written = { raw: plan.raw, result, encoded: commitAppend(plan.pending) };
  cache.last = recent
    ? { ...written, base: last.base, recent: recent.text, recentCount: recent.record.count, layout: recent.layout, record: recent.record }
    : { ...written, base: plan.raw, recent: null, recentCount: 0 };
  return result;
}

/** Result of reading what is stored before a write. */
type StoredBase = { ok: true; raw: string | null; base: Progress | null; hadRecent: boolean } | Extract<SaveResult, { ok: false }>;

/** How a write treats what is stored. */
export interface WriteOptions {
  /**
   * Write even when the stored value is unreadable and cannot be backed up: only after the user
   * confirmed, having been told no copy exists. Newer-version data is still never overwritten.
   * @default false
   */
  discardUnreadable?: boolean;
}

/** Reads what is stored for a write; backs up anything undecodable first. */
function readForWrite(storage: StorageLike, key: string, now: number, cache: DecodeCache | undefined, options: WriteOptions): StoredBase {
  const read = readPair(storage, key);
  if (!read.ok) return { ok: false, reason: "unavailable", error: UNAVAILABLE_MESSAGE, details: read.details };
  const { result: decoded, raw, stray } = decodePair(read, cache);
  if (!decoded.ok && decoded.reason === "future") return { ok: false, reason: "future", error: FUTURE_MESSAGE, details: decoded.message };
  const own = stray ? strayProgress(storage, key, stray, now).progress : null;
  const hadRecent = read.recent !== null;
  if (decoded.ok) return own ? { ok: true, raw: null, base: mergeProgress(decoded.progress, own), hadRecent } : { ok: true, raw, base: decoded.progress, hadRecent };
  const backup = writeBackup(storage, key, read.base ?? "", now);
  if (!backup.ok && !options.discardUnreadable) {
    return { ok: false, reason: "backup-failed", error: UNBACKED_SAVE_ERROR, details: `${decoded.message} The copy failed: ${backup.details}` };
  }
  return { ok: true, raw: read.base, base: own, hadRecent };
}

/**
 * Merges `progress` into what is stored and writes the result. On success adopt the returned
 * `progress` (it includes other tabs' changes); on failure nothing was lost, keep yours and retry.
 */
export function saveProgress(storage: StorageLike, key: string, progress: Progress, now: number, cache?: DecodeCache): SaveResult {
  const stored = readForWrite(storage, key, now, cache, {});
  if (!stored.ok) return stored;
  const appended = stored.base ? appendSave(storage, key, stored.base, progress, cache) : null;
  if (appended) return appended;
  const merged = stored.base ? mergeProgress(stored.base, progress) : normalizeProgress(progress);
  return write(storage, key, merged, stored, cache) ?? { ok: true, progress: merged };
}

/**
 * Writes `progress` over what is stored, without merging: for "replace" imports and resets.
 * Undecodable data is still backed up first (unless `discardUnreadable` and no copy can be made)
 * and newer-version data is still refused. Other open tabs keep their in-memory state and would
 * merge it back on their next save unless they adopt the stored value (see the store's sync).
 */
export function writeProgress(storage: StorageLike, key: string, progress: Progress, now: number, cache?: DecodeCache, options: WriteOptions = {}): SaveResult {
  const stored = readForWrite(storage, key, now, cache, options);
  if (!stored.ok) return stored;
  const normal = normalizeProgress(progress);
  return write(storage, key, normal, stored, cache) ?? { ok: true, progress: normal };
}
