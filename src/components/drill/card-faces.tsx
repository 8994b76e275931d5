"use client";

import type { ReactNode } from "react";
import type { AnswerState } from "@/hooks/use-card-answers";
import type { DrillCard } from "@/lib/drill/deck-data";

/** The question side: where it comes from, the prompt, and a hint (how to go on). */
export function CardFront({ card, hint }: { card: DrillCard; hint: ReactNode }) {
  return (
    <>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {card.deckTitle} / {card.topicTitle}
      </p>
      <div className="my-auto space-y-4 py-6">
        <h2 data-testid="card-prompt" className="text-center text-xl font-semibold leading-snug sm:text-2xl" dangerouslySetInnerHTML={{ __html: card.promptHtml }} />
        <QuestionExtra card={card} />
      </div>
      <div className="text-center text-sm text-slate-600 dark:text-slate-400">{hint}</div>
    </>
  );
}

/** What a question shows with it: a quiz's code, or the items it asks about. */
export function QuestionExtra({ card }: { card: DrillCard }) {
  return card.frontHtml ? <div data-testid="card-front-extra" className="answer prose prose-slate max-w-none text-left dark:prose-invert" dangerouslySetInnerHTML={{ __html: card.frontHtml }} /> : null;
}

/**
 * The model answer as HTML rendered at build time (fetched when its card comes up), or a plain line
 * when the bank has none; while it loads, a line saying so, and if it fails, why and a way to retry.
 */
export function ModelAnswer({ answer, onRetry }: { answer: AnswerState; onRetry: () => void }) {
  if (answer.status === "loading") {
    return (
      <p data-testid="card-answer-loading" aria-live="polite" className="text-slate-700 dark:text-slate-300">
        Loading the answer…
      </p>
    );
  }
  if (answer.status === "error") {
    return (
      <div role="alert" className="space-y-2 text-slate-800 dark:text-slate-200">
        <p>The answer could not be loaded ({answer.message}). Check your connection.</p>
        <button type="button" onClick={onRetry} className="min-h-11 rounded-lg px-3 py-2 font-semibold underline underline-offset-4">
          Try again
        </button>
      </div>
    );
  }
  const { answerHtml } = answer.answer;
  return answerHtml ? (
    <div data-testid="card-answer" className="answer prose prose-slate max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: answerHtml }} />
  ) : (
    <p data-testid="card-answer" className="text-slate-700 dark:text-slate-300">
      No answer in this deck.
    </p>
  );
}

/** The answer side: the prompt again, the model answer and the candidate's note. */
export function CardBack({ card, answer, onRetry, note }: { card: DrillCard; answer: AnswerState; onRetry: () => void; note: string }) {
  return (
    <>
      <p className="mb-3 text-sm font-medium text-slate-600 dark:text-slate-400" dangerouslySetInnerHTML={{ __html: card.promptHtml }} />
      <div className="mb-3">
        <QuestionExtra card={card} />
      </div>
      <ModelAnswer answer={answer} onRetry={onRetry} />
      {note && (
        <div className="mt-4 rounded-lg bg-amber-50 p-3 text-sm text-slate-800 dark:bg-amber-950/40 dark:text-slate-200">
          <p className="font-semibold">Your note</p>
          <p className="whitespace-pre-wrap">{note}</p>
        </div>
      )}
    </>
  );
}
