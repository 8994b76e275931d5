"use client";

import { type ReactNode, useId, useState } from "react";

/**
 * A section with a chart and the same numbers as a table: "Show as table" swaps one for the other
 * (a toggle button, so its name stays the same and its pressed state says which is shown).
 */
export function ChartSection({ title, summary, chart, table }: { title: string; summary?: ReactNode; chart: ReactNode; table: ReactNode }) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-3 rounded-xl border border-slate-200 p-4 sm:p-5 dark:border-slate-700">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <button
          type="button"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
          className="min-h-11 rounded-lg border border-slate-300 px-3 py-2 text-sm hover:bg-slate-50 aria-pressed:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:bg-slate-800"
        >
          Show as table
        </button>
      </div>
      {summary && <div className="text-sm text-slate-700 dark:text-slate-300">{summary}</div>}
      {asTable ? (
        // Focusable, so the table scrolls from the keyboard too.
        <div className="max-h-96 overflow-auto" tabIndex={0} role="region" aria-label={`${title}, as a table`}>
          {table}
        </div>
      ) : (
        chart
      )}
    </section>
  );
}
