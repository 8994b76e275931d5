import { PROGRESS_KEY, type Progress, readStoredProgress } from "@/lib/progress";
import { mulberry32 } from "@/lib/srs";
import { createProgressStore } from "@/stores/create-progress-store";
import type { LockManagerLike, Scheduler } from "@/stores/progress-sync";

import { FakeStorage } from "../progress/support";

/** 2026-01-15T12:00:00Z: the fake clock starts here. */
export const T0 = Date.UTC(2026, 0, 15, 12);
export const MINUTE = 60_000;

export interface TestStoreOptions {
  storage?: FakeStorage | null; // @default a new, empty FakeStorage
  schedule?: Scheduler; // @default saves run at once
  locks?: LockManagerLike | null;
  seed?: number; // for the store's random numbers
}

/**
 * A store of its own over a fake storage and a fake clock (`advance` moves it), as a tab has:
 * several in one test share a FakeStorage like tabs share localStorage.
 */
export function testStore(options: TestStoreOptions = {}) {
  const storage = options.storage === undefined ? new FakeStorage() : options.storage;
  let now = T0;
  const useStore = createProgressStore({
    storage,
    clock: () => now,
    random: mulberry32(options.seed ?? 1),
    schedule: options.schedule ?? ((run) => run()),
    locks: options.locks ?? null,
  });
  return {
    useStore,
    storage,
    state: () => useStore.getState(),
    advance(ms: number) {
      now += ms;
    },
    now: () => now,
    /** What is stored for the progress key (with its record of recent reviews), decoded (it must decode). */
    stored(): Progress {
      if (!storage) throw new Error("this store has no storage");
      const decoded = readStoredProgress(storage, PROGRESS_KEY);
      if (!decoded.ok) throw new Error(`stored progress does not decode: ${decoded.message}`);
      return decoded.progress;
    },
    hydrate: () => useStore.persist.rehydrate(),
  };
}

export type TestStore = ReturnType<typeof testStore>;
