"use client";

import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import type { DrillCard } from "@/hooks/use-topic-cards";
import type { InterviewSummary as Summary } from "@/lib/interview";
import type { Rating } from "@/lib/srs";
import { GRADES } from "@/components/drill/grade-bar";
import { formatClock } from "@/components/ui/time-format";

const label = (r: Rating | null) => (r === null ? "none" : (GRADES.find((g) => g.rating === r)?.label ?? String(r)));

/** Per question: time, key points covered, suggested and chosen grade; then the three weakest. */
export function InterviewSummary({ title, summary, cards, exitHref, onAgain }: { title: string; summary: Summary; cards: Map<string, DrillCard>; exitHref: string; onAgain: (ids: string[]) => void }) {
  return (
    <div className="mx-auto max-w-3xl space-y-6 py-4">
      <h1 className="text-2xl font-bold">Interview finished</h1>
      <p className="text-slate-700 dark:text-slate-300">
        {title}: {summary.attempts.length} question{summary.attempts.length === 1 ? "" : "s"} in {formatClock(summary.totalMs)} of answering
        {summary.overBudget > 0 ? `, ${summary.overBudget} over the time budget.` : ", all within the time budget."} The grades are in your schedule.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="interview-summary">
          <caption className="sr-only">Your answers</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="py-2 pr-3">Question</th>
              <th scope="col" className="py-2 pr-3">Time</th>
              <th scope="col" className="py-2 pr-3">Key points</th>
              <th scope="col" className="py-2 pr-3">Suggested</th>
              <th scope="col" className="py-2">Your grade</th>
            </tr>
          </thead>
          <tbody>
            {summary.attempts.map((a, i) => (
              <tr key={`${a.cardId}-${i}`} className="border-b border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="py-2 pr-3 font-medium">{cards.get(a.cardId)?.prompt ?? a.cardId}</th>
                <td className={`py-2 pr-3 tabular-nums ${a.elapsedMs > a.budgetMs ? "font-semibold text-red-800 dark:text-red-300" : ""}`}>
                  {formatClock(a.elapsedMs)} / {formatClock(a.budgetMs)}
                </td>
                <td className="py-2 pr-3 tabular-nums">{a.pointsTotal > 0 ? `${a.pointsTicked} of ${a.pointsTotal}` : "none listed"}</td>
                <td className="py-2 pr-3">{label(a.suggested)}</td>
                <td className="py-2">{label(a.chosen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {summary.weakest.length > 0 ? (
        <section aria-labelledby="weakest-title" className="space-y-2">
          <h2 id="weakest-title" className="text-lg font-semibold">
            Practise next
          </h2>
          <ol className="list-decimal space-y-1 pl-6" data-testid="weakest">
            {summary.weakest.map((id) => (
              <li key={id}>
                <Link {...PREFETCH_ON_INTENT} href={cards.get(id)?.topicHref ?? "/"} className="underline underline-offset-4">
                  {cards.get(id)?.prompt ?? id}
                </Link>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => onAgain(summary.weakest)} className="min-h-11 rounded-lg bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
            Answer {summary.weakest.length === 1 ? "it" : `these ${summary.weakest.length}`} again
          </button>
        </section>
      ) : (
        <p>Every answer covered its key points in time. Well done.</p>
      )}
      <p>
        <Link {...PREFETCH_ON_INTENT} href={exitHref} className="font-semibold underline underline-offset-4">
          Back
        </Link>
      </p>
    </div>
  );
}
