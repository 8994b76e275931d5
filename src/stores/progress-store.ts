import { create } from "zustand";
import { persist, type PersistStorage } from "zustand/middleware";
import {
  addReview,
  applyImport,
  decodeProgress,
  encodeProgress,
  emptyProgress,
  type ImportMode,
  isFlagged,
  type LoadNotice,
  loadProgress,
  mergeProgress,
  newEntryId,
  normalizeProgress,
  PROGRESS_KEY,
  reviewTimeFor,
  type Progress,
  type Rating,
  type ReviewEntry,
  type ReviewMode,
  saveProgress,
  setFlag,
  setNote,
  setSettings,
  type Settings,
  type StorageLike,
  undoLast,
  undoReview,
  writeProgress,
} from "@/lib/progress";

/** The persisted part: progress only, never question text or derived lists. */
interface Persisted {
  progress: Progress;
}

export interface ProgressStore extends Persisted {
  hydrated: boolean; // persisted numbers render only once this is true
  notice: LoadNotice | null; // stored data that could not be used (kept aside in a backup key)
  saveError: string | null; // the last write failed: progress lives in this tab until a write succeeds
  readOnly: boolean; // storage holds a newer version's data: never write over it
  lastBackupKey: string | null; // the automatic backup made before the last reset or replace
  /** Logs a grade; `ms` is how long the card was shown before it (absent when unknown). */
  grade(cardId: string, rating: Rating, mode: ReviewMode, now?: number, ms?: number): ReviewEntry;
  /** Takes back a review: `entryId`, or else the newest one. */
  undo(entryId?: string): ReviewEntry | null;
  toggleFlag(cardId: string, now?: number): void;
  setFlag(cardId: string, value: boolean, now?: number): void;
  setNote(cardId: string, text: string, now?: number): void;
  updateSettings(partial: Partial<Settings>, now?: number): void;
  /** Merges, or replaces after an automatic backup; false when that backup could not be written. */
  importProgress(incoming: Progress, mode: ImportMode): boolean;
  /** Clears reviews, flags and notes (settings stay) after an automatic backup; false if it could not be written. */
  reset(): boolean;
  dismissNotice(): void;
}

/**
 * Reset and "replace" write a new epoch under this key. Everywhere else progress only grows by
 * union (saves merge this tab's whole state into what is stored, other tabs' writes are merged in),
 * so a review lost to two tabs writing at once comes back with the next save of the tab that has
 * it; the epoch is how a tab learns that a smaller state is deliberate and must be adopted.
 */
export const EPOCH_KEY = `${PROGRESS_KEY}:epoch`;
let epoch: string | null = null;

function readEpoch(ls: StorageLike): string | null {
  try {
    return ls.getItem(EPOCH_KEY);
  } catch {
    return null;
  }
}

/** Takes what is stored as this tab's state: another tab reset or replaced the progress. */
function adoptStored(ls: StorageLike): void {
  savePending = false;
  epoch = readEpoch(ls);
  const loaded = loadProgress(ls, PROGRESS_KEY, Date.now());
  useProgressStore.setState({ progress: loaded.progress });
}

function browserStorage(): StorageLike | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled: reading the property itself throws
  }
}

function sameProgress(a: Progress, b: Progress): boolean {
  return (
    a.log.length === b.log.length &&
    a.tombstones.length === b.tombstones.length &&
    a.settings.at === b.settings.at &&
    JSON.stringify([a.flags, a.notes]) === JSON.stringify([b.flags, b.notes])
  );
}

type Scheduler = (run: () => void) => void;

/**
 * How saves are scheduled. `run` does nothing once the save it was for has run, so it may be
 * called twice. @default after the next paint; a hidden tab paints no frames, so a timer backs it up
 */
let schedule: Scheduler = (run) => {
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 250);
};
let savePending = false;

