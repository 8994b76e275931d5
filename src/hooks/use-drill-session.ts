import { useRouter } from "next/navigation";
import { useEffectEvent, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { DrillCard } from "@/lib/drill/deck-data";
import type { DrillAction, Selection, Session } from "@/lib/drill/models";
import { orderWithoutProgress } from "@/lib/drill/order";
import { drillHref, newSeed } from "@/lib/drill/selection";
import { currentCard, flip, gradeCurrent, isFinished, skip, startSession, summarize, timeOnCard, undoGrade } from "@/lib/drill/session";
import type { Rating, WeakCard } from "@/lib/srs/models";
import type { DrillStore } from "@/stores/views/drill-store";

/** Actions that change stored progress (or show it): they wait for the store. */
const NEEDS_STORE: ReadonlySet<DrillAction> = new Set(["grade1", "grade2", "grade3", "grade4", "undo", "flag", "note"]);

const GRADE_OF = { grade1: 1, grade2: 2, grade3: 3, grade4: 4 } as const;

/**
 * A drill session's state and actions. The deck is drawn once, when the session starts (grading
 * does not reshuffle it): a shuffle from the seed alone, a due or weak deck from the store (the
 * caller mounts those only once `store` is there). Until the store is read, the card shows and
 * flips; a grade, undo, flag or note pressed meanwhile waits in order (and so does every action
 * after it), and runs the moment the store arrives: nothing is dropped or applied to another card.
 *
 * Keys can come faster than React renders (a burst, or keys queued behind the store's first read
 * on a slow phone), so actions read and write the session, the store and the waiting keys through
 * refs, each acting on what the previous one left, never on the state of the last render.
 */
export function useDrillSession({ selection, cards, store, exitHref, now }: { selection: Selection; cards: DrillCard[]; store: DrillStore | null; exitHref: string; now: number }) {
  const router = useRouter();
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const ids = useMemo(() => cards.map((c) => c.id), [cards]);
  const [session, setSession] = useState<Session>(() => {
    const t = Date.now();
    return startSession(orderWithoutProgress(selection, ids) ?? store?.drawQueue(selection, ids, t) ?? [], t);
  });
  const live = useRef(session); // the session as the last action left it (the render catches up)
  const liveStore = useRef<DrillStore | null>(null); // the store as committed (set before paint)
  const waitingKeys = useRef<DrillAction[]>([]);
  const noteShown = useRef(false); // waiting keys stay waiting while the note dialog they opened is open
  const [waiting, setWaiting] = useState(0);
  // The weak cards before this session's first grade (the summary's "became weak"), once the store is read.
  const [weakBefore, setWeakBefore] = useState<WeakCard[] | null>(() => store?.weakNow(ids, Date.now()) ?? null);
  const [noteOpen, setNoteOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const cardId = currentCard(session);
  const card = cardId ? byId.get(cardId) : undefined;
  const finished = isFinished(session);

  // The buttons preview the grades as of the moment the answer was shown, not as the clock ticks:
  // ts-fsrs seeds its fuzz with the review time, so a preview at each second's `now` showed Easy as
  // 7d, 9d, 8d, 10d in turn on a new card.
  const previewKey = `${session.index}:${cardId}:${session.flipped}`;
  const [previewFrom, setPreviewFrom] = useState({ key: previewKey, at: now });
  if (previewFrom.key !== previewKey) setPreviewFrom({ key: previewKey, at: now });
  const previewAt = previewFrom.key === previewKey ? previewFrom.at : now;
  const intervals = useMemo(() => (store && cardId && session.flipped ? store.intervals(cardId, previewAt) : null), [store, cardId, session.flipped, previewAt]);

  const update = (next: Session) => {
    live.current = next;
    setSession(next);
  };

  const gradeWith = (s: DrillStore, rating: Rating) => {
    const current = live.current;
    const id = currentCard(current);
    if (!id || !current.flipped) return;
    // Keys that waited for the store run within one millisecond: each grade still comes after the
    // previous one (the card's start), so the log keeps the order they were pressed in.
    const at = Math.max(Date.now(), current.cardStartedAt + 1);
    const entry = s.grade(id, rating, selection.mode, at, timeOnCard(current, at));
    update(gradeCurrent(current, rating, entry.id, entry.at, { requeueAgain: selection.mode === "due" }));
  };

  /** Runs an action now, on the session the previous action left; those needing the store get it passed in. */
  const run = (action: DrillAction, s: DrillStore | null) => {
    if (action === "flip") return update(flip(live.current));
    if (action === "skip") return update(skip(live.current, Date.now()));
    if (action === "help") return setHelpOpen(true);
    if (action === "leave") return router.push(exitHref);
    if (!s) return;
    const id = currentCard(live.current);
    if (action === "undo") {
      const { session: back, entryId } = undoGrade(live.current, Date.now());
      if (!entryId) return;
      s.undo(entryId);
      update(back);
    } else if (action === "flag") {
      if (id) s.toggleFlag(id);
    } else if (action === "note") {
      if (!id) return;
      noteShown.current = true;
      setNoteOpen(true);
    } else gradeWith(s, GRADE_OF[action]);
  };

  // The weak cards before the first grade, read when the store arrives (before any waiting grade runs).
  if (store && weakBefore === null) setWeakBefore(store.weakNow(ids, session.startedAt));

  // Before paint, after every commit: the store the keys see is the committed one, and the keys that
  // waited for it run in order, each on the session the previous one left (a grade writes to the
  // store, so this runs in the commit, not in a render).
  const runWaiting = useEffectEvent(() => {
    const s = liveStore.current;
    if (!s || waitingKeys.current.length === 0) return;
    while (waitingKeys.current.length > 0 && !noteShown.current) run(waitingKeys.current.shift()!, s);
    setWaiting(waitingKeys.current.length);
  });
  useLayoutEffect(() => {
    liveStore.current = weakBefore === null ? null : store;
  });
  useLayoutEffect(() => runWaiting(), [store, weakBefore, noteOpen]);

  /** Help and leave run at once; the rest keep their order behind anything still waiting. */
  const act = (action: DrillAction) => {
    if (action === "help" || action === "leave") return run(action, liveStore.current);
    if (waitingKeys.current.length > 0 || (!liveStore.current && NEEDS_STORE.has(action))) {
      waitingKeys.current.push(action);
      setWaiting(waitingKeys.current.length);
      return;
    }
    run(action, liveStore.current);
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
    update(startSession(missed, t));
  };

  return {
    session,
    card,
    cardId,
    finished,
    summary,
    intervals,
    ready: store !== null,
    /** False when grades stay in this tab (the store cannot be written): the drill says so. */
    saves: store?.saves ?? true,
    waiting,
    flagged: store && cardId ? store.flagged(cardId) : false,
    note: store && cardId ? store.note(cardId) : "",
    saveNote: (text: string) => {
      if (store && cardId) store.setNote(cardId, text);
    },
    noteOpen,
    closeNote: () => {
      noteShown.current = false;
      setNoteOpen(false);
    },
    helpOpen,
    closeHelp: () => setHelpOpen(false),
    actions,
    drillMissed,
  };
}
