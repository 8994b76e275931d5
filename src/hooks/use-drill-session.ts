import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
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
import { type Rating, previewIntervals, weakCards } from "@/lib/srs";
import { useProgressStore } from "@/stores/progress-store";
import { selectCardStates } from "@/stores/selectors";

function weakNow(ids: readonly string[], now: number) {
  const { progress } = useProgressStore.getState();
  return weakCards(ids, selectCardStates(progress), progress.flags, progress.log, now);
}

/** The deck of a selection, drawn from the store's schedule at `now`. */
export function drawQueue(selection: Selection, ids: readonly string[], now: number, topicOf?: (cardId: string) => string) {
  const { progress } = useProgressStore.getState();
  const weak = weakNow(ids, now);
  const queue = buildQueue(selection.mode, ids, {
    seed: selection.seed ?? "",
    states: selectCardStates(progress),
    weak,
    now,
    newLimit: progress.settings.value.newPerSession,
    rolloverHour: progress.settings.value.rolloverHour,
    mock: selection.mock,
    topicOf,
  });
  return { queue, weak };
}

/**
 * A drill session's state and actions: the deck is drawn once, when the session starts (grading
 * does not reshuffle it); grades, undo and flags go through the progress store.
 */
export function useDrillSession({ selection, cards, exitHref, now }: { selection: Selection; cards: DrillCard[]; exitHref: string; now: number }) {
  const router = useRouter();
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const ids = useMemo(() => cards.map((c) => c.id), [cards]);
  const [initial] = useState(() => {
    const t = Date.now();
    const { queue, weak } = drawQueue(selection, ids, t);
    return { session: startSession(queue, t), weak };
  });
  const [session, setSession] = useState<Session>(initial.session);
  const [weakBefore, setWeakBefore] = useState(initial.weak);
  const [noteOpen, setNoteOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const progress = useProgressStore((s) => s.progress);
  const grade = useProgressStore((s) => s.grade);
  const undoReview = useProgressStore((s) => s.undo);
  const toggleFlag = useProgressStore((s) => s.toggleFlag);
  const states = selectCardStates(progress);
  const cardId = currentCard(session);
  const card = cardId ? byId.get(cardId) : undefined;
  const finished = isFinished(session);

  const intervals = useMemo(() => {
    if (!cardId || !session.flipped) return null;
    const preview = previewIntervals(states.get(cardId), now, { desiredRetention: progress.settings.value.desiredRetention });
    return { 1: preview[1].label, 2: preview[2].label, 3: preview[3].label, 4: preview[4].label } as Record<Rating, string>;
  }, [cardId, session.flipped, states, progress.settings.value.desiredRetention, now]);

  const gradeWith = (rating: Rating) => {
    if (!cardId || !session.flipped) return;
    const at = Date.now();
    const entry = grade(cardId, rating, selection.mode, at, timeOnCard(session, at));
    setSession((s) => gradeCurrent(s, rating, entry.id, entry.at, { requeueAgain: selection.mode === "due" }));
  };
  const actions = {
    flip: () => setSession((s) => flip(s)),
    grade: gradeWith,
    grade1: () => gradeWith(1),
    grade2: () => gradeWith(2),
    grade3: () => gradeWith(3),
    grade4: () => gradeWith(4),
    undo: () => {
      const { session: back, entryId } = undoGrade(session, Date.now());
      if (!entryId) return;
      undoReview(entryId);
      setSession(back);
    },
    skip: () => setSession((s) => skip(s, Date.now())),
    flag: () => {
      if (cardId) toggleFlag(cardId);
    },
    note: () => {
      if (cardId) setNoteOpen(true);
    },
    help: () => setHelpOpen(true),
    leave: () => router.push(exitHref),
    reshuffle: () => router.push(drillHref({ ...selection, seed: newSeed(Math.random) })),
  };

  // The end of the deck is fixed (the last grade or skip stamped cardStartedAt), so the summary is
  // computed once, not on every tick of the card timer.
  const summary = useMemo(
    () => (finished ? summarize(session, weakBefore, weakNow(ids, session.cardStartedAt), states, session.cardStartedAt) : null),
    [finished, session, weakBefore, ids, states],
  );
  const drillMissed = (missed: string[]) => {
    const t = Date.now();
    setWeakBefore(weakNow(ids, t));
    setSession(startSession(missed, t));
  };

  return {
    session,
    card,
    cardId,
    finished,
    summary,
    intervals,
    flagged: cardId ? isFlagged(progress, cardId) : false,
    note: cardId ? noteOf(progress, cardId) : "",
    noteOpen,
    closeNote: () => setNoteOpen(false),
    helpOpen,
    closeHelp: () => setHelpOpen(false),
    actions,
    drillMissed,
  };
}
