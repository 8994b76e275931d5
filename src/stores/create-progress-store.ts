import { create } from "zustand";
import { persist, type PersistStorage } from "zustand/middleware";
import {
  addReview,
  applyImport,
  type BackupInfo,
  emptyProgress,
  type EnumerableStorageLike,
  forgetCards,
  type ImportMode,
  isFlagged,
  type LoadNotice,
  mergeChangesNothing,
  mergeProgress,
  newEntryId,
  PROGRESS_KEY,
  reviewTimeFor,
  type Progress,
  type Rating,
  type ReviewEntry,
  type ReviewMode,
  setFlag,
  setNote,
  setSettings,
  type Settings,
  type StorageUsage,
  undoLast,
  undoReview,
} from "@/lib/progress";
import type { CardState } from "@/lib/srs";
import { createCardStatesSelector } from "./card-states";
import { createCheckpointSync } from "./checkpoint-sync";
import { type Blocked, createProgressSync, type LockManagerLike, type OverwriteResult, type Scheduler } from "./progress-sync";

/** The persisted part: progress only, never question text or derived lists. */
interface Persisted {
  progress: Progress;
}

export interface ProgressStore extends Persisted {
  hydrated: boolean; // persisted numbers render only once this is true
  notice: LoadNotice | null; // stored data that could not be used (and whether a copy was kept)
  saveError: string | null; // the last write failed: progress lives in this tab until a write succeeds
  saveErrorDetails: string | null; // its technical reason, shown behind "Details"
  blocked: Blocked; // stored data this tab must not write over ("future", or "unreadable" and not copied)
  usage: StorageUsage | null; // storage used, refreshed after every write, import, reset and other tab's write
  backups: BackupInfo[]; // backups of the progress, newest first
  /** Every reviewed card's state for `progress` (memoised; from the stored checkpoint when it matches). */
  cardStates(progress: Progress): ReadonlyMap<string, CardState>;
  /** The same states' ids by the topic their prefix names, grouped once per states (topic count lines share it). */
  reviewedByTopic(progress: Progress): ReadonlyMap<string, readonly string[]>;
  /** Logs a grade; `ms` is how long the card was shown before it (absent when unknown). */
  grade(cardId: string, rating: Rating, mode: ReviewMode, now?: number, ms?: number): ReviewEntry;
  /** Takes back a review: `entryId`, or else the newest one. */
  undo(entryId?: string): ReviewEntry | null;
  toggleFlag(cardId: string, now?: number): void;
  setFlag(cardId: string, value: boolean, now?: number): void;
  setNote(cardId: string, text: string, now?: number): void;
  updateSettings(partial: Partial<Settings>, now?: number): void;
  /** Deletes the reviews, flags and notes of these cards (a removed user deck's), for every tab. */
  forgetCards(cardIds: readonly string[], now?: number): void;
  /** Merges, or replaces after a verified backup (nothing changes when that backup fails). */
  importProgress(incoming: Progress, mode: ImportMode): Promise<OverwriteResult>;
  /**
   * Clears reviews, flags and notes (settings stay) after a verified backup. `discardUnreadable`:
   * the user confirmed replacing stored data that could not be read or copied.
   */
  reset(options?: { discardUnreadable?: boolean }): Promise<OverwriteResult>;
  deleteBackup(backupKey: string): boolean;
  dismissNotice(): void;
  /** Writes a pending change now: on page hide, so closing the tab right after a grade loses nothing. */
  flush(): void;
  /** Another tab wrote `key` (the `storage` event). */
  syncFromStorage(key: string | null, newValue: string | null): void;
}

export interface ProgressStoreOptions {
  /** Where progress is kept; null when the browser refuses storage (progress then lasts for the tab). */
  storage: EnumerableStorageLike | null;
  /** Epoch milliseconds: the time of grades, flags, notes and backups. */
  clock: () => number;
  /** Random numbers in [0, 1): review ids and reset epochs. */
  random: () => number;
  /** When a requested save runs; `(run) => run()` saves at once. */
  schedule: Scheduler;
  /** Web Locks (`navigator.locks`) around read-merge-write. @default null: the epoch check alone */
  locks?: LockManagerLike | null;
  /** The storage key. @default PROGRESS_KEY */
  key?: string;
}

