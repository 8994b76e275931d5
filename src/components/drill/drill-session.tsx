"use client";

import dynamic from "next/dynamic";
import { useEffect, useMemo, useRef, useState } from "react";
import { useCardAnswers } from "@/hooks/use-card-answers";
import { useDrillSession } from "@/hooks/use-drill-session";
import { keyMapOf, useKeyboard } from "@/hooks/use-keyboard";
import { useNow } from "@/hooks/use-now";
import type { DrillCard } from "@/lib/drill/deck-data";
import type { Selection } from "@/lib/drill/models";
import type { DrillStore } from "@/stores/views/drill-store";
import { CardBack, CardFront } from "@/components/drill/card-faces";
import { DRILL_KEYS } from "@/components/drill/drill-keys";
import { DrillProgress } from "@/components/drill/drill-progress";
import { DrillToolbar } from "@/components/drill/drill-toolbar";
import { FlipCard } from "@/components/drill/flip-card";
import { GradeBar } from "@/components/drill/grade-bar";
import { formatClock } from "@/components/ui/time-format";

// The keyboard help and the note dialog open on a key or a button, never in the first paint: their
// code loads just after the page's (they stay mounted, closed, as before).
const KeyboardHelp = dynamic(() => import("@/components/drill/keyboard-help").then((m) => m.KeyboardHelp), { ssr: false });
const NoteDialog = dynamic(() => import("@/components/drill/note-dialog").then((m) => m.NoteDialog), { ssr: false });

// The end-of-deck summary is shown once per deck: loaded when the deck is finished, not with the page.
const DeckSummary = dynamic(() => import("@/components/drill/deck-summary").then((m) => m.DeckSummary), {
  ssr: false,
  loading: () => (
    <p className="py-16 text-center text-slate-600 dark:text-slate-400" aria-live="polite">
      Adding up your deck…
    </p>
  ),
});

// Only an empty due or weak deck shows this, and it reads the schedule: loaded when needed.
const EmptyDeck = dynamic(() => import("@/components/drill/empty-deck").then((m) => m.EmptyDeck), { ssr: false });

interface DrillSessionProps {
  title: string;
  selection: Selection;
  cards: DrillCard[];
  store: DrillStore | null; // stored progress, once read (a shuffled deck starts without it)
  exitHref: string;
}

const SMALL = "min-h-11 rounded-lg px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800";

