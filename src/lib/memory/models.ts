/**
 * Plain types of the memory model (issue 26): the user's review history as the optimizer reads
 * it, and how well a set of FSRS parameters predicts it. Times are epoch milliseconds.
 */
import type { Rating } from "@/lib/srs";

/** The review log in columns (what the main thread hands the worker: cheap to build and to send). */
export interface ReviewColumns {
  card: Int32Array; // card index per review
  rating: Uint8Array; // 1..4 per review
  at: Float64Array; // time per review, sorted ascending within each card
}

/** One review as the evaluation replays it. */
export interface TimedReview {
  card: number; // card index
  rating: Rating; // the grade
  at: number; // when
}

/** A review log in Anki's columns, as fsrs-browser's computeParametersAnki takes it. */
export interface Revlog {
  cids: BigInt64Array; // card per review (any id, the same for one card's reviews)
  eases: Uint8Array; // grade 1..4
  ids: BigInt64Array; // review time in ms (Anki's revlog id)
  types: Uint8Array; // 0 learning, 1 review, 2 relearning
}

/** How well parameters predict reviews they were not fitted on. */
export interface Metrics {
  logLoss: number; // mean −log p(observed recall), lower is better
  rmseBins: number; // RMSE between predicted and actual recall over 20 bins of predicted recall, lower is better
  reviews: number; // reviews scored (reviews at least a day after the card's previous one)
}

/** A split of the history by study day: fit on the days before `testFrom`, score on the rest. */
export interface DaySplit {
  testFrom: number; // start of the first held-out study day
  trainDays: number; // study days fitted on
  testDays: number; // study days held out
}
