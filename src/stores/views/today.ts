import { useMemo } from "react";
import type { Progress } from "@/lib/progress";
import { logColumns } from "@/lib/progress/lazy-log";
import { dailyTotalsAt, todayAndStreak, todayAndStreakOf } from "@/lib/stats/activity";
import { useProgressStore } from "../progress-store";

/** The home page's one line: reviews today against the daily goal, and the current streak. */
export interface TodayLineView {
  reviews: number;
  goal: number;
  streak: number;
}

/** Today's line at `now` (no replay: the log's days alone, from its columns when decoded lazily). */
export function todayLine(progress: Progress, now: number): TodayLineView {
  const { rolloverHour, dailyGoal } = progress.settings.value;
  const columns = logColumns(progress);
  const { today, streaks } = columns
    ? todayAndStreakOf(dailyTotalsAt(columns.length, (i) => columns.at[i] as number, (i) => ((columns.ms[i] as number) < 0 ? undefined : columns.ms[i]), rolloverHour), now, rolloverHour)
    : todayAndStreak(progress.log, now, rolloverHour);
  return { reviews: today.reviews, goal: dailyGoal, streak: streaks.current };
}

/** Today's line over the app's store; null until the store is read. */
export function useTodayLine(now: number): TodayLineView | null {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  return useMemo(() => (hydrated ? todayLine(progress, now) : null), [hydrated, progress, now]);
}
