"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useKeyboard } from "@/hooks/use-keyboard";
import { useNow } from "@/hooks/use-now";
import type { DrillCard } from "@/hooks/use-topic-cards";
import {
  buildQueue,
  currentCard,
  drillHref,
  flip,
  gradeCurrent,
  isFinished,
  newSeed,
  type Selection,
  type Session,
  skip,
  startSession,
  summarize,
  timeOnCard,
  undoGrade,
} from "@/lib/drill";
import { isFlagged, noteOf } from "@/lib/progress";
import { type Rating, nextDueAt, previewIntervals, weakCards } from "@/lib/srs";
import { useProgressStore } from "@/stores/progress-store";
import { selectCardStates } from "@/stores/selectors";
import { DeckSummary } from "./deck-summary";
import { FlipCard } from "./flip-card";
import { GradeBar } from "./grade-bar";
import { KeyboardHelp } from "./keyboard-help";
import { NoteDialog } from "./note-dialog";
import { formatClock, formatWhen } from "./time-format";

interface DrillSessionProps {
  title: string;
  selection: Selection;
  cards: DrillCard[];
  exitHref: string;
}

function weakNow(ids: readonly string[], now: number) {
  const { progress } = useProgressStore.getState();
  return weakCards(ids, selectCardStates(progress), progress.flags, progress.log, now);
}

