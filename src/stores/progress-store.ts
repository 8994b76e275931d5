import { afterPaint as afterNextPaint } from "@/lib/after-paint";
import { type EnumerableStorageLike } from "@/lib/progress";
import { createProgressStore } from "./create-progress-store";
import type { LockManagerLike, Scheduler } from "./progress-sync";

export type { ProgressStore } from "./create-progress-store";

function browserStorage(): EnumerableStorageLike | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled: reading the property itself throws
  }
}

function browserLocks(): LockManagerLike | null {
  return typeof navigator !== "undefined" && "locks" in navigator && navigator.locks ? navigator.locks : null;
}

/** Saves run after the next paint, so a grade shows the next card first. */
const afterPaint: Scheduler = (run) => void afterNextPaint(run);

/** The app's one progress store: localStorage, the real clock, Web Locks where the browser has them. */
export const useProgressStore = createProgressStore({
  storage: browserStorage(),
  clock: () => Date.now(),
  random: Math.random,
  schedule: afterPaint,
  locks: browserLocks(),
});
