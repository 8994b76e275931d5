import type { CardState, Rating, WeakCard } from "@/lib/srs";
import type { Session, SessionSummary } from "./models";

/*
 * A session's state machine: plain data and pure steps, with no scheduler in it, so a drill can
 * show and flip its first card while the progress layer is still loading (see ./order.ts).
 */

export function startSession(queue: readonly string[], now: number): Session {
  return { queue: [...queue], index: 0, flipped: false, results: [], skipped: [], startedAt: now, cardStartedAt: now };
}

export const isFinished = (s: Session): boolean => s.index >= s.queue.length;
export const currentCard = (s: Session): string | null => s.queue[s.index] ?? null;

export function flip(s: Session): Session {
  return isFinished(s) ? s : { ...s, flipped: !s.flipped };
}

/** How long the current card has been shown at `now` (ms): the answer time a grade records. */
export function timeOnCard(s: Session, now: number): number {
  return Math.max(0, Math.round(now - s.cardStartedAt));
}

/** How many times one card may come round in a session when it keeps being graded Again. */
export const MAX_SHOWINGS = 3;

/**
 * Records a grade for the current card (only once its answer was seen) and moves on. With
 * `requeueAgain` (the due deck, as in Anki's learning steps), a card graded Again comes back at the
 * end of the queue, at most MAX_SHOWINGS times in all.
 */
export function gradeCurrent(s: Session, rating: Rating, entryId: string, now: number, opts: { requeueAgain?: boolean } = {}): Session {
  const cardId = currentCard(s);
  if (cardId === null || !s.flipped) return s;
  const showings = s.queue.filter((id) => id === cardId).length;
  const requeued = opts.requeueAgain === true && rating === 1 && showings < MAX_SHOWINGS;
  const result = { cardId, rating, entryId, index: s.index, ms: timeOnCard(s, now), requeued };
  return {
    ...s,
    queue: requeued ? [...s.queue, cardId] : s.queue,
    results: [...s.results, result],
    index: s.index + 1,
    flipped: false,
    cardStartedAt: now,
  };
}

export function skip(s: Session, now: number): Session {
  if (isFinished(s)) return s;
  return { ...s, skipped: [...s.skipped, s.index], index: s.index + 1, flipped: false, cardStartedAt: now };
}

/** Takes back the last grade: back to that card, answer showing, and the entry id to remove. */
export function undoGrade(s: Session, now: number): { session: Session; entryId: string | null } {
  const last = s.results[s.results.length - 1];
  if (!last) return { session: s, entryId: null };
  // An Again that re-queued the card also takes that extra showing back (it is the last one).
  const queue = last.requeued ? s.queue.filter((_, i) => i !== s.queue.lastIndexOf(last.cardId)) : s.queue;
  return {
    session: {
      ...s,
      queue,
      results: s.results.slice(0, -1),
      skipped: s.skipped.filter((i) => i < last.index),
      index: last.index,
      flipped: true,
      cardStartedAt: now - last.ms,
    },
    entryId: last.entryId,
  };
}

export function summarize(
  s: Session,
  weakBefore: readonly WeakCard[],
  weakAfter: readonly WeakCard[],
  states: ReadonlyMap<string, CardState>,
  now: number,
): SessionSummary {
  const byRating: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const r of s.results) byRating[r.rating]++;
  const graded = new Set(s.results.map((r) => r.cardId));
  const before = new Set(weakBefore.map((w) => w.cardId));
  let nextDue: number | null = null;
  for (const id of graded) {
    const due = states.get(id)?.due;
    if (due !== undefined && (nextDue === null || due < nextDue)) nextDue = due;
  }
  return {
    graded: graded.size,
    byRating,
    skipped: s.skipped.length,
    missed: [...new Set(s.results.filter((r) => r.rating <= 2).map((r) => r.cardId))],
    becameWeak: weakAfter.map((w) => w.cardId).filter((id) => graded.has(id) && !before.has(id)),
    timeMs: Math.max(0, now - s.startedAt),
    nextDue,
  };
}
