import { FSRS_PARAMETER_COUNT } from "@/lib/srs";

import { evaluate } from "./evaluate";
import { MIN_SPACED_REVIEWS, byCard, minuteOffset, revlog, spacedReviews, splitByDays } from "./history";
import type { DaySplit, Metrics, ReviewColumns, Revlog, TimedReview } from "./models";

/**
 * Most reviews fsrs-rs trains on. fsrs-browser exposes no epochs or batch size, so the training set is
 * the lever: its time grows with the reviews it is given. On 100,000 synthetic reviews (the bench) the
 * whole 84,000-review training set took 16.3 s of CPU for a held-out log loss of 0.36487; every fifth
 * card (16,800 reviews) took 2.7 s for 0.36469, the true parameters' being 0.36444. Larger histories
 * train on a subset of whole cards; every card is still scored.
 */
export const MAX_TRAINING_REVIEWS = 20_000;

/** Every k-th card, k the smallest that brings the reviews before `before` down to `max`: whole histories, spread over the deck and time. */
export function trainingCards(cards: readonly TimedReview[][], before: number, max = MAX_TRAINING_REVIEWS): TimedReview[][] {
  let n = 0;
  for (const list of cards) for (const r of list) if (r.at < before) n++;
  const stride = Math.max(1, Math.ceil(n / max));
  return stride === 1 ? [...cards] : cards.filter((_, i) => i % stride === 0);
}

/** The optimizer's one call this module needs (fsrs-browser's Fsrs.computeParametersAnki), passed in so tests and the worker give the real one. */
export type ComputeParameters = (minuteOffset: number, log: Revlog) => Float32Array;

/** What a fit found, and how both parameter sets predict the held-out days. */
export interface FitReport {
  weights: number[]; // the fitted parameters (fitted on the days before the held-out ones)
  defaults: Metrics; // FSRS's default parameters on the held-out days
  fitted: Metrics; // the fitted parameters on the held-out days
  split: DaySplit; // which days were held out
  reviews: number; // reviews in the history
  spaced: number; // reviews a day or more after the card's previous one
  trained: number; // reviews the optimizer trained on (at most MAX_TRAINING_REVIEWS of the days before the held-out ones)
}

/** Why no fit was made. */
export interface TooFew {
  tooFew: true;
  spaced: number; // spaced reviews there are
  needed: number; // spaced reviews needed
}

/** The stages a fit goes through, for the progress the user sees. */
export type FitStage = "preparing" | "fitting" | "evaluating";

/**
 * Fits FSRS to the history in `columns` with fsrs-rs (never by hand), on every study day but the
 * last fifth, then scores the defaults and the fit on that last fifth.
 */
export function fitAndEvaluate(columns: ReviewColumns, rolloverHour: number, now: number, compute: ComputeParameters, onStage: (stage: FitStage) => void = () => undefined): FitReport | TooFew {
  onStage("preparing");
  const cards = byCard(columns);
  const spaced = spacedReviews(cards, rolloverHour);
  const split = splitByDays(columns, rolloverHour);
  if (spaced < MIN_SPACED_REVIEWS || !split) return { tooFew: true, spaced, needed: MIN_SPACED_REVIEWS };
  const log = revlog(trainingCards(cards, split.testFrom), split.testFrom);
  onStage("fitting");
  const raw = Array.from(compute(minuteOffset(now, rolloverHour), log));
  if (raw.length !== FSRS_PARAMETER_COUNT || !raw.every(Number.isFinite)) throw new Error(`the optimizer returned ${raw.length} parameters, expected ${FSRS_PARAMETER_COUNT}`);
  // Float32 from the wasm: round to what the numbers can mean, so settings and exports stay short.
  const weights = raw.map((w) => Number(w.toPrecision(6)));
  onStage("evaluating");
  return {
    weights,
    defaults: evaluate(cards, undefined, split.testFrom, rolloverHour),
    fitted: evaluate(cards, weights, split.testFrom, rolloverHour),
    split,
    reviews: columns.at.length,
    spaced,
    trained: log.eases.length,
  };
}
