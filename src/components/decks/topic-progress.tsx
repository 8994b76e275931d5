"use client";

import type { TopicCounts } from "@/lib/srs/models";
import { ProgressPlaceholder } from "@/components/decks/progress-placeholders";

/** The parts of a count line in reading order; every card is in exactly one (they sum to total). */
const PARTS = [
  { key: "new", label: "new", className: "" },
  { key: "learning", label: "learning", className: "bg-blue-600 dark:bg-blue-400" },
  { key: "due", label: "due", className: "bg-amber-500 dark:bg-amber-400" },
  { key: "review", label: "review", className: "bg-slate-500 dark:bg-slate-400" },
  { key: "mastered", label: "mastered", className: "bg-green-600 dark:bg-green-500" },
] as const;

/**
 * Counts and a stacked bar; before hydration a same-sized placeholder (no flash of zeros).
 * "review" is a reviewed card that is neither due today nor mastered yet.
 */
export function TopicProgress({ counts, label, testId = "topic-progress" }: { counts: TopicCounts | null; label?: string; testId?: string }) {
  if (!counts) return <ProgressPlaceholder />;
  const reviewed = counts.total - counts.new;
  const shown = PARTS.filter((p) => p.key !== "new" && counts[p.key] > 0);
  return (
    <div className="space-y-1" data-testid={testId}>
      <p className="text-xs text-slate-700 dark:text-slate-300">
        {label && <strong className="font-semibold">{label}: </strong>}
        {PARTS.map((p, i) => (
          <span key={p.key}>
            {i > 0 && " · "}
            <span data-part={p.key}>
              {counts[p.key]} {p.label}
            </span>
          </span>
        ))}
      </p>
      <div
        role="img"
        aria-label={`${reviewed} of ${counts.total} reviewed${shown.length ? `: ${shown.map((p) => `${counts[p.key]} ${p.label}`).join(", ")}` : ""}`}
        className="flex h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        {shown.map((p) => (
          <div key={p.key} className={p.className} style={{ width: `${(counts[p.key] / Math.max(1, counts.total)) * 100}%` }} />
        ))}
      </div>
    </div>
  );
}
