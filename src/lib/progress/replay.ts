import { type CardState, type ReplayObserver, type SchedulerOptions, replayAll, replayCard } from "@/lib/srs";

import type { Progress, ReviewEntry, Settings } from "./models";

/** Scheduler options from the user's settings; `fuzz` is on in the app and off in exact tests. */
export function schedulerOptions(settings: Settings, fuzz = true): SchedulerOptions {
  return { desiredRetention: settings.desiredRetention, fuzz, ...(settings.memory ? { weights: settings.memory.w } : {}) };
}

/** Every reviewed card's state, replayed from the live log (undone reviews are not in it). */
export function cardStates(p: Progress, fuzz = true, observe?: ReplayObserver<ReviewEntry>): Map<string, CardState> {
  return replayAll(p.log, schedulerOptions(p.settings.value, fuzz), observe);
}

/** One card's state after a change to its reviews, without replaying the whole log. */
export function cardState(p: Progress, cardId: string, fuzz = true): CardState | undefined {
  return replayCard(
    p.log.filter((e) => e.cardId === cardId),
    schedulerOptions(p.settings.value, fuzz),
    cardId,
  );
}
