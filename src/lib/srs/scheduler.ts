import { type Card, type FSRS, fsrs, FSRSVersion, generatorParameters, StrategyMode } from "ts-fsrs";

import { formatInterval } from "./format";
import { fromFsrsCard, GRADE_BY_RATING, newFsrsCard, PHASE_BY_STATE, toFsrsCard, withSeed } from "./fsrs-card";
import { cardSeed, seedStrategy } from "./fuzz-seed";
import type {
  CardPhase,
  CardReviewInput,
  CardState,
  IntervalPreview,
  Rating,
  ReviewInput,
  SchedulerOptions,
} from "./models";

export const DEFAULT_DESIRED_RETENTION = 0.9;
export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.99;
export const RATINGS = [1, 2, 3, 4] as const satisfies readonly Rating[];
/** FSRS-6 (ts-fsrs 5, fsrs-rs 5) has 21 parameters. */
export const FSRS_PARAMETER_COUNT = 21;

/** Names the parameters a scheduler runs with: "" for the defaults, else the fitted ones. */
export function weightsKey(weights: readonly number[] | undefined): string {
  const w = usableWeights(weights);
  return w ? w.join(",") : "";
}

export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** Orders reviews by time, then id, so every tab replays a merged log identically. */
export function compareReviews(a: ReviewInput, b: ReviewInput): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  // Code-unit order, not localeCompare: the order must not depend on the runtime's locale.
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

function clampRetention(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return DEFAULT_DESIRED_RETENTION;
  return Math.min(MAX_DESIRED_RETENTION, Math.max(MIN_DESIRED_RETENTION, value));
}

/** The user's fitted parameters when they are usable (FSRS-6 has 21; anything else means defaults). */
function usableWeights(weights: readonly number[] | undefined): readonly number[] | undefined {
  return weights && weights.length === FSRS_PARAMETER_COUNT && weights.every(Number.isFinite) ? weights : undefined;
}

/**
 * ts-fsrs built once for one option set. Building it costs about three recall predictions, so code
 * that schedules or scores many cards prepares one and passes it instead of the options; the caller
 * owns it for as long as its computation lasts (no module-level cache: nothing outlives a call).
 */
export interface PreparedScheduler {
  readonly fsrs: FSRS;
}

/** Options, or a scheduler already prepared from them. */
export type SchedulerLike = SchedulerOptions | PreparedScheduler;

export function prepareScheduler(opts: SchedulerOptions = {}): PreparedScheduler {
  const w = usableWeights(opts.weights);
  const params = { request_retention: clampRetention(opts.desiredRetention), enable_fuzz: opts.fuzz ?? true, ...(w ? { w: [...w] } : {}) };
  const scheduler = fsrs(generatorParameters(params));
  scheduler.useStrategy(StrategyMode.SEED, seedStrategy);
  return { fsrs: scheduler };
}

function schedulerFor(opts: SchedulerLike): FSRS {
  return "fsrs" in opts ? opts.fsrs : prepareScheduler(opts).fsrs;
}

function isSorted(entries: readonly ReviewInput[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    const prev = entries[i - 1];
    const cur = entries[i];
    if (prev && cur && compareReviews(prev, cur) > 0) return false;
  }
  return true;
}

/**
 * Called for each review replayed, with the card's phase just before it (null: the card was new).
 * True retention needs it: only reviews of cards in review phase count.
 */
export type ReplayObserver<T extends ReviewInput> = (entry: T, phaseBefore: CardPhase | null) => void;

/**
 * Names the scheduler's behaviour: a state derived and kept (a checkpoint) under another name must
 * be derived again. Change the suffix when the mapping here (steps, phases) changes.
 */
export const SCHEDULER_ID = `${FSRSVersion}|prepdeck-2`; // 2: fuzz seeded by card (cardSeed), not by review time

/** Replays reviews already in (at, id) order, from `start` (the card's state before them) or new; `seed`: cardSeed of their card. */
function replaySorted<T extends ReviewInput>(entries: readonly T[], scheduler: FSRS, seed: number | undefined, observe?: ReplayObserver<T>, start?: CardState): CardState | undefined {
  let card: Card | undefined = start ? toFsrsCard(start, seed) : undefined;
  let last = start ? start.lastReview : Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    if (!isRating(entry.rating) || !Number.isFinite(entry.at)) continue;
    observe?.(entry, card ? PHASE_BY_STATE[card.state] : null);
    // A clock that went backwards would give ts-fsrs a negative elapsed time; treat it as "same moment".
    const at = Math.max(entry.at, last);
    const when = new Date(at);
    card = withSeed(scheduler.next(card ?? newFsrsCard(when, seed), when, GRADE_BY_RATING[entry.rating]).card, seed);
    last = at;
  }
  return card ? fromFsrsCard(card, last) : undefined;
}