/** Replaces the save scheduler; tests run saves at once with `(run) => run()`. */
export function setSaveScheduler(next: Scheduler): void {
  schedule = next;
}

/** Merges this tab's changes into what is stored and writes it; adopts other tabs' changes. */
function saveNow(): void {
  savePending = false;
  const ls = browserStorage();
  const store = useProgressStore.getState();
  if (!ls || store.readOnly) {
    const error = store.readOnly ? "Progress is not saved: storage holds data from a newer PrepDeck." : "Progress is not saved: browser storage is not available.";
    if (store.saveError !== error) useProgressStore.setState({ saveError: error });
    return;
  }
  if (readEpoch(ls) !== epoch) {
    adoptStored(ls);
    return;
  }
  const result = saveProgress(ls, PROGRESS_KEY, store.progress, Date.now());
  if (!result.ok) {
    if (store.saveError !== result.error) useProgressStore.setState({ saveError: result.error });
    return;
  }
  // The stored value may hold other tabs' reviews: adopt the merge (the save it schedules is a no-op).
  // Every setState here schedules this again, so set only what changed.
  const changed = !sameProgress(store.progress, result.progress);
  if (changed || store.saveError !== null) {
    useProgressStore.setState({ saveError: null, ...(changed ? { progress: result.progress } : {}) });
  }
}

/**
 * One save per burst of changes, after the next paint: a grade shows the next card first, and the
 * save reads the state as it is then (flushProgress writes at once, on page hide).
 */
function requestSave(): void {
  if (!useProgressStore.getState().hydrated || savePending) return;
  savePending = true;
  schedule(() => {
    if (savePending) saveNow();
  });
}

/** Writes a pending change now: on page hide, so closing the tab right after a grade loses nothing. */
export function flushProgress(): void {
  if (savePending) saveNow();
}

/**
 * Our storage adapter under `persist`: zustand alone would overwrite unreadable data on the next
 * `set()`; this one validates, backs up, merges other tabs' writes and survives failed writes.
 */
const storage: PersistStorage<Persisted> = {
  getItem: (name) => {
    const ls = browserStorage();
    if (!ls) {
      useProgressStore.setState({ notice: { kind: "unavailable", backupKey: null, message: "Browser storage is not available, so progress will only last until this tab closes." } });
      return null;
    }
    const loaded = loadProgress(ls, name, Date.now());
    epoch = readEpoch(ls);
    useProgressStore.setState({ notice: loaded.notice, readOnly: loaded.readOnly });
    return { state: { progress: loaded.progress }, version: 1 };
  },
  setItem: () => requestSave(),
  removeItem: () => undefined, // progress is never deleted by the middleware
};

/** Where `backupBeforeOverwrite` keeps the previous progress; the newest is what Settings offers. */
export const BACKUP_PREFIX = `${PROGRESS_KEY}:backup:`;

/** Copies the current progress to a backup key (returned) before a reset or a "replace" import. */
function backupBeforeOverwrite(ls: StorageLike, progress: Progress): string | null {
  const key = `${BACKUP_PREFIX}${Date.now()}`;
  try {
    ls.setItem(key, encodeProgress(progress));
    return key;
  } catch {
    return null;
  }
}

/**
 * Overwrites storage (replace import, reset) once a backup of the current progress is written;
 * other tabs adopt it through the storage event. Returns false, and changes nothing, when the
 * backup cannot be written.
 */
function overwrite(progress: Progress): boolean {
  const ls = browserStorage();
  const normal = normalizeProgress(progress);
  const state = useProgressStore.getState();
  if (!ls || state.readOnly) {
    useProgressStore.setState({ progress: normal });
    return true;
  }
  const backupKey = backupBeforeOverwrite(ls, state.progress);
  if (backupKey === null) return false;
  const result = writeProgress(ls, PROGRESS_KEY, normal, Date.now());
  if (result.ok) {
    epoch = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    try {
      ls.setItem(EPOCH_KEY, epoch);
    } catch {
      // Other tabs then merge their state back in: nothing is lost, the reset is just undone there.
    }
  }
  // Adopting `normal` runs the adapter once more: a no-op save when the write above succeeded.
  useProgressStore.setState({ progress: normal, lastBackupKey: backupKey, ...(result.ok ? {} : { saveError: result.error }) });
  return true;
}

