import {
  type BackupInfo,
  createDecodeCache,
  decodeProgress,
  deleteBackup,
  encodeProgress,
  type EnumerableStorageLike,
  listBackups,
  type LoadNotice,
  type LoadResult,
  loadProgress,
  localChanges,
  mergeProgress,
  normalizeProgress,
  type Progress,
  saveProgress,
  storageUsage,
  type StorageUsage,
  writeBackup,
  writeProgress,
} from "@/lib/progress";
import type { CheckpointSync } from "./checkpoint-sync";

/*
 * Cross-tab sync of one progress store: merge before every write, the `storage` event, Web Locks
 * where the browser has them, and the reset epoch. Progress only grows by union (saves merge this
 * tab's state into what is stored, other tabs' writes are merged in), so a review lost to two tabs
 * writing at once comes back with the next save of the tab that has it. Reset and "replace" write
 * a new epoch: a tab that sees a new epoch adopts the stored state plus its own changes since it
 * last synced (`localChanges`), so the old reviews stay gone and a grade given in the instant
 * before it learned of the reset is kept.
 */

/** Runs a save later; `run` does nothing once the save it was for has run, so it may be called twice. */
export type Scheduler = (run: () => void) => void;

/** The part of the Web Locks API used here (`navigator.locks`). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => T | Promise<T>): Promise<T>;
}

/** What the sync needs of its store: read the state, and set the parts it owns. */
export interface SyncedState {
  progress: Progress;
  notice: LoadNotice | null;
  hydrated: boolean;
  blocked: Blocked;
  saveError: string | null;
  saveErrorDetails: string | null;
  usage: StorageUsage | null;
  backups: BackupInfo[];
}

export interface SyncOptions {
  storage: EnumerableStorageLike | null; // null: storage is not available, progress lives in memory
  key: string; // the storage key of the progress
  clock: () => number; // epoch ms
  random: () => number; // for the epoch's id
  schedule: Scheduler; // when a requested save runs
  locks: LockManagerLike | null; // Web Locks; null: the epoch check alone
  checkpoints: CheckpointSync; // the stored checkpoint of card states
  get: () => SyncedState;
  set: (partial: Partial<SyncedState>) => void;
}

/**
 * Why this tab must not write: the stored value is a newer version's, or could not be read nor
 * copied (until the user resets, having been told no copy exists). Null: writes are allowed.
 */
export type Blocked = "future" | "unreadable" | null;

/** Result of a reset or a "replace" import. */
export type OverwriteResult =
  | { ok: true; backupKey: string | null } // backupKey null: there was nothing to back up, or the user chose to discard it
  | { ok: false; message: string; details: string | null };

const NOT_AVAILABLE = "This browser does not let PrepDeck use its storage, so progress lasts only until this tab closes.";
const NEWER_VERSION = "The stored progress comes from a newer PrepDeck and is left untouched.";
const UNREADABLE = "The stored progress could not be read or copied, so it is not overwritten. Download it, or reset progress in Settings.";

export function epochKey(key: string): string {
  return `${key}:epoch`;
}

