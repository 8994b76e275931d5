"use client";

import type { ReactNode } from "react";

/** "3 / 10", a progress bar through the deck, and whatever clock the mode shows beside it. */
export function DrillProgress({ index, total, clock }: { index: number; total: number; clock: ReactNode }) {
  const position = Math.min(index + 1, total);
  const percent = Math.round((index / total) * 100);
  return (
    <div className="flex items-center gap-3 text-sm text-slate-700 dark:text-slate-300">
      <span data-testid="position" className="tabular-nums font-medium">
        {position} / {total}
      </span>
      <div role="progressbar" aria-label="Deck progress" aria-valuemin={0} aria-valuemax={total} aria-valuenow={index} className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
        <div className="h-full rounded-full bg-blue-600 transition-[width] motion-reduce:transition-none dark:bg-blue-400" style={{ width: `${percent}%` }} />
      </div>
      {clock}
    </div>
  );
}
