"use client";

import type { Rating } from "@/lib/srs";

export const GRADES: { rating: Rating; label: string; className: string }[] = [
  { rating: 1, label: "Again", className: "bg-red-700 hover:bg-red-800 text-white" },
  { rating: 2, label: "Hard", className: "bg-amber-700 hover:bg-amber-800 text-white" },
  { rating: 3, label: "Good", className: "bg-green-700 hover:bg-green-800 text-white" },
  { rating: 4, label: "Easy", className: "bg-blue-700 hover:bg-blue-800 text-white" },
];

interface GradeBarProps {
  flipped: boolean;
  intervals: Record<Rating, string> | null; // next interval per grade, once known
  onFlip: () => void;
  onGrade: (rating: Rating) => void;
  suggested?: Rating | null; // a grade to highlight (interview mode's checklist suggests one)
}

/** Show-answer button, then the four grades with their next intervals; big enough for thumbs. */
export function GradeBar({ flipped, intervals, onFlip, onGrade, suggested = null }: GradeBarProps) {
  if (!flipped) {
    return (
      <button
        type="button"
        onClick={onFlip}
        className="min-h-12 w-full rounded-xl bg-slate-900 px-4 py-3 text-base font-semibold text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white"
      >
        Show answer <kbd className="ml-2 hidden rounded border border-current px-1.5 text-xs opacity-80 sm:inline">Space</kbd>
      </button>
    );
  }
  return (
    <div role="group" aria-label="How well did you know it?" className="grid grid-cols-4 gap-2">
      {GRADES.map((g) => (
        <button
          key={g.rating}
          type="button"
          onClick={() => onGrade(g.rating)}
          aria-keyshortcuts={String(g.rating)}
          data-suggested={suggested === g.rating || undefined}
          className={`flex min-h-14 flex-col items-center justify-center rounded-xl px-2 py-2 font-semibold ${g.className} ${suggested === g.rating ? "ring-4 ring-slate-900 ring-offset-2 dark:ring-white dark:ring-offset-slate-950" : ""}`}
        >
          <span>
            {g.label}
            {suggested === g.rating && <span className="sr-only text-xs font-normal sm:not-sr-only sm:ml-1">(suggested)</span>}
          </span>
          <span className="text-xs font-normal">
            {intervals ? intervals[g.rating] : "…"}
            <span className="sr-only">, key {g.rating}</span>
            <kbd aria-hidden="true" className="ml-1 hidden sm:inline">
              ({g.rating})
            </kbd>
          </span>
        </button>
      ))}
    </div>
  );
}
