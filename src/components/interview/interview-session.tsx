"use client";

import { useEffect, useMemo, useRef } from "react";
import { keyMapOf, useKeyboard } from "@/hooks/use-keyboard";
import { useNow } from "@/hooks/use-now";
import type { DrillCard } from "@/lib/drill/deck-data";
import type { Selection } from "@/lib/drill/models";
import { DrillProgress } from "@/components/drill/drill-progress";
import { DrillToolbar } from "@/components/drill/drill-toolbar";
import { GradeBar } from "@/components/drill/grade-bar";
import { KeyboardHelp } from "@/components/drill/keyboard-help";
import { formatClock } from "@/components/ui/time-format";
import { AnsweringStep } from "./answering-step";
import { INTERVIEW_KEYS } from "./interview-keys";
import { InterviewSummary } from "./interview-summary";
import { QuestionStep } from "./question-step";
import { ReviewStep } from "./review-step";
import { useInterviewSession } from "./use-interview-session";
import { useInterviewSettings } from "./use-interview-settings";
import { useKeepRecording, useKeptRecording } from "./use-kept-recording";

interface InterviewSessionProps {
  title: string;
  selection: Selection;
  cards: DrillCard[];
  exitHref: string;
}

/** Interview mode: each question answered out loud against the clock, then reviewed and graded. */
export function InterviewSession({ title, selection, cards, exitHref }: InterviewSessionProps) {
  const { settings } = useInterviewSettings();
  const budgetMs = settings.minutes * 60_000;
  const keeper = useKeepRecording(settings.keepRecordings);
  const iv = useInterviewSession({ selection, cards, exitHref, budgetMs, onRecorded: keeper.keep });
  const { session, card, answer, actions } = iv;
  const previous = useKeptRecording(card?.id, settings.keepRecordings);
  const now = useNow(500);
  useKeyboard(keyMapOf(INTERVIEW_KEYS, actions)); // modal dialogs are left alone by useKeyboard itself
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const total = session.queue.length;

  const liveRef = useRef<HTMLParagraphElement>(null);
  const announcement = iv.summary ? "Interview finished." : answer.phase === "review" ? "Review: your answer beside the model answer." : answer.phase === "question" ? `Question ${Math.min(session.index + 1, total)} of ${total}.` : "";
  useEffect(() => {
    if (liveRef.current && announcement) liveRef.current.textContent = announcement;
  }, [announcement]);

  if (iv.summary) return <InterviewSummary title={title} summary={iv.summary} cards={byId} exitHref={exitHref} onAgain={actions.again} />;
  if (!card) return null;

  const elapsed = answer.phase === "answering" && answer.startedAt !== null ? Math.max(0, now - answer.startedAt) : iv.elapsedMs;
  return (
    <div className={`mx-auto flex flex-col gap-4 pb-44 sm:pb-8 ${answer.phase === "review" ? "max-w-6xl" : "max-w-2xl"}`}>
      <p ref={liveRef} aria-live="polite" className="sr-only" />
      <DrillToolbar title={title} exitHref={exitHref} onHelp={actions.help} />
      <DrillProgress
        index={session.index}
        total={total}
        clock={
          selection.mock !== undefined && (
            <span className="tabular-nums" title="Interview time">
              <span className="sr-only">Interview time: </span>
              {formatClock(now - session.startedAt)}
            </span>
          )
        }
      />
      {answer.phase === "question" && <QuestionStep card={card} budgetMs={budgetMs} mic={iv.mic.status} onStart={actions.start} onType={actions.type} />}
      {answer.phase === "answering" && (
        <AnsweringStep
          card={card}
          elapsedMs={elapsed}
          budgetMs={budgetMs}
          medium={answer.medium}
          mic={iv.mic.status}
          micDetail={iv.mic.detail}
          typed={answer.typed}
          typingRef={iv.typingRef}
          onTyped={actions.setTyped}
          onStop={actions.stop}
          onType={actions.type}
        />
      )}
      {answer.phase === "review" && (
        <>
          <ReviewStep
            card={card}
            answer={iv.modelAnswer}
            onRetry={iv.retryAnswer}
            keyPoints={iv.keyPoints}
            medium={answer.medium}
            mic={iv.mic.status}
            recordingUrl={iv.mic.recording?.url ?? null}
            typed={answer.typed}
            elapsedMs={iv.elapsedMs}
            budgetMs={budgetMs}
            ticked={iv.tickedList}
            onToggle={actions.tick}
            audioRef={iv.audioRef}
            previous={previous}
            keepFailed={keeper.failed}
          />
          <div className="fixed inset-x-0 bottom-0 border-t border-slate-200 bg-white p-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:static sm:border-0 sm:bg-transparent sm:p-0 dark:border-slate-700 dark:bg-[#0b1120] sm:dark:bg-transparent">
            <p className="mb-2 text-center text-sm text-slate-700 dark:text-slate-300" data-testid="suggestion">
              {iv.suggested ? `${iv.ticked} of ${iv.keyPoints.length} key points: the highlighted grade is suggested. Confirm with its key or pick another.` : "Pick a grade (1–4)."}
            </p>
            <div className="mx-auto max-w-2xl">
              <GradeBar flipped intervals={iv.intervals} onFlip={() => undefined} onGrade={actions.grade} suggested={iv.suggested} />
            </div>
          </div>
        </>
      )}
      <KeyboardHelp open={iv.helpOpen} onClose={iv.closeHelp} keys={INTERVIEW_KEYS} />
    </div>
  );
}
