import { type Card, createEmptyCard, type Grade, Rating as FsrsRating, State } from "ts-fsrs";

import type { CardPhase, CardState, Rating } from "./models";

/*
 * Our card state and ts-fsrs' Card, each way: the one place that knows ts-fsrs' field names and
 * enums, so the rest of the domain speaks in phases, epoch milliseconds and our 1–4 ratings.
 */

export const GRADE_BY_RATING: Record<Rating, Grade> = {
  1: FsrsRating.Again,
  2: FsrsRating.Hard,
  3: FsrsRating.Good,
  4: FsrsRating.Easy,
};

export const PHASE_BY_STATE: Record<State, CardPhase> = {
  [State.New]: "learning", // unreachable after a review; mapped for totality
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

const STATE_BY_PHASE: Record<CardPhase, State> = {
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

export function fromFsrsCard(card: Card, lastReview: number): CardState {
  return {
    phase: PHASE_BY_STATE[card.state],
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    lastReview,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
  };
}

/**
 * The field of a ts-fsrs card that carries its fuzz seed (cardSeed in scheduler.ts): ts-fsrs keeps a
 * card's extra fields, and our seed strategy reads this one.
 */
export const SEED_FIELD = "prepdeckSeed";

/** `card` carrying `seed` (unchanged without one). */
export function withSeed(card: Card, seed: number | undefined): Card {
  if (seed !== undefined && Reflect.get(card, SEED_FIELD) !== seed) Reflect.set(card, SEED_FIELD, seed);
  return card;
}

/** A new card reviewed first at `date`. */
export function newFsrsCard(date: Date, seed?: number): Card {
  return withSeed(createEmptyCard(date), seed);
}

export function toFsrsCard(state: CardState, seed?: number): Card {
  return withSeed({
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0, // recomputed by ts-fsrs from last_review on the next review
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_BY_PHASE[state.phase],
    last_review: new Date(state.lastReview),
  }, seed);
}