/** A progress store with its own state and its own sync: one per app, or one per test. */
export function createProgressStore({ storage, clock, random, schedule, locks = null, key = PROGRESS_KEY }: ProgressStoreOptions) {
  // Card states start from the stored checkpoint; saves write a new one from the states at hand.
  const checkpoints = createCheckpointSync({ storage, key, peekStates: (p) => cardStates.peek(p) });
  const cardStates = createCardStatesSelector(
    () => checkpoints.latest(),
    () => sync.checkpointLater(),
  );
  // The sync reaches the store through these; neither runs before the store exists.
  const sync = createProgressSync({ storage, key, clock, random, schedule, locks, checkpoints, get: () => useStore.getState(), set: (partial) => useStore.setState(partial) });

  /** Our adapter under `persist`: zustand alone would overwrite unreadable data on the next `set()`. */
  const persistStorage: PersistStorage<Persisted> = {
    getItem: () => {
      const loaded = sync.load();
      if (!loaded) {
        useStore.setState({ notice: { kind: "unavailable", backupKey: null, message: "This browser does not let PrepDeck use its storage (private mode or a privacy setting), so progress lasts only until this tab closes.", details: null } });
        return null;
      }
      useStore.setState({ notice: loaded.notice, blocked: loaded.blocked });
      return { state: { progress: loaded.progress }, version: 1 };
    },
    setItem: () => sync.requestSave(),
    removeItem: () => undefined, // progress is never deleted by the middleware
  };

  const useStore = create<ProgressStore>()(
    persist(
      (set, get) => ({
        progress: emptyProgress(),
        hydrated: false,
        notice: null,
        saveError: null,
        saveErrorDetails: null,
        blocked: null,
        usage: null,
        backups: [],
        cardStates: (progress) => cardStates(progress),
        reviewedByTopic: (progress) => cardStates.byTopicKey(progress),
        grade: (cardId, rating, mode, now = clock(), ms) => {
          // A clock that went backwards must not file this grade before the card's previous one.
          const at = reviewTimeFor(get().progress, cardId, now);
          const base: ReviewEntry = { id: newEntryId(at, random), cardId, rating, at, mode };
          const entry: ReviewEntry = ms !== undefined && Number.isFinite(ms) ? { ...base, ms: Math.max(0, Math.round(ms)) } : base;
          set({ progress: addReview(get().progress, entry) });
          return entry;
        },
        undo: (entryId) => {
          const { progress, undone } = entryId ? undoReview(get().progress, entryId) : undoLast(get().progress);
          if (undone) set({ progress });
          return undone;
        },
        toggleFlag: (cardId, now = clock()) => set({ progress: setFlag(get().progress, cardId, !isFlagged(get().progress, cardId), now) }),
        setFlag: (cardId, value, now = clock()) => set({ progress: setFlag(get().progress, cardId, value, now) }),
        setNote: (cardId, text, now = clock()) => set({ progress: setNote(get().progress, cardId, text, now) }),
        updateSettings: (partial, now = clock()) => set({ progress: setSettings(get().progress, partial, now) }),
        forgetCards: (cardIds, now = clock()) => set({ progress: forgetCards(get().progress, new Set(cardIds), now) }),
        importProgress: async (incoming, mode) => {
          const next = applyImport(get().progress, incoming, mode);
          if (mode === "replace") return sync.overwrite(next);
          set({ progress: next });
          return { ok: true, backupKey: null };
        },
        reset: (options) => sync.overwrite({ ...emptyProgress(), settings: get().progress.settings }, options?.discardUnreadable ?? false),
        deleteBackup: (backupKey) => sync.removeBackup(backupKey),
        dismissNotice: () => set({ notice: null }),
        flush: () => sync.flush(),
        syncFromStorage: (k, newValue) => sync.onStorage(k, newValue),
      }),
      {
        name: key,
        storage: persistStorage,
        version: 1, // persist's own envelope; the progress format has its own versions and migrations
        skipHydration: true,
        partialize: (s) => ({ progress: s.progress }),
        // Anything graded before hydration finished is kept, not replaced by what was stored.
        merge: (persisted, current) => {
          const stored = (persisted as Persisted | undefined)?.progress ?? emptyProgress();
          // Nothing changed before hydration (the usual case): the stored state as it is, no merge pass.
          return { ...current, progress: mergeChangesNothing(current.progress, stored) ? stored : mergeProgress(stored, current.progress) };
        },
        onRehydrateStorage: () => () => {
          useStore.setState({ hydrated: true });
        },
      },
    ),
  );
  return useStore;
}

export type ProgressStoreHook = ReturnType<typeof createProgressStore>;
