import type { CardReviewInput, CardState, FlagLike, Rating, WeakCard, WeakReason } from "./models";
import { type PreparedScheduler, compareReviews, prepareScheduler, retrievability } from "./scheduler";

/** Lapses from which a card counts as weak. */
export const WEAK_LAPSES = 2;
/** Recall probability below which a reviewed card counts as weak. */
export const WEAK_RETRIEVABILITY = 0.7;

/** Every reason, in the order they are reported. */
export const WEAK_REASONS: readonly WeakReason[] = [
  "flagged",
  "last-again",
  "last-hard",
  "lapses",
  "low-retrievability",
];

const REASON_TEXT: Record<WeakReason, string> = {
  flagged: "You flagged it",
  "last-again": "Last graded Again",
  "last-hard": "Last graded Hard",
  lapses: `Forgotten ${WEAK_LAPSES} or more times`,
  "low-retrievability": "Probably forgotten by now",
};

export function describeWeakReason(reason: WeakReason): string {
  return REASON_TEXT[reason];
}

/** Each card's newest rating by (at, id), in one pass over the log. */
function lastRatings(log: readonly CardReviewInput[]): Map<string, CardReviewInput> {
  const last = new Map<string, CardReviewInput>();
  for (const entry of log) {
    const seen = last.get(entry.cardId);
    if (!seen || compareReviews(entry, seen) > 0) last.set(entry.cardId, entry);
  }
  return last;
}

function reasonsFor(
  flagged: boolean,
  lastRating: Rating | undefined,
  state: CardState | undefined,
  now: number,
  curve: PreparedScheduler,
): WeakReason[] {
  const reasons: WeakReason[] = [];
  if (flagged) reasons.push("flagged");
  if (lastRating === 1) reasons.push("last-again");
  if (lastRating === 2) reasons.push("last-hard");
  if (state && state.lapses >= WEAK_LAPSES) reasons.push("lapses");
  if (state && retrievability(state, now, curve) < WEAK_RETRIEVABILITY) reasons.push("low-retrievability");
  return reasons;
}

/**
 * The cards that can be weak at all: those flagged or reviewed (every reason needs a flag or a
 * review), so a list of weak cards only needs these cards' topics loaded.
 */
export function weakCandidates(flags: Readonly<Record<string, FlagLike | undefined>>, log: readonly CardReviewInput[]): Set<string> {
  const ids = new Set<string>(log.map((e) => e.cardId));
  for (const [id, f] of Object.entries(flags)) if (f?.value === true) ids.add(id);
  return ids;
}

/**
 * Weak cards among `cardIds` with the reasons the UI shows. Most reasons first; ties keep the
 * given (bank) order. `log` is the live log (undone reviews already removed).
 */
export function weakCards(
  cardIds: readonly string[],
  states: ReadonlyMap<string, CardState>,
  flags: Readonly<Record<string, FlagLike | undefined>>,
  log: readonly CardReviewInput[],
  now: number,
  weights?: readonly number[], // the applied fitted parameters (absent: the defaults)
): WeakCard[] {
  const last = lastRatings(log);
  return weakCardsByLastRating(cardIds, states, flags, (cardId) => last.get(cardId)?.rating, now, weights);
}

/** weakCards with each card's newest rating given (a lazily decoded log's columns know it without entries). */
export function weakCardsByLastRating(
  cardIds: readonly string[],
  states: ReadonlyMap<string, CardState>,
  flags: Readonly<Record<string, FlagLike | undefined>>,
  lastRating: (cardId: string) => Rating | undefined,
  now: number,
  weights?: readonly number[], // the applied fitted parameters (absent: the defaults)
): WeakCard[] {
  const curve = prepareScheduler({ weights });
  const weak: WeakCard[] = [];
  for (const cardId of cardIds) {
    const flagged = Object.hasOwn(flags, cardId) && flags[cardId]?.value === true;
    const reasons = reasonsFor(flagged, lastRating(cardId), states.get(cardId), now, curve);
    if (reasons.length > 0) weak.push({ cardId, reasons });
  }
  // Array.prototype.sort is stable, so equal counts keep bank order.
  return weak.sort((a, b) => b.reasons.length - a.reasons.length);
}
