import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import type { Stats } from "@/lib/stats";
import { formatMinutes } from "./format";

/** Today against the daily goal, time spent, and the streaks. */
export function TodaySection({ stats }: { stats: Stats }) {
  const { todayTotals, dailyGoal, streaks } = stats;
  const done = Math.min(todayTotals.reviews, dailyGoal);
  return (
    <section aria-labelledby="today-heading" className="space-y-4 rounded-xl border border-slate-200 p-4 sm:p-5 dark:border-slate-700">
      <h2 id="today-heading" className="text-lg font-semibold">
        Today
      </h2>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">Reviews / goal</dt>
          <dd data-testid="today-reviews" className="text-2xl font-bold tabular-nums">
            {todayTotals.reviews} / {dailyGoal}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">Time</dt>
          <dd className="text-2xl font-bold tabular-nums">{formatMinutes(todayTotals.ms)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">Current streak</dt>
          <dd data-testid="current-streak" className="text-2xl font-bold tabular-nums">
            {streaks.current} {streaks.current === 1 ? "day" : "days"}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">Longest streak</dt>
          <dd className="text-2xl font-bold tabular-nums">
            {streaks.longest} {streaks.longest === 1 ? "day" : "days"}
          </dd>
        </div>
      </dl>
      <div
        role="progressbar"
        aria-label="Daily goal"
        aria-valuemin={0}
        aria-valuemax={dailyGoal}
        aria-valuenow={done}
        aria-valuetext={`${todayTotals.reviews} of ${dailyGoal} reviews`}
        className="h-3 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div className="h-full rounded-full bg-emerald-600 dark:bg-emerald-400" style={{ width: `${(done / dailyGoal) * 100}%` }} />
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {todayTotals.reviews >= dailyGoal ? "Goal reached for today." : `${dailyGoal - todayTotals.reviews} more to reach today's goal.`}{" "}
        <Link {...PREFETCH_ON_INTENT} href="/settings" className="underline underline-offset-4">
          Change the goal in Settings
        </Link>
      </p>
    </section>
  );
}
