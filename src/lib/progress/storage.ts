import { planAppend } from "./append-save";
import { decodeProgress } from "./codec";
import { type EncodedLog, commitAppend, encodeWithParts } from "./encoded-log";
import { emptyProgress } from "./log";
import type { DecodeResult, EnumerableStorageLike, LoadResult, Progress, SaveResult, StorageLike, StorageUsage } from "./models";
import { mergeProgress, normalizeProgress } from "./merge";
import { describeError, tryRemove, writeBackup } from "./backups";

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
 * Every save re-reads the stored value. While it is still the string last decoded or written
 * through this cache (no other tab wrote since), the decoded state is reused instead of decoding
 * megabytes again. Progress values are never mutated, so sharing the cached one is safe.
 * Each store owns one; without it nothing is cached. A value this cache wrote also keeps its
 * encoded parts, so the next save that only adds reviews extends the text (append-save.ts).
 */
export interface DecodeCache {
  last: { raw: string; result: DecodeResult; encoded?: EncodedLog } | null;
}

export function createDecodeCache(): DecodeCache {
  return { last: null };
}

function decodeCached(raw: string | null, cache: DecodeCache | undefined): DecodeResult {
  if (raw !== null && cache?.last && cache.last.raw === raw) return cache.last.result;
  const result = decodeProgress(raw);
  if (cache && raw !== null && result.ok) cache.last = { raw, result };
  return result;
}

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

function readRaw(storage: StorageLike, key: string): { ok: true; raw: string | null } | { ok: false; details: string } {
  try {
    return { ok: true, raw: storage.getItem(key) };
  } catch (error) {
    return { ok: false, details: describeError(error) };
  }
}


const UNAVAILABLE_MESSAGE = "This browser does not let PrepDeck use its storage (private mode or a privacy setting), so progress lasts only until this tab closes.";
const FUTURE_MESSAGE =
  "Your progress was saved by a newer version of PrepDeck. It has been left untouched and nothing will be saved in this tab. Open PrepDeck's newer version to continue.";
const CORRUPT_MESSAGE =
  "Your saved progress could not be read, so PrepDeck started with empty progress. A copy of it was kept: download it to keep it, or to ask for help with it.";
const UNREADABLE_MESSAGE =
  "Your saved progress could not be read, and there is no room to keep a copy of it in the browser. Download it now to keep it. Nothing will be saved until you reset progress in Settings, so it is not overwritten.";
const UNBACKED_SAVE_ERROR = "Your saved progress could not be read or copied, so it is not overwritten. Download it or reset progress in Settings.";

/** Loads progress for this session; never throws. */
export function loadProgress(storage: StorageLike, key: string, now: number, cache?: DecodeCache): LoadResult {
  const read = readRaw(storage, key);
  if (!read.ok) {
    return {
      progress: emptyProgress(),
      notice: { kind: "unavailable", backupKey: null, message: UNAVAILABLE_MESSAGE, details: read.details },
      readOnly: false,
    };
  }
  const decoded = decodeCached(read.raw, cache);
  if (decoded.ok) {
    const result: LoadResult = { progress: decoded.progress, notice: null, readOnly: false };
    return decoded.migratedFrom === undefined ? result : { ...result, migratedFrom: decoded.migratedFrom };
  }
  // decodeProgress only fails for a non-empty string.
  const raw = read.raw ?? "";
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
  return { progress: emptyProgress(), notice: { kind: "corrupt", backupKey, message: CORRUPT_MESSAGE, details: decoded.message }, readOnly: false };
}

function writeFailure(error: unknown): Extract<SaveResult, { ok: false }> {
  const message = isQuotaError(error)
    ? "Browser storage is full, so your latest changes are kept in this tab only. Delete old backups in Settings or export your progress; saving is tried again with every change."
    : "Your latest changes could not be saved, so they are kept in this tab only; saving is tried again with every change.";
  return { ok: false, reason: "write-failed", error: message, details: describeError(error) };
}

function write(storage: StorageLike, key: string, progress: Progress, previous: string | null, cache: DecodeCache | undefined): Extract<SaveResult, { ok: false }> | null {
  const { raw, encoded } = encodeWithParts(progress);
  if (raw === previous) return null;
  try {
    storage.setItem(key, raw);
    if (cache) cache.last = { raw, result: { ok: true, progress }, encoded };
    return null;
  } catch (error) {
    return writeFailure(error);
  }
}

/**
 * The save of reviews logged after everything stored (the usual one): writes the stored text
 * extended by them, without merging or encoding the history again. Null when the save is not
 * one of those (see append-save.ts) or nothing is cached: then the full merge runs.
 */
function appendSave(storage: StorageLike, key: string, stored: Progress, progress: Progress, cache: DecodeCache | undefined): SaveResult | null {
  const last = cache?.last;
  // The stored value is the one this cache decoded or wrote (decodeCached returned its state).
  if (!cache || !last || !last.result.ok || last.result.progress !== stored) return null;
  const plan = planAppend(stored, progress, last.encoded ?? null);
  if (!plan) return null;
  if (plan.raw === last.raw) return { ok: true, progress: plan.merged };
  try {
    storage.setItem(key, plan.raw);
  } catch (error) {
    return writeFailure(error);
  }
  cache.last = { raw: plan.raw, result: { ok: true, progress: plan.merged }, encoded: commitAppend(plan.pending) };
  return { ok: true, progress: plan.merged };
}

/** Result of reading what is stored before a write. */
type StoredBase = { ok: true; raw: string | null; base: Progress | null } | Extract<SaveResult, { ok: false }>;

/** How a write treats what is stored. */
export interface WriteOptions {
  /**
   * Write even when the stored value is unreadable and cannot be backed up: only after the user
   * confirmed, having been told no copy exists. Newer-version data is still never overwritten.
   * @default false
   */
  discardUnreadable?: boolean;
}

/** Reads the stored value for a write; backs up anything undecodable first. */
function readForWrite(storage: StorageLike, key: string, now: number, cache: DecodeCache | undefined, options: WriteOptions): StoredBase {
  const read = readRaw(storage, key);
  if (!read.ok) return { ok: false, reason: "unavailable", error: UNAVAILABLE_MESSAGE, details: read.details };
  const decoded = decodeCached(read.raw, cache);
  if (decoded.ok) return { ok: true, raw: read.raw, base: decoded.progress };
  if (decoded.reason === "future") return { ok: false, reason: "future", error: FUTURE_MESSAGE, details: decoded.message };
  const backup = writeBackup(storage, key, read.raw ?? "", now);
  if (!backup.ok && !options.discardUnreadable) {
    return { ok: false, reason: "backup-failed", error: UNBACKED_SAVE_ERROR, details: `${decoded.message} The copy failed: ${backup.details}` };
  }
  return { ok: true, raw: read.raw, base: null };
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
  return write(storage, key, merged, stored.raw, cache) ?? { ok: true, progress: merged };
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
  return write(storage, key, normal, stored.raw, cache) ?? { ok: true, progress: normal };
}
