"use client";

import type { DrillCard } from "@/hooks/use-topic-cards";
import { describeDuration } from "@/lib/interview";
import { CardFront } from "@/components/drill/card-faces";
import type { MicStatus } from "./use-recorder";

const PRIMARY = "min-h-14 w-full rounded-xl bg-blue-700 px-4 py-3 text-base font-semibold text-white hover:bg-blue-800 sm:w-auto";

/** The question, its time budget, and how to start: recording (Space) or typing (T). */
export function QuestionStep({ card, budgetMs, mic, onStart, onType }: { card: DrillCard; budgetMs: number; mic: MicStatus; onStart: () => void; onType: () => void }) {
  const noMic = mic === "refused" || mic === "missing" || mic === "unsupported";
  return (
    <section aria-label="Question" className="flex min-h-64 flex-col rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8 dark:border-slate-700 dark:bg-slate-900">
      <CardFront card={card} hint={<>You have {describeDuration(budgetMs)}. The clock never cuts you off.</>} />
      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
        {noMic
          ? "Answer aloud: there is no recording this time."
          : "Answer out loud. The first time, your browser asks to use the microphone: the recording stays in this browser's memory and is gone when you move to the next question."}
      </p>
      <div className="fixed inset-x-0 bottom-0 flex flex-col gap-2 border-t border-slate-200 bg-white/95 p-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:static sm:mt-4 sm:flex-row sm:border-0 sm:bg-transparent sm:p-0 dark:border-slate-700 dark:bg-[#0b1120]/95 sm:dark:bg-transparent">
        <button type="button" onClick={onStart} aria-keyshortcuts="Space" className={PRIMARY}>
          Start answering <kbd className="ml-2 hidden rounded border border-current px-1.5 text-xs opacity-80 sm:inline">Space</kbd>
        </button>
        <button type="button" onClick={onType} aria-keyshortcuts="T" className="min-h-11 rounded-xl px-4 py-2 font-semibold underline-offset-4 hover:underline">
          Type it instead <kbd className="text-xs opacity-80">T</kbd>
        </button>
      </div>
    </section>
  );
}
