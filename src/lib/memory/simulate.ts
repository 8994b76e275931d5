import { type CardState, mulberry32, nextState, prepareScheduler, retrievability } from "@/lib/srs";

/** Desired retentions the simulator compares (0.70 to 0.97). */
export const SIMULATED_RETENTIONS = [0.7, 0.73, 0.76, 0.79, 0.82, 0.85, 0.88, 0.9, 0.93, 0.95, 0.97] as const;

/** What one desired retention costs over a horizon. */
export interface RetentionCost {
  retention: number; // the desired retention simulated
  days: number; // the horizon
  reviewsPerDay: number; // expected reviews a day over the horizon
  minutesPerDay: number; // reviews a day × the user's measured time per review
  recallAtEnd: number; // mean predicted recall of the cards on the horizon's last day
}

const DAY = 86_400_000;

/**
 * Simulates the user's reviewed cards under each desired retention for `days` days: every card is
 * reviewed when due, recalled with its predicted probability (seeded, so runs repeat), graded Good
 * when recalled and Again when not; new cards are left out (their cost does not depend on retention).
 */
export function simulateRetentions(
  states: ReadonlyMap<string, CardState>,
  opts: { now: number; days: number; secondsPerReview: number; weights?: readonly number[]; retentions?: readonly number[]; seed?: number },
): RetentionCost[] {
  const end = opts.now + opts.days * DAY;
  return (opts.retentions ?? SIMULATED_RETENTIONS).map((retention) => {
    const random = mulberry32(opts.seed ?? 1);
    const sched = prepareScheduler({ desiredRetention: retention, weights: opts.weights, fuzz: false });
    let reviews = 0;
    let recall = 0;
    for (const start of states.values()) {
      let state = start;
      for (let guard = 0; state.due < end && guard < 500; guard++) {
        const at = Math.max(state.due, opts.now);
        const recalled = random() < retrievability(state, at, sched);
        state = nextState(state, at, recalled ? 3 : 1, sched);
        reviews++;
      }
      recall += retrievability(state, end, sched);
    }
    const reviewsPerDay = reviews / opts.days;
    return { retention, days: opts.days, reviewsPerDay, minutesPerDay: (reviewsPerDay * opts.secondsPerReview) / 60, recallAtEnd: states.size > 0 ? recall / states.size : Number.NaN };
  });
}
