import type { BackupInfo, EnumerableStorageLike, LoadNotice, Progress, StorageUsage } from "@/lib/progress";
import type { CheckpointSync } from "./checkpoint-sync";

/** Runs a save later; `run` does nothing once the save it was for has run, so it may be called twice. */
export type Scheduler = (run: () => void) => void;

/** The part of the Web Locks API used here (`navigator.locks`). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => T | Promise<T>): Promise<T>;
}

/**
 * Why this tab must not write: the stored value is a newer version's, or could not be read nor
 * copied (until the user resets, having been told no copy exists). Null: writes are allowed.
 */
export type Blocked = "future" | "unreadable" | null;

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

/** Result of a reset or a "replace" import. */
export type OverwriteResult =
  | { ok: true; backupKey: string | null } // backupKey null: there was nothing to back up, or the user chose to discard it
  | { ok: false; message: string; details: string | null };

/**
 * Where this tab stands with what is stored, shared by the sync's parts (one object per store).
 * `epoch`: the reset epoch this tab's state belongs to; `synced`: the state it last wrote or
 * adopted; `saved`: the in-memory state the last successful save left (same object);
 * `savePending`: a save is scheduled.
 */
export interface SyncCursor {
  epoch: string | null;
  synced: Progress | null;
  saved: Progress | null;
  savePending: boolean;
}