export function DrillSession({ title, selection, cards, exitHref }: DrillSessionProps) {
  const router = useRouter();
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const ids = useMemo(() => cards.map((c) => c.id), [cards]);
  // The deck is drawn once, when the session starts; grading does not reshuffle it.
  const [initial] = useState(() => {
    const now = Date.now();
    const { progress } = useProgressStore.getState();
    const weak = weakNow(ids, now);
    const queue = buildQueue(selection.mode, ids, {
      seed: selection.seed ?? "",
      states: selectCardStates(progress),
      weak,
      now,
      newLimit: progress.settings.value.newPerSession,
      rolloverHour: progress.settings.value.rolloverHour,
    });
    return { session: startSession(queue, now), weak };
  });
  const [session, setSession] = useState<Session>(initial.session);
  const [weakBefore, setWeakBefore] = useState(initial.weak);
  const [noteOpen, setNoteOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const now = useNow(1000);
  const progress = useProgressStore((s) => s.progress);
  const grade = useProgressStore((s) => s.grade);
  const undoReview = useProgressStore((s) => s.undo);
  const toggleFlag = useProgressStore((s) => s.toggleFlag);
  const states = selectCardStates(progress);
  const cardId = currentCard(session);
  const card = cardId ? byId.get(cardId) : undefined;
  const finished = isFinished(session);
  const liveRef = useRef<HTMLParagraphElement>(null);

  const intervals = useMemo(() => {
    if (!cardId || !session.flipped) return null;
    const preview = previewIntervals(states.get(cardId), now, { desiredRetention: progress.settings.value.desiredRetention });
    return { 1: preview[1].label, 2: preview[2].label, 3: preview[3].label, 4: preview[4].label } as Record<Rating, string>;
  }, [cardId, session.flipped, states, progress.settings.value.desiredRetention, now]);

  const actions = {
    flip: () => setSession((s) => flip(s)),
    grade: (rating: Rating) => {
      if (!cardId || !session.flipped) return;
      const at = Date.now();
      const entry = grade(cardId, rating, selection.mode, at, timeOnCard(session, at));
      setSession((s) => gradeCurrent(s, rating, entry.id, entry.at, { requeueAgain: selection.mode === "due" }));
    },
    undo: () => {
      const { session: back, entryId } = undoGrade(session, Date.now());
      if (!entryId) return;
      undoReview(entryId);
      setSession(back);
    },
    skip: () => setSession((s) => skip(s, Date.now())),
    flag: () => cardId && toggleFlag(cardId),
    note: () => cardId && setNoteOpen(true),
    help: () => setHelpOpen(true),
    leave: () => router.push(exitHref),
    reshuffle: () => router.push(drillHref({ ...selection, seed: newSeed(Math.random) })),
  };

  useKeyboard(
    {
      Space: actions.flip,
      Enter: actions.flip,
      "1": () => actions.grade(1),
      "2": () => actions.grade(2),
      "3": () => actions.grade(3),
      "4": () => actions.grade(4),
      u: actions.undo,
      "Ctrl+z": actions.undo,
      f: actions.flag,
      n: actions.note,
      s: actions.skip,
      "?": actions.help,
      Escape: actions.leave,
    },
    !noteOpen && !helpOpen,
  );

  const position = Math.min(session.index + 1, session.queue.length);
  const announcement = finished ? "Deck finished." : session.flipped ? "Answer shown." : `Question ${position} of ${session.queue.length}.`;
  useEffect(() => {
    if (liveRef.current) liveRef.current.textContent = announcement;
  }, [announcement]);

  // The end of the deck is fixed (the last grade or skip stamped cardStartedAt), so the summary is
  // computed once, not on every tick of the card timer.
  const summary = useMemo(
    () => (finished ? summarize(session, weakBefore, weakNow(ids, session.cardStartedAt), states, session.cardStartedAt) : null),
    [finished, session, weakBefore, ids, states],
  );
  const prompts = useMemo(() => new Map(cards.map((c) => [c.id, c.prompt])), [cards]);

  if (session.queue.length === 0) {
    return <EmptyDeck mode={selection.mode} ids={ids} selection={selection} />;
  }

  if (summary) {
    return (
      <DeckSummary
        title={title}
        summary={summary}
        prompts={prompts}
        exitHref={exitHref}
        now={session.cardStartedAt}
        onDrillMissed={() => {
          const t = Date.now();
          setWeakBefore(weakNow(ids, t));
          setSession(startSession(summary.missed, t));
        }}
      />
    );
  }

  const flagged = cardId ? isFlagged(progress, cardId) : false;
  const note = cardId ? noteOf(progress, cardId) : "";
  const percent = Math.round((session.index / session.queue.length) * 100);

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 pb-40 sm:pb-8">
      <p ref={liveRef} aria-live="polite" className="sr-only" />
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-lg font-semibold">{title}</h1>
        <div className="flex items-center gap-1 text-sm">
          {selection.mode !== "due" && (
            <button type="button" onClick={actions.reshuffle} className="rounded-lg px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
              Reshuffle
            </button>
          )}
          <button type="button" onClick={actions.help} aria-keyshortcuts="?" className="rounded-lg px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
            Keys <kbd className="text-xs opacity-80">?</kbd>
          </button>
          <Link href={exitHref} aria-keyshortcuts="Escape" className="rounded-lg px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
            Leave <kbd className="text-xs opacity-80">Esc</kbd>
          </Link>
        </div>
      </header>

      <div className="flex items-center gap-3 text-sm text-slate-700 dark:text-slate-300">
        <span data-testid="position" className="tabular-nums font-medium">
          {position} / {session.queue.length}
        </span>
        <div role="progressbar" aria-label="Deck progress" aria-valuemin={0} aria-valuemax={session.queue.length} aria-valuenow={session.index} className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
          <div className="h-full rounded-full bg-blue-600 transition-[width] motion-reduce:transition-none dark:bg-blue-400" style={{ width: `${percent}%` }} />
        </div>
        <span className="tabular-nums" title="Time on this card">
          <span className="sr-only">Time on this card: </span>
          {formatClock(now - session.cardStartedAt)}
        </span>
      </div>

      {card && (
        <FlipCard
          flipped={session.flipped}
          onFlip={actions.flip}
          onSwipe={(d) => actions.grade(d === "right" ? 3 : 1)}
          front={
            <>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {card.deckTitle} / {card.topicTitle}
              </p>
              <h2 data-testid="card-prompt" className="my-auto py-6 text-center text-xl font-semibold leading-snug sm:text-2xl" dangerouslySetInnerHTML={{ __html: card.promptHtml }} />
              <p className="text-center text-sm text-slate-600 dark:text-slate-400">Tap or press Space to see the answer</p>
            </>
          }
          back={
            <>
              <p className="mb-3 text-sm font-medium text-slate-600 dark:text-slate-400" dangerouslySetInnerHTML={{ __html: card.promptHtml }} />
              {card.answerHtml ? (
                <div data-testid="card-answer" className="answer prose prose-slate max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: card.answerHtml }} />
              ) : (
                <p data-testid="card-answer" className="text-slate-700 dark:text-slate-300">
                  No answer in this deck.
                </p>
              )}
              {note && (
                <div className="mt-4 rounded-lg bg-amber-50 p-3 text-sm text-slate-800 dark:bg-amber-950/40 dark:text-slate-200">
                  <p className="font-semibold">Your note</p>
                  <p className="whitespace-pre-wrap">{note}</p>
                </div>
              )}
            </>
          }
        />
      )}

      <div className="flex flex-wrap justify-center gap-1 text-sm">
        <button type="button" onClick={actions.flag} aria-pressed={flagged} aria-keyshortcuts="F" className="min-h-11 rounded-lg px-3 py-2 hover:bg-slate-100 aria-pressed:bg-amber-100 aria-pressed:text-amber-900 dark:hover:bg-slate-800 dark:aria-pressed:bg-amber-900/60 dark:aria-pressed:text-amber-100">
          {flagged ? "Flagged weak" : "Flag weak"} <kbd className="text-xs opacity-80">F</kbd>
        </button>
        <button type="button" onClick={actions.note} aria-keyshortcuts="N" className="min-h-11 rounded-lg px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
          {note ? "Edit note" : "Add note"} <kbd className="text-xs opacity-80">N</kbd>
        </button>
        <button type="button" onClick={actions.skip} aria-keyshortcuts="S" className="min-h-11 rounded-lg px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
          Skip <kbd className="text-xs opacity-80">S</kbd>
        </button>
        <button type="button" onClick={actions.undo} disabled={session.results.length === 0} aria-keyshortcuts="U Control+Z" className="min-h-11 rounded-lg px-3 py-2 hover:bg-slate-100 disabled:opacity-50 dark:hover:bg-slate-800">
          Undo <kbd className="text-xs opacity-80">U</kbd>
        </button>
      </div>

      <div className="fixed inset-x-0 bottom-0 border-t border-slate-200 bg-white/95 p-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur sm:static sm:border-0 sm:bg-transparent sm:p-0 dark:border-slate-700 dark:bg-[#0b1120]/95 sm:dark:bg-transparent">
        <div className="mx-auto max-w-2xl">
          <GradeBar flipped={session.flipped} intervals={intervals} onFlip={actions.flip} onGrade={actions.grade} />
        </div>
      </div>

      {cardId && <NoteDialog open={noteOpen} cardPrompt={card?.prompt ?? ""} initial={note} cardId={cardId} onClose={() => setNoteOpen(false)} />}
      <KeyboardHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}

function EmptyDeck({ mode, ids, selection }: { mode: Selection["mode"]; ids: string[]; selection: Selection }) {
  const progress = useProgressStore((s) => s.progress);
  const now = useNow();
  const next = nextDueAt(ids, selectCardStates(progress));
  const shuffle = drillHref({ ...selection, mode: "shuffle", seed: null });
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      {mode === "due" ? (
        <>
          <h1 className="text-2xl font-bold">Nothing is due</h1>
          <p className="text-slate-700 dark:text-slate-300">{next ? `The next review is due ${formatWhen(next, now)}.` : "You have reviewed nothing here yet, and new cards are set to 0 per session."}</p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">No weak questions</h1>
          <p className="text-slate-700 dark:text-slate-300">Nothing here is flagged, missed lately or fading. Drill the full deck instead?</p>
        </>
      )}
      <p className="flex justify-center gap-3">
        <Link href={shuffle} className="rounded-lg bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
          {mode === "due" ? "Shuffle the deck" : "Drill the full deck"}
        </Link>
        <Link href="/" className="rounded-lg px-4 py-2 font-semibold underline-offset-4 hover:underline">
          Back to topics
        </Link>
      </p>
    </div>
  );
}
