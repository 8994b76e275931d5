import {
  type DecodeCache,
  encodeProgress,
  type EnumerableStorageLike,
  isEmptyProgress,
  mergeProgress,
  normalizeProgress,
  type Progress,
  readStoredProgress,
  writeBackup,
  writeProgress,
} from "@/lib/progress";
import { epochKey, newEpoch } from "./progress-epoch";
import type { StorageFacts } from "./storage-facts";
import type { OverwriteResult, SyncCursor, SyncOptions } from "./sync-types";

/*
 * Reset and "replace": the one write that removes reviews. The current progress (this tab's merged
 * with what is stored) is backed up and the backup verified first; nothing changes when that
 * fails. Then a new epoch tells other tabs to adopt the new state rather than merge into it.
 */

/** What a reset or replace backs up: this tab's state merged with what is stored, if it reads. */
function currentWithStored(o: SyncOptions, storage: EnumerableStorageLike): Progress {
  const current = o.get().progress;
  try {
    const stored = readStoredProgress(storage, o.key);
    return stored.ok ? mergeProgress(stored.progress, current) : current;
  } catch {
    return current;
  }
}

/** Writes `progress` over what is stored, with the lock held (or without locks). */
export function overwriteUnlocked(
  o: SyncOptions,
  cursor: SyncCursor,
  facts: StorageFacts,
  cache: DecodeCache,
  progress: Progress,
  discardUnreadable: boolean,
): OverwriteResult {
  const normal = normalizeProgress(progress);
  const state = o.get();
  if (!o.storage) {
    o.set({ progress: normal });
    return { ok: true, backupKey: null };
  }
  if (state.blocked === "future") return { ok: false, message: "Nothing was changed: the stored progress comes from a newer PrepDeck.", details: null };
  if (state.blocked === "unreadable" && !discardUnreadable) return { ok: false, message: "Nothing was changed: the stored progress could not be read or copied.", details: null };
  const now = o.clock();
  let backupKey: string | null = null;
  const previous = currentWithStored(o, o.storage);
  if (!isEmptyProgress(previous)) {
    const backup = writeBackup(o.storage, o.key, encodeProgress(previous), now);
    if (!backup.ok) {
      facts.refresh();
      return { ok: false, message: "Nothing was changed: a backup of your current progress could not be written (storage may be full). Export your progress or delete old backups, then try again.", details: backup.details };
    }
    backupKey = backup.backupKey;
  }
  // The old states mean nothing for the new log (and free their room first).
  o.checkpoints.drop();
  const result = writeProgress(o.storage, o.key, normal, now, cache, { discardUnreadable });
  if (!result.ok) {
    facts.refresh();
    return { ok: false, message: `Nothing was changed. ${result.error}`, details: result.details ?? null };
  }
  cursor.epoch = newEpoch(now, o.random);
  try {
    o.storage.setItem(epochKey(o.key), cursor.epoch);
  } catch {
    // Other tabs then merge their state back in: nothing is lost, the reset is just undone there.
  }
  cursor.synced = result.progress;
  cursor.savePending = false;
  const notice = o.get().notice;
  // Once replaced, the unreadable value is gone: its notice has nothing left to offer.
  o.set({ progress: result.progress, blocked: null, ...(notice?.kind === "unreadable" ? { notice: null } : {}) });
  facts.setError(null);
  facts.refresh();
  return { ok: true, backupKey };
}
