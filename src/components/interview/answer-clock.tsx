"use client";

import { useEffect, useRef } from "react";
import { clockAnnouncement, clockPhase, type ClockPhase, describeDuration } from "@/lib/interview";
import { formatClock } from "@/components/ui/time-format";

const PHASE_STYLE: Record<ClockPhase, string> = {
  within: "border-slate-300 text-slate-900 dark:border-slate-600 dark:text-slate-100",
  near: "border-amber-600 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950/60 dark:text-amber-100",
  over: "border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950/60 dark:text-red-100",
};
const PHASE_WORDS: Record<ClockPhase, string> = { within: "", near: "nearly time", over: "over time" };

/**
 * Elapsed time against the budget: amber from 80 %, red past the budget, never stopping the
 * candidate. A screen reader hears it start, at 80 % and at the budget (its own live region), not
 * every second; the digits themselves are not live.
 */
export function AnswerClock({ elapsedMs, budgetMs }: { elapsedMs: number; budgetMs: number }) {
  const phase = clockPhase(elapsedMs, budgetMs);
  const previous = useRef<ClockPhase | null>(null);
  const liveRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const text = clockAnnouncement(previous.current, phase, budgetMs);
    previous.current = phase;
    if (text && liveRef.current) liveRef.current.textContent = text;
  }, [phase, budgetMs]);
  return (
    <div data-testid="answer-clock" data-phase={phase} className={`inline-flex items-baseline gap-2 rounded-xl border-2 px-4 py-2 transition-colors motion-reduce:transition-none ${PHASE_STYLE[phase]}`}>
      <span className="text-3xl font-semibold tabular-nums" aria-label={`${describeDuration(elapsedMs)} of ${describeDuration(budgetMs)}`}>
        {formatClock(elapsedMs)}
      </span>
      <span className="text-sm">
        / {formatClock(budgetMs)}
        {PHASE_WORDS[phase] && <span className="ml-2 font-semibold">{PHASE_WORDS[phase]}</span>}
      </span>
      <p ref={liveRef} aria-live="polite" className="sr-only" />
    </div>
  );
}
