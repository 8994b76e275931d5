import { DEFAULT_ROLLOVER_HOUR, nextDayStart } from "./days";
import type { CardState, QueueOptions, TopicCounts } from "./models";
import { prepareScheduler, retrievability } from "./scheduler";

export const DEFAULT_NEW_LIMIT = 20;

/**
 * A review card counts as mastered once FSRS thinks it survives three weeks at 90% recall,
 * which matches Anki's "mature" threshold (21-day interval).
 */
export const MASTERED_STABILITY_DAYS = 21;

/** Card states by card id, as replayAll returns them; a missing id is a new card. */
export type StateLookup = ReadonlyMap<string, CardState>;

function isLearningPhase(state: CardState): boolean {
  return state.phase === "learning" || state.phase === "relearning";
}

/** Cards never reviewed, in the given (bank) order, at most `limit`. */
export function newCards(
  cardIds: readonly string[],
  states: StateLookup,
  limit: number = Number.POSITIVE_INFINITY,
): string[] {
  const out: string[] = [];
  for (const id of cardIds) {
    if (out.length >= limit) break;
    if (!states.has(id)) out.push(id);
  }
  return out;
}

interface Ranked {
  id: string;
  key: number;
  due: number;
  index: number;
}

function byKeyThenDue(a: Ranked, b: Ranked): number {
  return a.key - b.key || a.due - b.due || a.index - b.index;
}

/**
 * How far ahead a learning step is shown, as Anki's "learn ahead limit": a card failed a minute
 * before the day's rollover comes back in that session, not after it.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

/**
 * The study queue for `now`: learning and relearning cards due today or within LEARN_AHEAD_MS
 * (earliest first), then review
 * cards due today (lowest recall probability first, so the most at-risk are seen even if the session
 * is cut short), then up to `newLimit` new cards in bank order.
 */
export function dueQueue(
  cardIds: readonly string[],
  states: StateLookup,
  now: number,
  opts: QueueOptions = {},
): string[] {
  const limit = Math.max(0, opts.newLimit ?? DEFAULT_NEW_LIMIT);
  const dayEnd = nextDayStart(now, opts.rolloverHour ?? DEFAULT_ROLLOVER_HOUR);
  const learning: Ranked[] = [];
  const reviews: Ranked[] = [];
  const curve = prepareScheduler({ weights: opts.weights });
  cardIds.forEach((id, index) => {
    const state = states.get(id);
    if (!state) return;
    if (isLearningPhase(state)) {
      if (state.due < dayEnd || state.due <= now + LEARN_AHEAD_MS) learning.push({ id, key: state.due, due: state.due, index });
      return;
    }
    if (state.due < dayEnd) reviews.push({ id, key: retrievability(state, now, curve), due: state.due, index });
  });
  learning.sort(byKeyThenDue);
  reviews.sort(byKeyThenDue);
  return [
    ...learning.map((r) => r.id),
    ...reviews.map((r) => r.id),
    ...newCards(cardIds, states, limit),
  ];
}

/** Earliest due time among reviewed cards, or null when none has been reviewed. */
export function nextDueAt(cardIds: readonly string[], states: StateLookup): number | null {
  let earliest: number | null = null;
  for (const id of cardIds) {
    const state = states.get(id);
    if (state && (earliest === null || state.due < earliest)) earliest = state.due;
  }
  return earliest;
}

/**
 * Counts for progress lines that cover every card exactly once (they sum to `total`): new (never
 * reviewed), learning (learning or relearning, whatever the due time), due (review cards due
 * before the next day starts), review (review cards not due today and not mastered yet),
 * mastered (review cards not due today with stability >= MASTERED_STABILITY_DAYS).
 */
export function topicCounts(
  cardIds: readonly string[],
  states: StateLookup,
  now: number,
  rolloverHour: number = DEFAULT_ROLLOVER_HOUR,
): TopicCounts {
  const dayEnd = nextDayStart(now, rolloverHour);
  const counts: TopicCounts = { total: cardIds.length, new: 0, learning: 0, due: 0, review: 0, mastered: 0 };
  for (const id of cardIds) {
    const state = states.get(id);
    if (!state) counts.new++;
    else if (isLearningPhase(state)) counts.learning++;
    else if (state.due < dayEnd) counts.due++;
    else if (state.stability >= MASTERED_STABILITY_DAYS) counts.mastered++;
    else counts.review++;
  }
  return counts;
}
