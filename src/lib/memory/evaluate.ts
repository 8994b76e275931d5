import { type CardState, nextState, prepareScheduler, retrievability } from "@/lib/srs";

import { daysBetween } from "./history";
import type { Metrics, TimedReview } from "./models";

const BINS = 20;
const EPS = 1e-6;

/**
 * How well `weights` (undefined: FSRS's defaults) predict the reviews from `from` on. Every card is
 * replayed from its first review with those parameters; each review a day or more after the previous
 * one is scored by the recall ts-fsrs predicted for it. RMSE(bins) groups reviews into 20 bins of
 * predicted recall and compares each bin's mean prediction with its share of successes, weighted by size.
 */
export function evaluate(cards: readonly TimedReview[][], weights: readonly number[] | undefined, from: number, rolloverHour: number): Metrics {
  const opts = prepareScheduler({ fuzz: false, weights });
  let loss = 0;
  let n = 0;
  const binP = new Float64Array(BINS);
  const binY = new Float64Array(BINS);
  const binN = new Float64Array(BINS);
  for (const list of cards) {
    let state: CardState | undefined;
    for (const r of list) {
      if (state && r.at >= from && daysBetween(state.lastReview, r.at, rolloverHour) >= 1) {
        const p = Math.min(1 - EPS, Math.max(EPS, retrievability(state, r.at, opts)));
        const y = r.rating > 1 ? 1 : 0;
        loss -= y ? Math.log(p) : Math.log(1 - p);
        n++;
        const b = Math.min(BINS - 1, Math.floor(p * BINS));
        binP[b] = (binP[b] ?? 0) + p;
        binY[b] = (binY[b] ?? 0) + y;
        binN[b] = (binN[b] ?? 0) + 1;
      }
      state = nextState(state, r.at, r.rating, opts);
    }
  }
  let se = 0;
  for (let b = 0; b < BINS; b++) {
    const count = binN[b] ?? 0;
    if (count > 0) se += count * (((binP[b] ?? 0) - (binY[b] ?? 0)) / count) ** 2;
  }
  return { logLoss: n > 0 ? loss / n : Number.NaN, rmseBins: n > 0 ? Math.sqrt(se / n) : Number.NaN, reviews: n };
}
