import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useMemo, useState } from "react";
import type { DrillAction } from "@/components/drill/drill-keys";
import type { DrillCard } from "@/lib/drill/deck-data";
import { orderWithoutProgress } from "@/lib/drill/order";
import { drillHref, newSeed } from "@/lib/drill/selection";
import { currentCard, flip, gradeCurrent, isFinished, skip, startSession, summarize, timeOnCard, undoGrade } from "@/lib/drill/session";
import type { Selection, Session } from "@/lib/drill/models";
import type { ReviewMode } from "@/lib/progress/models";
import type { CardState, Rating, WeakCard } from "@/lib/srs/models";

/**
 * What a drill needs from stored progress, handed over by DrillStoreBridge once the store is read
 * (until then a shuffled deck already shows and flips its cards).
 */
export interface DrillStore {
  states: ReadonlyMap<string, CardState>;
  grade(cardId: string, rating: Rating, mode: ReviewMode, at: number, ms: number): { id: string; at: number };
  undo(entryId: string): void;
  toggleFlag(cardId: string): void;
  setNote(cardId: string, text: string): void;
  flagged(cardId: string): boolean;
  note(cardId: string): string;
  intervals(cardId: string, now: number): Record<Rating, string>;
  weakNow(ids: readonly string[], now: number): WeakCard[];
  drawQueue(selection: Selection, ids: readonly string[], now: number): string[];
}

/** Actions that change stored progress (or show it): they wait for the store. */
const NEEDS_STORE: ReadonlySet<DrillAction> = new Set(["grade1", "grade2", "grade3", "grade4", "undo", "flag", "note"]);

const GRADE_OF = { grade1: 1, grade2: 2, grade3: 3, grade4: 4 } as const;

/**
 * A drill session's state and actions. The deck is drawn once, when the session starts (grading
 * does not reshuffle it): a shuffle from the seed alone, a due or weak deck from the store (the
 * caller mounts those only once `store` is there). Until the store is read, the card shows and
 * flips; a grade, undo, flag or note pressed meanwhile waits in order (and so does every action
 * after it), and runs the moment the store arrives: nothing is dropped or applied to another card.
 */
export function useDrillSession({ selection, cards, store, exitHref, now }: { selection: Selection; cards: DrillCard[]; store: DrillStore | null; exitHref: string; now: number }) {
  const router = useRouter();
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const ids = useMemo(() => cards.map((c) => c.id), [cards]);
  const [session, setSession] = useState<Session>(() => {
    const t = Date.now();
    return startSession(orderWithoutProgress(selection, ids) ?? store?.drawQueue(selection, ids, t) ?? [], t);
  });
  // The weak cards before this session's first grade (the summary's "became weak"), once the store is read.
  const [weakBefore, setWeakBefore] = useState<WeakCard[] | null>(() => store?.weakNow(ids, Date.now()) ?? null);
  const [pending, setPending] = useState<DrillAction[]>([]);
  const [noteOpen, setNoteOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const cardId = currentCard(session);
  const card = cardId ? byId.get(cardId) : undefined;
  const finished = isFinished(session);

  const intervals = useMemo(() => (store && cardId && session.flipped ? store.intervals(cardId, now) : null), [store, cardId, session.flipped, now]);

  const gradeWith = (live: DrillStore, rating: Rating) => {
    if (!cardId || !session.flipped) return;
    const at = Date.now();
    const entry = live.grade(cardId, rating, selection.mode, at, timeOnCard(session, at));
    setSession((s) => gradeCurrent(s, rating, entry.id, entry.at, { requeueAgain: selection.mode === "due" }));
  };

  /** Runs an action now; those needing the store get it passed in (see `act`). */
  const run = (action: DrillAction, live: DrillStore | null) => {
    if (action === "flip") return setSession((s) => flip(s));
    if (action === "skip") return setSession((s) => skip(s, Date.now()));
    if (action === "help") return setHelpOpen(true);
    if (action === "leave") return router.push(exitHref);
    if (!live) return;
    if (action === "undo") {
      const { session: back, entryId } = undoGrade(session, Date.now());
      if (!entryId) return;
      live.undo(entryId);
      setSession(back);
    } else if (action === "flag") {
      if (cardId) live.toggleFlag(cardId);
    } else if (action === "note") {
      if (cardId) setNoteOpen(true);
    } else gradeWith(live, GRADE_OF[action]);
  };

  // The weak cards before the first grade, read when the store arrives (before any waiting grade runs).
  if (store && weakBefore === null) setWeakBefore(store.weakNow(ids, session.startedAt));

  // Once the store is read, the actions that waited run one per commit, in order, each on the
  // session the previous one left (a grade writes to the store, so it runs after the commit, not
  // in a render; a replaced effect cancels its run, so none runs twice).
  const replayNext = useEffectEvent((live: DrillStore) => {
    const [next, ...rest] = pending;
    if (next === undefined) return;
    setPending(rest);
    run(next, live);
  });
  useEffect(() => {
    if (!store || weakBefore === null || pending.length === 0) return;
    let current = true;
    void Promise.resolve().then(() => {
      if (current) replayNext(store);
    });
    return () => {
      current = false;
    };
  }, [store, weakBefore, pending]);

  /** Help and leave run at once; the rest keep their order behind anything still waiting. */
  const act = (action: DrillAction) => {
    if (action === "help" || action === "leave") return run(action, store);
    if (pending.length > 0 || (!store && NEEDS_STORE.has(action))) return setPending((p) => [...p, action]);
    run(action, store);
  };
  const actions = {
    flip: () => act("flip"),
    grade: (rating: Rating) => act(`grade${rating}`),
    grade1: () => act("grade1"),
    grade2: () => act("grade2"),
    grade3: () => act("grade3"),
    grade4: () => act("grade4"),
    undo: () => act("undo"),
    skip: () => act("skip"),
    flag: () => act("flag"),
    note: () => act("note"),
    help: () => act("help"),
    leave: () => act("leave"),
    reshuffle: () => router.push(drillHref({ ...selection, seed: newSeed(Math.random) })),
  };

  // The end of the deck is fixed (the last grade or skip stamped cardStartedAt), so the summary is
  // computed once, not on every tick of the card timer; it needs the store (a deck skipped through
  // before the store is read waits for it).
  const summary = useMemo(
    () => (finished && store && weakBefore ? summarize(session, weakBefore, store.weakNow(ids, session.cardStartedAt), store.states, session.cardStartedAt) : null),
    [finished, session, weakBefore, ids, store],
  );
  const drillMissed = (missed: string[]) => {
    const t = Date.now();
    if (store) setWeakBefore(store.weakNow(ids, t));
    setSession(startSession(missed, t));
  };

  return {
    session,
    card,
    cardId,
    finished,
    summary,
    intervals,
    ready: store !== null,
    waiting: pending.length,
    flagged: store && cardId ? store.flagged(cardId) : false,
    note: store && cardId ? store.note(cardId) : "",
    saveNote: (text: string) => {
      if (store && cardId) store.setNote(cardId, text);
    },
    noteOpen,
    closeNote: () => setNoteOpen(false),
    helpOpen,
    closeHelp: () => setHelpOpen(false),
    actions,
    drillMissed,
  };
}