export const useProgressStore = create<ProgressStore>()(
  persist(
    (set, get) => ({
      progress: emptyProgress(),
      hydrated: false,
      notice: null,
      saveError: null,
      readOnly: false,
      lastBackupKey: null,
      grade: (cardId, rating, mode, now = Date.now(), ms) => {
        // A clock that went backwards must not file this grade before the card's previous one.
        const at = reviewTimeFor(get().progress, cardId, now);
        const base: ReviewEntry = { id: newEntryId(at, Math.random), cardId, rating, at, mode };
        const entry = ms !== undefined && Number.isFinite(ms) ? { ...base, ms: Math.max(0, Math.round(ms)) } : base;
        set({ progress: addReview(get().progress, entry) });
        return entry;
      },
      undo: (entryId) => {
        const { progress, undone } = entryId ? undoReview(get().progress, entryId) : undoLast(get().progress);
        if (undone) set({ progress });
        return undone;
      },
      toggleFlag: (cardId, now = Date.now()) => set({ progress: setFlag(get().progress, cardId, !isFlagged(get().progress, cardId), now) }),
      setFlag: (cardId, value, now = Date.now()) => set({ progress: setFlag(get().progress, cardId, value, now) }),
      setNote: (cardId, text, now = Date.now()) => set({ progress: setNote(get().progress, cardId, text, now) }),
      updateSettings: (partial, now = Date.now()) => set({ progress: setSettings(get().progress, partial, now) }),
      importProgress: (incoming, mode) => {
        const next = applyImport(get().progress, incoming, mode);
        if (mode === "replace") return overwrite(next);
        set({ progress: next });
        return true;
      },
      reset: () => overwrite({ ...emptyProgress(), settings: get().progress.settings }),
      dismissNotice: () => set({ notice: null }),
    }),
    {
      name: PROGRESS_KEY,
      storage,
      version: 1, // persist's own envelope; the progress format has its own versions and migrations
      skipHydration: true,
      partialize: (s) => ({ progress: s.progress }),
      // Anything graded before hydration finished is kept, not replaced by what was stored.
      merge: (persisted, current) => {
        const stored = (persisted as Persisted | undefined)?.progress ?? emptyProgress();
        return { ...current, progress: mergeProgress(stored, current.progress) };
      },
      onRehydrateStorage: () => () => {
        useProgressStore.setState({ hydrated: true });
      },
    },
  ),
);

/** Another tab wrote: merge its progress in, or adopt it after a reset or "replace" there. */
export function onStorageEvent(key: string | null, newValue: string | null): void {
  const ls = browserStorage();
  if (key === EPOCH_KEY) {
    if (ls && newValue !== epoch) adoptStored(ls);
    return;
  }
  if (key !== PROGRESS_KEY || newValue === null) return;
  if (ls && readEpoch(ls) !== epoch) {
    adoptStored(ls);
    return;
  }
  const decoded = decodeProgress(newValue);
  if (!decoded.ok) return;
  const current = useProgressStore.getState().progress;
  const merged = mergeProgress(current, decoded.progress);
  // New to this tab: adopt (which saves). Missing from storage (two tabs wrote at once and one
  // write lost the other's review): save, and the review is back.
  if (!sameProgress(current, merged)) useProgressStore.setState({ progress: merged });
  else if (!sameProgress(decoded.progress, merged)) requestSave();
}

/** Test hook: forget the module-level sync point and any pending save (vitest reuses the module). */
export function resetSyncPointForTests(): void {
  epoch = null;
  savePending = false;
}
