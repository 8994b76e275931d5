"use client";

import type { RefObject } from "react";
import { QuestionExtra } from "@/components/drill/card-faces";
import type { DrillCard } from "@/hooks/use-topic-cards";
import type { AnswerMedium } from "@/lib/interview";
import { AnswerClock } from "./answer-clock";
import { MicNotice } from "./mic-notice";
import type { MicStatus } from "./use-recorder";

interface AnsweringStepProps {
  card: DrillCard;
  elapsedMs: number;
  budgetMs: number;
  medium: AnswerMedium;
  mic: MicStatus;
  micDetail: string | null;
  typed: string;
  typingRef: RefObject<HTMLTextAreaElement | null>;
  onTyped: (text: string) => void;
  onStop: () => void;
  onType: () => void;
}

const MIC_LINE: Partial<Record<MicStatus, string>> = {
  asking: "Asking your browser for the microphone…",
  recording: "Recording. Speak your answer.",
};

/** The clock runs; the answer is recorded, spoken without a recording, or typed. Space stops. */
export function AnsweringStep({ typingRef, ...p }: AnsweringStepProps) {
  return (
    <section aria-label="Answering" className="flex min-h-64 flex-col gap-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8 dark:border-slate-700 dark:bg-slate-900">
      <h2 data-testid="card-prompt" className="text-xl font-semibold leading-snug" dangerouslySetInnerHTML={{ __html: p.card.promptHtml }} />
      <QuestionExtra card={p.card} />
      <AnswerClock elapsedMs={p.elapsedMs} budgetMs={p.budgetMs} />
      {p.medium === "typed" ? (
        <div className="space-y-1">
          <label htmlFor="typed-answer" className="font-semibold">
            Your answer
          </label>
          <textarea
            id="typed-answer"
            ref={typingRef}
            value={p.typed}
            onChange={(e) => p.onTyped(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                p.onStop();
              }
            }}
            rows={8}
            aria-describedby="typed-hint"
            className="w-full rounded-lg border border-slate-400 bg-white p-3 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100"
          />
          <p id="typed-hint" className="text-sm text-slate-700 dark:text-slate-300">
            Ctrl+Enter (or the button) when you are done.
          </p>
        </div>
      ) : (
        <>
          {MIC_LINE[p.mic] && (
            <p className="flex items-center gap-2" data-testid="mic-line">
              {p.mic === "recording" && <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full bg-red-600 motion-safe:animate-pulse" />}
              {MIC_LINE[p.mic]}
            </p>
          )}
          <MicNotice status={p.mic} detail={p.micDetail} />
        </>
      )}
      <div className="fixed inset-x-0 bottom-0 flex flex-col gap-2 border-t border-slate-200 bg-white/95 p-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:static sm:flex-row sm:border-0 sm:bg-transparent sm:p-0 dark:border-slate-700 dark:bg-[#0b1120]/95 sm:dark:bg-transparent">
        <button type="button" onClick={p.onStop} aria-keyshortcuts="Space" className="min-h-14 w-full rounded-xl bg-slate-900 px-4 py-3 text-base font-semibold text-white hover:bg-slate-700 sm:w-auto dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white">
          Stop and review <kbd className="ml-2 hidden rounded border border-current px-1.5 text-xs opacity-80 sm:inline">Space</kbd>
        </button>
        {p.medium !== "typed" && (
          <button type="button" onClick={p.onType} aria-keyshortcuts="T" className="min-h-11 rounded-xl px-4 py-2 font-semibold underline-offset-4 hover:underline">
            Type instead <kbd className="text-xs opacity-80">T</kbd>
          </button>
        )}
      </div>
    </section>
  );
}