/** A flip-card drill: the layout of a session whose state lives in useDrillSession. */
export function DrillSession({ title, selection, cards, store, exitHref }: DrillSessionProps) {
  const now = useNow(1000);
  const d = useDrillSession({ selection, cards, store, exitHref, now });
  const { session, card, actions } = d;
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  // This card's answer, and the next card's fetched while this one is read.
  const answers = useCardAnswers(byId, [d.cardId, session.queue[session.index + 1]]);
  // The back is drawn from the card's first flip on (and kept while it turns back): a hidden answer
  // painted behind the question would be the page's largest paint, and cost a render up front.
  const [backFor, setBackFor] = useState<string | null>(null);
  if (session.flipped && d.cardId && backFor !== d.cardId) setBackFor(d.cardId);
  const liveRef = useRef<HTMLParagraphElement>(null);
  // No enabled flag for the dialogs: useKeyboard ignores keys while any modal dialog is open, and
  // is live again the moment it closes (a flag would wait for a re-render and drop a quick Esc).
  useKeyboard(keyMapOf(DRILL_KEYS, actions));

  const total = session.queue.length;
  const announcement = d.finished ? "Deck finished." : session.flipped ? "Answer shown." : `Question ${Math.min(session.index + 1, total)} of ${total}.`;
  useEffect(() => {
    if (liveRef.current) liveRef.current.textContent = announcement;
  }, [announcement]);
  const prompts = useMemo(() => new Map(cards.map((c) => [c.id, c.prompt])), [cards]);

  if (total === 0) return <EmptyDeck ids={cards.map((c) => c.id)} selection={selection} />;
  if (d.finished && !d.summary) {
    return (
      <p className="py-16 text-center text-slate-600 dark:text-slate-400" aria-live="polite">
        Loading your progress…
      </p>
    );
  }
  if (d.summary) {
    const summary = d.summary;
    return (
      <DeckSummary title={title} summary={summary} prompts={prompts} exitHref={exitHref} now={session.cardStartedAt} onDrillMissed={() => d.drillMissed(summary.missed)} />
    );
  }

  return (
    // data-progress: "loading" until stored progress is read (the card shows and flips before), then "ready".
    <div className="mx-auto flex max-w-2xl flex-col gap-4 pb-40 sm:pb-8" data-progress={d.ready ? "ready" : "loading"}>
      <p ref={liveRef} aria-live="polite" className="sr-only" />
      <DrillToolbar title={title} exitHref={exitHref} onHelp={actions.help} onReshuffle={selection.mode !== "due" ? actions.reshuffle : undefined} />
      <DrillProgress
        index={session.index}
        total={total}
        clock={
          <span className="tabular-nums" title="Time on this card">
            <span className="sr-only">Time on this card: </span>
            {formatClock(now - session.cardStartedAt)}
          </span>
        }
      />

      {card && (
        // One card element per card: the next card's question shows at once, not after the last
        // answer turns back over it (300 ms of 3D frames with the old answer on the far side).
        <FlipCard
          key={card.id}
          flipped={session.flipped}
          onFlip={actions.flip}
          onSwipe={(dir) => actions.grade(dir === "right" ? 3 : 1)}
          front={<CardFront card={card} hint="Tap or press Space to see the answer" />}
          back={backFor === card.id ? <CardBack card={card} answer={answers.get(card.id)} onRetry={() => answers.retry(card.id)} note={d.note} /> : null}
        />
      )}

      <div className="flex flex-wrap justify-center gap-1 text-sm">
        <button type="button" onClick={actions.flag} aria-pressed={d.flagged} aria-keyshortcuts="F" className={`${SMALL} aria-pressed:bg-amber-100 aria-pressed:text-amber-900 dark:aria-pressed:bg-amber-900/60 dark:aria-pressed:text-amber-100`}>
          {d.flagged ? "Flagged weak" : "Flag weak"} <kbd className="text-xs opacity-80">F</kbd>
        </button>
        <button type="button" onClick={actions.note} aria-keyshortcuts="N" className={SMALL}>
          {d.note ? "Edit note" : "Add note"} <kbd className="text-xs opacity-80">N</kbd>
        </button>
        <button type="button" onClick={actions.skip} aria-keyshortcuts="S" className={SMALL}>
          Skip <kbd className="text-xs opacity-80">S</kbd>
        </button>
        <button type="button" onClick={actions.undo} disabled={session.results.length === 0} aria-keyshortcuts="U Control+Z" className={`${SMALL} disabled:opacity-50`}>
          Undo <kbd className="text-xs opacity-80">U</kbd>
        </button>
      </div>

      {!d.saves && (
        <p role="status" data-testid="not-saved" className="text-center text-sm text-slate-700 dark:text-slate-300">
          Stored progress cannot be used in this tab: your grades count for this drill but will not be saved.
        </p>
      )}
      {d.waiting > 0 && (
        <p role="status" className="text-center text-sm text-slate-700 dark:text-slate-300">
          Loading your progress: your {d.waiting === 1 ? "key" : `${d.waiting} keys`} will apply in a moment.
        </p>
      )}

      <div className="fixed inset-x-0 bottom-0 border-t border-slate-200 bg-white p-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:static sm:border-0 sm:bg-transparent sm:p-0 dark:border-slate-700 dark:bg-[#0b1120] sm:dark:bg-transparent">
        <div className="mx-auto max-w-2xl">
          <GradeBar flipped={session.flipped} intervals={d.intervals} onFlip={actions.flip} onGrade={actions.grade} />
        </div>
      </div>

      {d.cardId && <NoteDialog open={d.noteOpen} cardPrompt={card?.prompt ?? ""} initial={d.note} onSave={d.saveNote} onClose={d.closeNote} />}
      <KeyboardHelp open={d.helpOpen} onClose={d.closeHelp} keys={DRILL_KEYS} touchHint="On a touch screen: tap the card to flip it, swipe right for Good and left for Again." />
    </div>
  );
}
