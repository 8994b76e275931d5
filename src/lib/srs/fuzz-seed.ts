import { type AbstractScheduler, DefaultInitSeedStrategy } from "ts-fsrs";

import { SEED_FIELD } from "./fsrs-card";
import { hashString } from "./shuffle";

/**
 * A card's fuzz seed: a hash of its id (the seeded shuffle's, hashString). ts-fsrs seeds its interval fuzz with the
 * review's time by default, so the interval a grade button shows (computed when the answer is
 * shown) and the one the grade then schedules (seconds later) could differ by a day or more.
 */
export function cardSeed(cardId: string): number {
  return hashString(cardId);
}

/**
 * The fuzz seed of a review: the card's seed and how many reviews it has had, the same whenever the
 * grade is given. A card without a seed (simulations of no particular card) keeps ts-fsrs' own.
 */
export function seedStrategy(this: AbstractScheduler): string {
  const seed: unknown = Reflect.get(this.current, SEED_FIELD);
  return typeof seed === "number" ? `${seed}_${this.current.reps}` : DefaultInitSeedStrategy.call(this);
}
