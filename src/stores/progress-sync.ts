import {
  createDecodeCache,
  deleteBackup,
  type LoadResult,
  loadProgress,
  localChanges,
  mergeAddedNothing,
  mergeProgress,
  type Progress,
  readStoredProgress,
  recentKey,
  saveProgress,
} from "@/lib/progress";
import { overwriteUnlocked } from "./progress-overwrite";
import { epochKey, readEpoch } from "./progress-epoch";
import { createStorageFacts } from "./storage-facts";
import type { Blocked, OverwriteResult, SyncCursor, SyncOptions } from "./sync-types";

export { epochKey } from "./progress-epoch";
export type { Blocked, LockManagerLike, OverwriteResult, Scheduler, SyncedState, SyncOptions } from "./sync-types";

/*
 * Cross-tab sync of one progress store: merge before every write, the `storage` event, Web Locks
 * where the browser has them, and the reset epoch. Progress only grows by union (saves merge this
 * tab's state into what is stored, other tabs' writes are merged in), so a review lost to two tabs
 * writing at once comes back with the next save of the tab that has it. Reset and "replace" write
 * a new epoch (progress-overwrite.ts): a tab that sees a new epoch adopts the stored state plus its
 * own changes since it last synced (`localChanges`), so the old reviews stay gone and a grade given
 * in the instant before it learned of the reset is kept.
 */

const NOT_AVAILABLE = "This browser does not let PrepDeck use its storage, so progress lasts only until this tab closes.";
const NEWER_VERSION = "The stored progress comes from a newer PrepDeck and is left untouched.";
const UNREADABLE = "The stored progress could not be read or copied, so it is not overwritten. Download it, or reset progress in Settings.";

