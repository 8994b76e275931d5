import type { BackupInfo, EnumerableStorageLike, StorageLike } from "./models";

/*
 * Backups of stored progress: the one writer (verified by reading back, never over another
 * backup, pruned to the newest few), the list Settings shows, and deleting one.
 */

/** Backups kept per key: writing a fourth deletes the oldest. */
export const BACKUPS_KEPT = 3;

const MAX_BACKUP_ATTEMPTS = 5;

export function backupPrefix(key: string): string {
  return `${key}:backup:`;
}

export function isEnumerable(storage: StorageLike): storage is EnumerableStorageLike {
  return "key" in storage && "length" in storage;
}

/** Why a storage call failed, for "Details": the error's name and message. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message ? `${error.name}: ${error.message}` : error.name;
  return String(error);
}

/**
 * The one backup writer. Copies `raw` to a free key `${key}:backup:${now}` (or `-1`, `-2`... when
 * that one is taken: another backup is never overwritten), reads it back, then deletes the oldest
 * backups beyond BACKUPS_KEPT. Returns the key of a verified copy, or why there is none (the caller
 * must then leave `raw` where it is).
 */
export function writeBackup(storage: StorageLike, key: string, raw: string, now: number): { ok: true; backupKey: string } | { ok: false; details: string } {
  let details = "every backup key for this time is taken";
  for (let attempt = 0; attempt < MAX_BACKUP_ATTEMPTS; attempt++) {
    const backupKey = `${backupPrefix(key)}${now}${attempt === 0 ? "" : `-${attempt}`}`;
    try {
      const existing = storage.getItem(backupKey);
      if (existing === raw) return { ok: true, backupKey };
      if (existing !== null) continue;
      storage.setItem(backupKey, raw);
      if (storage.getItem(backupKey) !== raw) {
        details = "the backup read back differently from what was written";
        continue;
      }
      if (isEnumerable(storage)) pruneBackups(storage, key, backupKey);
      return { ok: true, backupKey };
    } catch (error) {
      return { ok: false, details: describeError(error) };
    }
  }
  return { ok: false, details };
}

/** Deletes the oldest backups beyond BACKUPS_KEPT; never the one just written. */
function pruneBackups(storage: EnumerableStorageLike, key: string, keep: string): void {
  const extra = listBackups(storage, key).filter((b) => b.key !== keep).slice(BACKUPS_KEPT - 1);
  for (const b of extra) tryRemove(storage, b.key);
}

function backupTime(backupKey: string, prefix: string): { at: number; n: number } {
  const [at, n] = backupKey.slice(prefix.length).split("-");
  const time = Number(at);
  return { at: Number.isFinite(time) ? time : 0, n: Number(n ?? 0) || 0 };
}

/** Backups made for `key`, newest first, with their time and size. */
export function listBackups(storage: EnumerableStorageLike, key: string): BackupInfo[] {
  const prefix = backupPrefix(key);
  const found: (BackupInfo & { n: number })[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k === null || !k.startsWith(prefix)) continue;
      const { at, n } = backupTime(k, prefix);
      found.push({ key: k, at, n, chars: storage.getItem(k)?.length ?? 0 });
    }
  } catch {
    // Storage became unavailable: list what was read.
  }
  return found.sort((a, b) => b.at - a.at || b.n - a.n).map(({ key: k, at, chars }) => ({ key: k, at, chars }));
}

/** Deletes one backup of `key`; refuses any other key. Returns whether it is gone. */
export function deleteBackup(storage: StorageLike, key: string, backupKey: string): boolean {
  if (!backupKey.startsWith(backupPrefix(key))) return false;
  try {
    storage.removeItem(backupKey);
    return storage.getItem(backupKey) === null;
  } catch {
    return false;
  }
}

/** Removes a key if storage lets it; a value that stays is backed up again before any overwrite. */
export function tryRemove(storage: StorageLike, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // The value stays; the next save backs it up again before overwriting it.
  }
}
