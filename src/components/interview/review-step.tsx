"use client";

import type { RefObject } from "react";
import type { AnswerState } from "@/hooks/use-card-answers";
import type { DrillCard } from "@/lib/drill/deck-data";
import { type AnswerMedium, clockPhase, describeDuration } from "@/lib/interview";
import { ModelAnswer } from "@/components/drill/card-faces";
import { formatClock } from "@/components/ui/time-format";
import { AttemptPlayer } from "./attempt-player";
import { KeyPointChecklist } from "./key-point-checklist";
import type { MicStatus } from "./use-recorder";

interface ReviewStepProps {
  card: DrillCard;
  answer: AnswerState; // the model answer and its key points (fetched when the question came up)
  onRetry: () => void;
  keyPoints: string[];
  medium: AnswerMedium;
  mic: MicStatus;
  recordingUrl: string | null;
  typed: string;
  elapsedMs: number;
  budgetMs: number;
  ticked: boolean[];
  onToggle: (index: number) => void;
  audioRef: RefObject<HTMLAudioElement | null>;
  previous: { url: string; at: number } | null; // the kept recording from an earlier session
  keepFailed: string | null; // why this recording could not be kept
}

const PANEL = "min-w-0 space-y-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-700 dark:bg-slate-900";

/** The attempt (recording or typed text) and the checklist, beside the model answer. */
export function ReviewStep(p: ReviewStepProps) {
  const over = clockPhase(p.elapsedMs, p.budgetMs) === "over";
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <section aria-labelledby="attempt-title" className={PANEL}>
        <h2 id="attempt-title" className="text-lg font-semibold">
          Your answer
        </h2>
        <p data-testid="card-prompt" className="text-sm font-medium text-slate-700 dark:text-slate-300" dangerouslySetInnerHTML={{ __html: p.card.promptHtml }} />
        <p data-testid="time-taken" className={over ? "font-semibold text-red-800 dark:text-red-300" : ""}>
          Took {formatClock(p.elapsedMs)} of {formatClock(p.budgetMs)}
          <span className="sr-only"> ({describeDuration(p.elapsedMs)} of {describeDuration(p.budgetMs)})</span>
          {over ? ", over the budget." : ", within the budget."}
        </p>
        <Attempt {...p} />
        {p.previous && (
          <div className="space-y-1 text-sm">
            <p className="font-semibold">Your kept recording from {new Date(p.previous.at).toLocaleDateString(undefined, { dateStyle: "medium" })}</p>
            <audio controls src={p.previous.url} className="w-full" aria-label="Your kept earlier recording" />
          </div>
        )}
        {p.keepFailed && (
          <details className="text-sm" role="status">
            <summary>This recording could not be kept in the browser (storage full or blocked).</summary>
            <p className="font-mono text-xs">{p.keepFailed}</p>
          </details>
        )}
        <KeyPointChecklist points={p.keyPoints} ticked={p.ticked} onToggle={p.onToggle} />
      </section>
      <section aria-labelledby="model-title" className={PANEL}>
        <h2 id="model-title" className="text-lg font-semibold">
          Model answer
        </h2>
        <ModelAnswer answer={p.answer} onRetry={p.onRetry} />
      </section>
    </div>
  );
}

function Attempt({ medium, mic, recordingUrl, typed, audioRef }: ReviewStepProps) {
  if (medium === "typed") {
    return (
      <blockquote data-testid="typed-attempt" className="whitespace-pre-wrap rounded-lg bg-slate-50 p-3 text-slate-900 dark:bg-slate-800 dark:text-slate-100">
        {typed.trim() || "(nothing typed)"}
      </blockquote>
    );
  }
  if (recordingUrl) return <AttemptPlayer url={recordingUrl} audioRef={audioRef} />;
  if (mic === "recording") return <p aria-live="polite">Preparing your recording…</p>;
  return <p className="text-slate-700 dark:text-slate-300">You answered aloud, without a recording.</p>;
}
