"use client";

import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import type { SessionSummary } from "@/lib/drill";
import { GRADES } from "@/components/drill/grade-bar";
import { formatClock, formatWhen } from "@/components/ui/time-format";

interface DeckSummaryProps {
  title: string;
  summary: SessionSummary;
  prompts: ReadonlyMap<string, string>;
  exitHref: string;
  now: number;
  onDrillMissed: () => void;
}

/** End of a deck: what happened, what became weak, when to come back. */
export function DeckSummary({ title, summary, prompts, exitHref, now, onDrillMissed }: DeckSummaryProps) {
  return (
    <section aria-labelledby="summary-title" className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-1">
        <h1 id="summary-title" className="text-2xl font-bold">
          Deck finished
        </h1>
        <p className="text-slate-700 dark:text-slate-300">{title}</p>
      </header>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Cards by grade">
        {GRADES.map((g) => (
          <div key={g.rating} className="rounded-xl border border-slate-200 p-3 text-center dark:border-slate-700">
            <dt className="text-sm text-slate-700 dark:text-slate-300">{g.label}</dt>
            <dd data-testid={`summary-${g.label.toLowerCase()}`} className="text-2xl font-bold tabular-nums">
              {summary.byRating[g.rating]}
            </dd>
          </div>
        ))}
      </dl>
      <ul className="space-y-1 text-slate-800 dark:text-slate-200">
        <li data-testid="summary-graded">
          {summary.graded} card{summary.graded === 1 ? "" : "s"} graded{summary.skipped > 0 ? `, ${summary.skipped} skipped` : ""} in {formatClock(summary.timeMs)}.
        </li>
        <li>{summary.nextDue !== null ? `Next review due ${formatWhen(summary.nextDue, now)}.` : "Nothing from this deck is scheduled yet."}</li>
      </ul>
      {summary.becameWeak.length > 0 && (
        <div>
          <h2 className="font-semibold">Now weak ({summary.becameWeak.length})</h2>
          <ul data-testid="summary-became-weak" className="mt-1 list-disc space-y-1 pl-5 text-slate-800 dark:text-slate-200">
            {summary.becameWeak.map((id) => (
              <li key={id}>{prompts.get(id) ?? id}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        {summary.missed.length > 0 && (
          <button type="button" onClick={onDrillMissed} className="min-h-11 rounded-lg bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
            Drill the {summary.missed.length} missed again
          </button>
        )}
        <Link {...PREFETCH_ON_INTENT} href={exitHref === "/" ? "/" : exitHref} className="min-h-11 rounded-lg border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800">
          Back to topics
        </Link>
        <Link {...PREFETCH_ON_INTENT} href="/weak" className="min-h-11 rounded-lg px-4 py-2 font-semibold underline-offset-4 hover:underline">
          Weak questions
        </Link>
      </div>
    </section>
  );
}