/**
 * A card's state from its reviews, in (at, id) order whatever order they come in.
 * Returns undefined for a card without reviews (a new card).
 */
export function replayCard(
  entries: readonly ReviewInput[],
  opts: SchedulerOptions = {},
  cardId?: string,
): CardState | undefined {
  const ordered = isSorted(entries) ? entries : [...entries].sort(compareReviews);
  return replaySorted(ordered, schedulerFor(opts), cardId === undefined ? undefined : cardSeed(cardId));
}

/**
 * Every reviewed card's state: one grouping pass, then one replay per card. `observe`, if given,
 * sees every review with the phase its card was in before it, at no extra scheduling cost.
 */
export function replayAll<T extends CardReviewInput>(
  log: readonly T[],
  opts: SchedulerOptions = {},
  observe?: ReplayObserver<T>,
): Map<string, CardState> {
  const byCard = groupByCard(log);
  const scheduler = schedulerFor(opts);
  const states = new Map<string, CardState>();
  for (const [cardId, entries] of byCard) {
    if (!isSorted(entries)) entries.sort(compareReviews);
    const state = replaySorted(entries, scheduler, cardSeed(cardId), observe);
    if (state) states.set(cardId, state);
  }
  return states;
}

/**
 * `states` (every card's state after some earlier reviews) with `log`, the reviews that came after
 * them, replayed on top: the same states as replaying the whole history, at the cost of `log`.
 * `states` is not changed; cards without reviews in `log` keep their state object.
 */
export function replayOnto<T extends CardReviewInput>(
  states: ReadonlyMap<string, CardState>,
  log: readonly T[],
  opts: SchedulerOptions = {},
): Map<string, CardState> {
  const out = new Map(states);
  if (log.length === 0) return out;
  const byCard = groupByCard(log);
  const scheduler = schedulerFor(opts);
  for (const [cardId, entries] of byCard) {
    if (!isSorted(entries)) entries.sort(compareReviews);
    const state = replaySorted(entries, scheduler, cardSeed(cardId), undefined, states.get(cardId));
    if (state) out.set(cardId, state);
  }
  return out;
}

/** The log's entries per card, each group in log order (which is usually already time order). */
function groupByCard<T extends CardReviewInput>(log: readonly T[]): Map<string, T[]> {
  const byCard = new Map<string, T[]>();
  for (const entry of log) {
    const group = byCard.get(entry.cardId);
    if (group) group.push(entry);
    else byCard.set(entry.cardId, [entry]);
  }
  return byCard;
}

/** Review time of a grade given at `now`, clamped like replay clamps it. */
function reviewTime(state: CardState | undefined, now: number): number {
  return state ? Math.max(now, state.lastReview) : now;
}

/**
 * What each grade button would schedule for card `cardId`; agrees with replay, fuzz included, for a
 * grade given any time later that day (the fuzz is seeded by the card, not the moment).
 */
export function previewIntervals(
  state: CardState | undefined,
  now: number,
  opts: SchedulerLike = {},
  cardId?: string,
): Record<Rating, IntervalPreview> {
  const when = new Date(reviewTime(state, now));
  const seed = cardId === undefined ? undefined : cardSeed(cardId);
  const card = state ? toFsrsCard(state, seed) : newFsrsCard(when, seed);
  const preview = schedulerFor(opts).repeat(card, when);
  const item = (rating: Rating): IntervalPreview => {
    const due = preview[GRADE_BY_RATING[rating]].card.due.getTime();
    return { due, label: formatInterval(due - now) };
  };
  return { 1: item(1), 2: item(2), 3: item(3), 4: item(4) };
}

/**
 * Probability of recall at `now` (ts-fsrs' forgetting curve over whole elapsed days). The curve's
 * shape is one of the parameters, so fitted `weights` change it.
 */
export function retrievability(state: CardState, now: number, opts: SchedulerLike = {}): number {
  const when = new Date(reviewTime(state, now));
  // Retention and fuzz change intervals, not the curve: any scheduler with these weights will do.
  return schedulerFor(opts).get_retrievability(toFsrsCard(state), when, false);
}

/**
 * The state after one more grade at `at` (what replaying the log with it appended would give, given
 * the card's id; without one, fuzz is seeded as ts-fsrs does: simulations of no particular card).
 */
export function nextState(state: CardState | undefined, at: number, rating: Rating, opts: SchedulerLike = {}, cardId?: string): CardState {
  const when = reviewTime(state, at);
  const date = new Date(when);
  const seed = cardId === undefined ? undefined : cardSeed(cardId);
  const card = schedulerFor(opts).next(state ? toFsrsCard(state, seed) : newFsrsCard(date, seed), date, GRADE_BY_RATING[rating]).card;
  return fromFsrsCard(card, when);
}