export function createProgressSync(o: SyncOptions) {
  const EPOCH_KEY = epochKey(o.key);
  const LOCK = `${o.key}:lock`;
  const RECENT_KEY = recentKey(o.key);
  const cache = createDecodeCache();
  const cursor: SyncCursor = { epoch: null, synced: null, saved: null, savePending: false };
  const facts = createStorageFacts(o);

  /** Another tab reset or replaced the progress: take what is stored, plus this tab's own changes. */
  function adoptStored(): void {
    if (!o.storage) return;
    cursor.epoch = readEpoch(o.storage, o.key);
    const loaded = loadProgress(o.storage, o.key, o.clock(), cache);
    const current = o.get().progress;
    const mine = cursor.synced ? localChanges(current, cursor.synced) : null;
    cursor.synced = loaded.progress;
    const next = mine ? mergeProgress(loaded.progress, mine) : loaded.progress;
    // Own changes on top of the adopted state are written by the save this set requests.
    o.set({ progress: next });
    facts.refresh();
  }

  /** Merges this tab's changes into what is stored and writes it; adopts other tabs' changes. */
  function saveUnlocked(): void {
    cursor.savePending = false;
    const state = o.get();
    if (!o.storage || state.blocked) {
      facts.setError(!o.storage ? NOT_AVAILABLE : state.blocked === "future" ? NEWER_VERSION : UNREADABLE);
      return;
    }
    if (readEpoch(o.storage, o.key) !== cursor.epoch) {
      adoptStored();
      return;
    }
    let result = saveProgress(o.storage, o.key, state.progress, o.clock(), cache);
    // Storage full: the checkpoint goes first, progress is what must be saved.
    if (!result.ok && result.reason === "write-failed" && o.checkpoints.drop()) result = saveProgress(o.storage, o.key, state.progress, o.clock(), cache);
    if (!result.ok) {
      facts.setError(result.error, result.details ?? null);
      facts.refresh();
      return;
    }
    cursor.synced = result.progress;
    // The stored value may hold other tabs' reviews: adopt the merge (its save writes nothing).
    const saved = mergeAddedNothing(state.progress, result.progress) ? state.progress : result.progress;
    cursor.saved = saved;
    if (saved !== state.progress) o.set({ progress: saved });
    facts.setError(null);
    o.checkpoints.update(saved);
    facts.refresh();
  }

  function withLock(run: () => void): Promise<void> {
    if (!o.locks) {
      run();
      return Promise.resolve();
    }
    return o.locks.request(LOCK, run);
  }

  /** Saves once per burst of changes, when the scheduler says (the store calls this on every change). */
  function requestSave(): void {
    const s = o.get();
    // Every set() of the store lands here: only a changed progress needs a save.
    if (!s.hydrated || cursor.savePending || s.progress === cursor.saved) return;
    cursor.savePending = true;
    o.schedule(() => {
      if (cursor.savePending) void withLock(() => cursor.savePending && saveUnlocked());
    });
  }

  /**
   * Writes a pending change at once, without waiting for the lock: on page hide there may be no
   * later. The merge-before-write keeps other tabs' reviews; only a reset in another tab at that
   * very instant could be undone, and that tab's epoch makes this one adopt it on its next visit.
   */
  function flush(): void {
    // The page is going away: a checkpoint of everything makes its next load replay nothing.
    if (cursor.savePending) saveUnlocked();
    if (o.storage && !o.get().blocked && o.get().hydrated && o.checkpoints.update(o.get().progress, 1)) facts.refresh();
  }

  /** Reads stored progress for this session (the persist middleware's getItem). */
  function load(): (LoadResult & { blocked: Blocked }) | null {
    if (!o.storage) return null;
    const loaded = loadProgress(o.storage, o.key, o.clock(), cache);
    cursor.epoch = readEpoch(o.storage, o.key);
    cursor.synced = loaded.progress;
    // Hydration adopts this very object when nothing changed before it: no save is needed for it.
    if (!loaded.notice && loaded.migratedFrom === undefined && !loaded.unsaved) cursor.saved = loaded.progress;
    o.checkpoints.load();
    facts.refresh();
    return { ...loaded, blocked: loaded.readOnly ? (loaded.notice?.kind === "future" ? "future" : "unreadable") : null };
  }

  /**
   * Writes `progress` over what is stored (reset, "replace" import) once the current progress is
   * backed up and verified; other tabs adopt it through the epoch. Changes nothing when the backup
   * fails. `discardUnreadable`: the user confirmed replacing stored data that could not be read
   * or copied.
   */
  async function overwrite(progress: Progress, discardUnreadable = false): Promise<OverwriteResult> {
    let result: OverwriteResult = { ok: false, message: "Nothing was changed.", details: null };
    await withLock(() => {
      result = overwriteUnlocked(o, cursor, facts, cache, progress, discardUnreadable);
    });
    return result;
  }

  /** Another tab wrote (the `storage` event): merge its progress in, or adopt it after a reset there. */
  function onStorage(key: string | null, newValue: string | null): void {
    if (!o.storage || !o.get().hydrated) return;
    if (key === EPOCH_KEY) {
      if (newValue !== cursor.epoch) adoptStored();
      return;
    }
    if (key === o.checkpoints.key) {
      o.checkpoints.onStorage(newValue);
      facts.refresh();
      return;
    }
    if (key === null || key.startsWith(`${o.key}:backup:`)) {
      facts.refresh();
      return;
    }
    // The record of recent reviews is half of what is stored (its removal follows a whole write).
    if ((key !== o.key && key !== RECENT_KEY) || newValue === null) return;
    if (readEpoch(o.storage, o.key) !== cursor.epoch) {
      adoptStored();
      return;
    }
    facts.refresh();
    // What is stored now, not the event's value: events arrive late, and a value written before
    // a reset this tab has already adopted would bring the erased reviews back.
    const decoded = readStoredProgress(o.storage, o.key);
    if (!decoded.ok) return;
    cursor.synced = decoded.progress; // what other tabs wrote is not this tab's own change
    const current = o.get().progress;
    const merged = mergeProgress(current, decoded.progress);
    // New to this tab: adopt (which saves). Missing from storage (two tabs wrote at once and one
    // write lost the other's review): save, and the review is back.
    if (!mergeAddedNothing(current, merged)) o.set({ progress: merged });
    else if (!mergeAddedNothing(decoded.progress, merged)) requestSave();
  }

  /** Deletes a backup and refreshes the list; false when it could not be deleted. */
  function removeBackup(backupKey: string): boolean {
    const gone = o.storage !== null && deleteBackup(o.storage, o.key, backupKey);
    facts.refresh();
    return gone;
  }

  /**
   * The page replayed much of the log to derive card states (no checkpoint, or an old one): keep
   * them for the next load, after the next paint, if the stored data may be written.
   */
  function checkpointLater(): void {
    o.schedule(() => {
      const s = o.get();
      if (o.storage && s.hydrated && !s.blocked && o.checkpoints.update(s.progress)) facts.refresh();
    });
  }

  return { load, requestSave, flush, overwrite, onStorage, removeBackup, checkpointLater, refresh: facts.refresh };
}

export type ProgressSync = ReturnType<typeof createProgressSync>;
