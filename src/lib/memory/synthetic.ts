import { type CardState, type Rating, mulberry32, nextState, prepareScheduler, retrievability } from "@/lib/srs";

/** One generated review. */
export interface SyntheticReview {
  cardId: string; // "synthetic/c<n>"
  rating: Rating; // the grade the simulated learner gave
  at: number; // when
}

/** What a synthetic history is made from. */
export interface SyntheticOptions {
  weights: readonly number[] | undefined; // the learner's true FSRS parameters (undefined: defaults)
  cards: number; // cards studied
  days: number; // days of study, from `start`
  start: number; // when study begins
  seed: number; // the random seed (same seed, same history)
}

/**
 * A learner whose memory follows FSRS with `weights`: each card is first seen on a random day, then
 * reviewed when due (desired retention drawn per card, so intervals vary); each review succeeds with
 * the true predicted recall. For tests and benchmarks of the optimizer: a fit should recover `weights`.
 */
export function syntheticHistory(o: SyntheticOptions): SyntheticReview[] {
  const random = mulberry32(o.seed);
  const end = o.start + o.days * 86_400_000;
  const out: SyntheticReview[] = [];
  const curve = prepareScheduler({ weights: o.weights });
  for (let c = 0; c < o.cards; c++) {
    const cardId = `synthetic/c${c}`;
    const retention = 0.75 + random() * 0.22;
    const opts = prepareScheduler({ desiredRetention: retention, weights: o.weights, fuzz: true });
    let at = o.start + Math.floor(random() * o.days * 0.8) * 86_400_000 + Math.floor(random() * 10 * 3_600_000);
    let state: CardState | undefined;
    for (let guard = 0; at < end && guard < 200; guard++) {
      const p = state ? retrievability(state, at, curve) : 0.6;
      const u = random();
      const rating: Rating = random() < p ? (u < 0.1 ? 2 : u < 0.9 ? 3 : 4) : 1;
      state = nextState(state, at, rating, opts);
      out.push({ cardId, rating, at: state.lastReview });
      at = Math.max(state.due, state.lastReview + 60_000);
    }
  }
  return out.sort((a, b) => a.at - b.at || (a.cardId < b.cardId ? -1 : 1));
}