export function createProgressSync(o: SyncOptions) {
  const EPOCH_KEY = epochKey(o.key);
  const LOCK = `${o.key}:lock`;
  const cache = createDecodeCache();
  let epoch: string | null = null; // the epoch this tab's state belongs to
  let synced: Progress | null = null; // the state this tab last wrote or adopted
  let savePending = false;
  let saved: Progress | null = null; // the in-memory state the last successful save left (same object)

  function readEpoch(): string | null {
    try {
      return o.storage?.getItem(EPOCH_KEY) ?? null;
    } catch {
      return null;
    }
  }

  function readStored(): string | null {
    try {
      return o.storage?.getItem(o.key) ?? null;
    } catch {
      return null;
    }
  }

  /** Usage and backups as they are now: after every write, import, reset and other tab's write. */
  function refreshStorageFacts(): void {
    if (!o.storage) return;
    const usage = storageUsage(o.storage);
    const backups = listBackups(o.storage, o.key);
    const s = o.get();
    const same = s.usage?.usedChars === usage?.usedChars && JSON.stringify(s.backups) === JSON.stringify(backups);
    if (!same) o.set({ usage, backups });
  }

  function setError(error: string | null, details: string | null = null): void {
    const s = o.get();
    if (s.saveError !== error || s.saveErrorDetails !== details) o.set({ saveError: error, saveErrorDetails: details });
  }

  /** Another tab reset or replaced the progress: take what is stored, plus this tab's own changes. */
  function adoptStored(): void {
    if (!o.storage) return;
    epoch = readEpoch();
    const loaded = loadProgress(o.storage, o.key, o.clock(), cache);
    const current = o.get().progress;
    const mine = synced ? localChanges(current, synced) : null;
    synced = loaded.progress;
    const next = mine ? mergeProgress(loaded.progress, mine) : loaded.progress;
    // Own changes on top of the adopted state are written by the save this set requests.
    o.set({ progress: next });
    refreshStorageFacts();
  }

  /** Merges this tab's changes into what is stored and writes it; adopts other tabs' changes. */
  function saveUnlocked(): void {
    savePending = false;
    const state = o.get();
    if (!o.storage || state.blocked) {
      setError(!o.storage ? NOT_AVAILABLE : state.blocked === "future" ? NEWER_VERSION : UNREADABLE);
      return;
    }
    if (readEpoch() !== epoch) {
      adoptStored();
      return;
    }
    let result = saveProgress(o.storage, o.key, state.progress, o.clock(), cache);
    // Storage full: the checkpoint goes first, progress is what must be saved.
    if (!result.ok && result.reason === "write-failed" && o.checkpoints.drop()) result = saveProgress(o.storage, o.key, state.progress, o.clock(), cache);
    if (!result.ok) {
      setError(result.error, result.details ?? null);
      refreshStorageFacts();
      return;
    }
    synced = result.progress;
    // The stored value may hold other tabs' reviews: adopt the merge (its save writes nothing).
    saved = sameProgress(state.progress, result.progress) ? state.progress : result.progress;
    if (saved !== state.progress) o.set({ progress: saved });
    setError(null);
    o.checkpoints.update(saved);
    refreshStorageFacts();
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
    if (!s.hydrated || savePending || s.progress === saved) return;
    savePending = true;
    o.schedule(() => {
      if (savePending) void withLock(() => savePending && saveUnlocked());
    });
  }

  /**
   * Writes a pending change at once, without waiting for the lock: on page hide there may be no
   * later. The merge-before-write keeps other tabs' reviews; only a reset in another tab at that
   * very instant could be undone, and that tab's epoch makes this one adopt it on its next visit.
   */
  function flush(): void {
    // The page is going away: a checkpoint of everything makes its next load replay nothing.
    if (savePending) saveUnlocked();
    if (o.storage && !o.get().blocked && o.get().hydrated && o.checkpoints.update(o.get().progress, 1)) refreshStorageFacts();
  }

  /** Reads stored progress for this session (the persist middleware's getItem). */
  function load(): (LoadResult & { blocked: Blocked }) | null {
    if (!o.storage) return null;
    const loaded = loadProgress(o.storage, o.key, o.clock(), cache);
    epoch = readEpoch();
    synced = loaded.progress;
    // Hydration adopts this very object when nothing changed before it: no save is needed for it.
    if (!loaded.notice && loaded.migratedFrom === undefined) saved = loaded.progress;
    o.checkpoints.load();
    refreshStorageFacts();
    return { ...loaded, blocked: loaded.readOnly ? (loaded.notice?.kind === "future" ? "future" : "unreadable") : null };
  }

  /** What a reset or replace backs up: this tab's state merged with what is stored, if it reads. */
  function currentWithStored(storage: EnumerableStorageLike): Progress {
    const current = o.get().progress;
    try {
      const stored = decodeProgress(storage.getItem(o.key));
      return stored.ok ? mergeProgress(stored.progress, current) : current;
    } catch {
      return current;
    }
  }

  function overwriteUnlocked(progress: Progress, discardUnreadable: boolean): OverwriteResult {
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
    const previous = currentWithStored(o.storage);
    if (!isEmpty(previous)) {
      const backup = writeBackup(o.storage, o.key, encodeProgress(previous), now);
      if (!backup.ok) {
        refreshStorageFacts();
        return { ok: false, message: "Nothing was changed: a backup of your current progress could not be written (storage may be full). Export your progress or delete old backups, then try again.", details: backup.details };
      }
      backupKey = backup.backupKey;
    }
    // The old states mean nothing for the new log (and free their room first).
    o.checkpoints.drop();
    const result = writeProgress(o.storage, o.key, normal, now, cache, { discardUnreadable });
    if (!result.ok) {
      refreshStorageFacts();
      return { ok: false, message: `Nothing was changed. ${result.error}`, details: result.details ?? null };
    }
    epoch = `${now.toString(36)}-${Math.floor(o.random() * 36 ** 6).toString(36)}`;
    try {
      o.storage.setItem(EPOCH_KEY, epoch);
    } catch {
      // Other tabs then merge their state back in: nothing is lost, the reset is just undone there.
    }
    synced = result.progress;
    savePending = false;
    const notice = o.get().notice;
    // Once replaced, the unreadable value is gone: its notice has nothing left to offer.
    o.set({ progress: result.progress, blocked: null, ...(notice?.kind === "unreadable" ? { notice: null } : {}) });
    setError(null);
    refreshStorageFacts();
    return { ok: true, backupKey };
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
      result = overwriteUnlocked(progress, discardUnreadable);
    });
    return result;
  }

  /** Another tab wrote (the `storage` event): merge its progress in, or adopt it after a reset there. */
  function onStorage(key: string | null, newValue: string | null): void {
    if (!o.storage || !o.get().hydrated) return;
    if (key === EPOCH_KEY) {
      if (newValue !== epoch) adoptStored();
      return;
    }
    if (key === o.checkpoints.key) {
      o.checkpoints.onStorage(newValue);
      refreshStorageFacts();
      return;
    }
    if (key === null || key.startsWith(`${o.key}:backup:`)) {
      refreshStorageFacts();
      return;
    }
    if (key !== o.key || newValue === null) return;
    if (readEpoch() !== epoch) {
      adoptStored();
      return;
    }
    refreshStorageFacts();
    // What is stored now, not the event's value: events arrive late, and a value written before
    // a reset this tab has already adopted would bring the erased reviews back.
    const decoded = decodeProgress(readStored());
    if (!decoded.ok) return;
    synced = decoded.progress; // what other tabs wrote is not this tab's own change
    const current = o.get().progress;
    const merged = mergeProgress(current, decoded.progress);
    // New to this tab: adopt (which saves). Missing from storage (two tabs wrote at once and one
    // write lost the other's review): save, and the review is back.
    if (!sameProgress(current, merged)) o.set({ progress: merged });
    else if (!sameProgress(decoded.progress, merged)) requestSave();
  }

  /** Deletes a backup and refreshes the list; false when it could not be deleted. */
  function removeBackup(backupKey: string): boolean {
    const gone = o.storage !== null && deleteBackup(o.storage, o.key, backupKey);
    refreshStorageFacts();
    return gone;
  }

  /**
   * The page replayed much of the log to derive card states (no checkpoint, or an old one): keep
   * them for the next load, after the next paint, if the stored data may be written.
   */
  function checkpointLater(): void {
    o.schedule(() => {
      const s = o.get();
      if (o.storage && s.hydrated && !s.blocked && o.checkpoints.update(s.progress)) refreshStorageFacts();
    });
  }

  return { load, requestSave, flush, overwrite, onStorage, removeBackup, checkpointLater, refresh: refreshStorageFacts };
}

export type ProgressSync = ReturnType<typeof createProgressSync>;

function isEmpty(p: Progress): boolean {
  return p.log.length === 0 && p.tombstones.length === 0 && Object.keys(p.flags).length === 0 && Object.keys(p.notes).length === 0;
}

function sameProgress(a: Progress, b: Progress): boolean {
  return (
    a.log.length === b.log.length &&
    a.tombstones.length === b.tombstones.length &&
    a.settings.at === b.settings.at &&
    JSON.stringify([a.flags, a.notes]) === JSON.stringify([b.flags, b.notes])
  );
}
