"use client";

import { SETTINGS_LIMITS, type Settings } from "@/lib/progress";
import { useProgressStore } from "@/stores/progress-store";
import { input, section } from "./settings-styles";

const FIELDS: { key: keyof Settings; label: string; hint: string; step: number }[] = [
  { key: "desiredRetention", label: "Desired retention", hint: "Chance of recall to aim for (0.70–0.99). Higher means more reviews.", step: 0.01 },
  { key: "newPerSession", label: "New cards per session", hint: "How many unseen cards a Due deck adds.", step: 1 },
  { key: "rolloverHour", label: "New day starts at (hour)", hint: "Local time; 4 means a late session still counts for the day before.", step: 1 },
  { key: "dailyGoal", label: "Daily goal (reviews)", hint: "Reviews a day to aim for; today's count is on the home page and Stats.", step: 1 },
];

/**
 * The review settings. Each field is keyed by its stored value and stamp, so a change saved in
 * another tab (or a value clamped here) shows at once; what is typed is saved on leaving the field.
 */
export function ReviewSettings() {
  const { value: settings, at } = useProgressStore((s) => s.progress.settings);
  const updateSettings = useProgressStore((s) => s.updateSettings);
  return (
    <section aria-labelledby="review-settings" className={section}>
      <h2 id="review-settings" className="text-lg font-semibold">
        Reviews
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        {FIELDS.map((f) => (
          <label key={f.key} className="space-y-1">
            <span className="block text-sm font-medium">{f.label}</span>
            <input
              key={`${settings[f.key]}@${at}`}
              type="number"
              className={input}
              min={SETTINGS_LIMITS[f.key].min}
              max={SETTINGS_LIMITS[f.key].max}
              step={f.step}
              defaultValue={settings[f.key]}
              onBlur={(e) => {
                const value = e.currentTarget.valueAsNumber;
                if (value !== settings[f.key]) updateSettings({ [f.key]: value });
              }}
            />
            <span className="block text-xs text-slate-700 dark:text-slate-300">{f.hint}</span>
          </label>
        ))}
      </div>
    </section>
  );
}
