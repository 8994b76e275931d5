import type { NumericSetting } from "@/components/settings/settings-review-field";
import { ReviewField } from "@/components/settings/settings-lazy";
import { section } from "@/components/settings/settings-styles";

const FIELDS: { key: NumericSetting; label: string; hint: string; step: number }[] = [
  { key: "desiredRetention", label: "Desired retention", hint: "Chance of recall to aim for (0.70–0.99). Higher means more reviews.", step: 0.01 },
  { key: "newPerSession", label: "New cards per session", hint: "How many unseen cards a Due deck adds.", step: 1 },
  { key: "rolloverHour", label: "New day starts at (hour)", hint: "Local time; 4 means a late session still counts for the day before.", step: 1 },
  { key: "dailyGoal", label: "Daily goal (reviews)", hint: "Reviews a day to aim for; today's count is on the home page and Stats.", step: 1 },
];

/**
 * The review settings: labels and hints are static HTML; each field is an island that shows the
 * stored value once the progress store has been read (an empty box of the same size until then).
 */
export function ReviewSettings() {
  return (
    <section aria-labelledby="review-settings" className={section}>
      <h2 id="review-settings" className="text-lg font-semibold">
        Reviews
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        {FIELDS.map((f) => (
          <div key={f.key} className="space-y-1">
            <label htmlFor={`setting-${f.key}`} className="block text-sm font-medium">
              {f.label}
            </label>
            <ReviewField name={f.key} id={`setting-${f.key}`} hintId={`setting-${f.key}-hint`} step={f.step} />
            <span id={`setting-${f.key}-hint`} className="block text-xs text-slate-700 dark:text-slate-300">
              {f.hint}
            </span>
          </div>
        ))}
      </div>
    </section>
  );
}
