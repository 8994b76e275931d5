"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useNow } from "@/hooks/use-now";
import { todayAndStreak } from "@/lib/stats/activity";
import { useProgressStore } from "@/stores/progress-store";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";

/** "Today 12 / 20 · 5-day streak", once the store is read; links to /stats. */
export function TodayLine() {
  const hydrated = useProgressStore((s) => s.hydrated);
  const log = useProgressStore((s) => s.progress.log);
  const { rolloverHour, dailyGoal } = useProgressStore((s) => s.progress.settings.value);
  const now = useNow(60_000);
  const { today, streaks } = useMemo(() => todayAndStreak(log, now, rolloverHour), [log, now, rolloverHour]);
  if (!hydrated) return <p aria-hidden="true">&nbsp;</p>;
  return (
    <p className="text-slate-700 dark:text-slate-300" data-testid="today-line">
      <Link href="/stats" {...PREFETCH_ON_INTENT} className="underline-offset-4 hover:underline">
        Today <strong className="tabular-nums text-slate-950 dark:text-white">{today.reviews} / {dailyGoal}</strong> · {streaks.current}-day streak
      </Link>
    </p>
  );
}
