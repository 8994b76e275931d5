"use client";

import { SETTINGS_LIMITS } from "@/lib/progress";
import { useProgressStore } from "@/stores/progress-store";

const { min, max } = SETTINGS_LIMITS.dailyGoal;

/** The daily goal setting: reviews a day, shown on the home page and on /stats. */
export function DailyGoalField() {
  const goal = useProgressStore((s) => s.progress.settings.value.dailyGoal);
  const updateSettings = useProgressStore((s) => s.updateSettings);
  return (
    <label className="space-y-1">
      <span className="block text-sm font-medium">Daily goal (reviews)</span>
      <input
        type="number"
        className="w-28 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100"
        min={min}
        max={max}
        step={1}
        defaultValue={goal}
        key={goal}
        onBlur={(e) => updateSettings({ dailyGoal: e.currentTarget.valueAsNumber })}
      />
      <span className="block text-xs text-slate-700 dark:text-slate-300">
        Reviews a day to aim for ({min}–{max}); today&apos;s count is on the home page and Stats.
      </span>
    </label>
  );
}
