/**
 * Plain, serialisable types of the scheduling domain. Times are epoch milliseconds.
 * Nothing here depends on ts-fsrs: the adapter converts at its edge.
 */

/** 1 = Again, 2 = Hard, 3 = Good, 4 = Easy (the Anki / FSRS grades). */
export type Rating = 1 | 2 | 3 | 4;

/** Where a reviewed card stands; a card without reviews has no CardState at all (it is new). */
export type CardPhase = "learning" | "review" | "relearning";

/** The minimum a review needs for replay; progress's ReviewEntry satisfies it structurally. */
export interface ReviewInput {
  id: string; // unique; breaks ties between reviews with the same `at`
  rating: Rating; // the grade given
  at: number; // when it was given
}

/** A review that also says which card it belongs to. */
export interface CardReviewInput extends ReviewInput {
  cardId: string; // the card the review belongs to
}

/** A card's FSRS state, derived by replaying its reviews (never stored). */
export interface CardState {
  phase: CardPhase; // FSRS state after the last review
  due: number; // when the card is next due
  stability: number; // days until the recall probability falls to 90%
  difficulty: number; // FSRS difficulty, 1 (easy) .. 10 (hard)
  reps: number; // reviews replayed
  lapses: number; // times a review card was graded Again
  lastReview: number; // time of the last review, never earlier than a previous one
  scheduledDays: number; // whole-day interval chosen at the last review (0 during steps)
  learningSteps: number; // position in the (re)learning steps
}

/** Options of the scheduler. */
export interface SchedulerOptions {
  /**
   * Probability of recall FSRS aims for when it picks an interval.
   * @default 0.9
   */
  desiredRetention?: number;
  /**
   * Spread intervals a little so cards learnt together do not stay together.
   * Deterministic: ts-fsrs seeds the fuzz from the review time and card state.
   * @default true
   */
  fuzz?: boolean;
  /**
   * FSRS parameters fitted to the user's own reviews (21 numbers); absent or malformed: ts-fsrs' defaults.
   * @default undefined
   */
  weights?: readonly number[];
}

/** What one grade button would do. */
export interface IntervalPreview {
  due: number; // when the card would be due after this grade
  label: string; // Anki-like short interval, e.g. "10m", "3d"
}

/** Options of the due queue. */
export interface QueueOptions {
  /**
   * New cards allowed into the queue.
   * @default 20
   */
  newLimit?: number;
  /**
   * Local hour at which a new study day starts.
   * @default 4
   */
  rolloverHour?: number;
  /** The applied fitted parameters (absent: the defaults), which rank due cards by recall. */
  weights?: readonly number[];
}

/** Card counts of a topic (or any set of cards); new, learning, due and mastered are disjoint. */
export interface TopicCounts {
  total: number; // cards in the set
  new: number; // never reviewed
  learning: number; // in learning or relearning steps
  due: number; // review cards due before the next day starts
  review: number; // review cards not due today and not yet mastered
  mastered: number; // review cards not due today with stability >= MASTERED_STABILITY_DAYS
}

/** Why a card counts as weak. */
export type WeakReason = "flagged" | "last-again" | "last-hard" | "lapses" | "low-retrievability";

/** A weak card and every reason it is weak (at least one). */
export interface WeakCard {
  cardId: string; // the card
  reasons: WeakReason[]; // in the order of WEAK_REASONS
}

/** A per-card flag as progress stores it (only `value` matters here). */
export interface FlagLike {
  value: boolean; // true when the user flagged the card
}
