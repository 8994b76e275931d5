import { type CardState, type Rating, dayStart, nextState, prepareScheduler } from "@/lib/srs";

import type { DaySplit, Revlog, ReviewColumns, TimedReview } from "./models";

const DAY = 86_400_000;

/**
 * How many reviews make a fit worth running. FSRS has 21 parameters, and only reviews a day or more
 * after the previous one say anything about forgetting; below a few hundred of those the fit follows
 * noise (Anki's guidance for its own optimizer is the same order: a few hundred reviews).
 */
export const MIN_SPACED_REVIEWS = 400;

/** The log in columns, card ids replaced by indexes (built on the main thread, sent to the worker). */
export function toColumns(log: readonly { cardId: string; rating: Rating; at: number }[]): ReviewColumns {
  const index = new Map<string, number>();
  const card = new Int32Array(log.length);
  const rating = new Uint8Array(log.length);
  const at = new Float64Array(log.length);
  log.forEach((e, i) => {
    let c = index.get(e.cardId);
    if (c === undefined) {
      c = index.size;
      index.set(e.cardId, c);
    }
    card[i] = c;
    rating[i] = e.rating;
    at[i] = e.at;
  });
  return { card, rating, at };
}

/** Each card's reviews in time order. */
export function byCard(columns: ReviewColumns): TimedReview[][] {
  const cards: TimedReview[][] = [];
  for (let i = 0; i < columns.card.length; i++) {
    const c = columns.card[i] ?? 0;
    const r = columns.rating[i] ?? 3;
    const review: TimedReview = { card: c, rating: (r >= 1 && r <= 4 ? r : 3) as Rating, at: columns.at[i] ?? 0 };
    (cards[c] ??= []).push(review);
  }
  for (const list of cards) list?.sort((a, b) => a.at - b.at);
  return cards.filter((l): l is TimedReview[] => l !== undefined);
}

/** Whole study days between two reviews (day boundaries at the rollover hour, as the app counts days). */
export function daysBetween(earlier: number, later: number, rolloverHour: number): number {
  return Math.max(0, Math.round((dayStart(later, rolloverHour) - dayStart(earlier, rolloverHour)) / DAY));
}

/** Reviews that came a day or more after the card's previous review: the ones that show forgetting. */
export function spacedReviews(cards: readonly TimedReview[][], rolloverHour: number): number {
  let n = 0;
  for (const list of cards) for (let i = 1; i < list.length; i++) if (daysBetween((list[i - 1] as TimedReview).at, (list[i] as TimedReview).at, rolloverHour) >= 1) n++;
  return n;
}

/**
 * The reviews before `before` as an Anki review log, the form fsrs-browser's computeParametersAnki
 * reads (it makes the training items itself, as Anki's optimizer does): card, grade, time, and the
 * kind of review (0 learning, 1 review, 2 relearning) from the card's phase under FSRS's defaults.
 */
export function revlog(cards: readonly TimedReview[][], before = Number.POSITIVE_INFINITY): Revlog {
  let n = 0;
  for (const list of cards) for (const r of list) if (r.at < before) n++;
  const out: Revlog = { cids: new BigInt64Array(n), eases: new Uint8Array(n), ids: new BigInt64Array(n), types: new Uint8Array(n) };
  let i = 0;
  const sched = prepareScheduler({ fuzz: false });
  for (const list of cards) {
    let state: CardState | undefined;
    for (const r of list) {
      if (r.at >= before) break;
      out.cids[i] = BigInt(r.card + 1);
      out.eases[i] = r.rating;
      out.ids[i] = BigInt(Math.round(r.at));
      out.types[i] = !state || state.phase === "learning" ? 0 : state.phase === "review" ? 1 : 2;
      state = nextState(state, r.at, r.rating, sched);
      i++;
    }
  }
  return out;
}

/** Minutes to add to UTC to get the user's study-day clock (fsrs-rs's `minute_offset`: zone offset minus rollover). */
export function minuteOffset(now: number, rolloverHour: number): number {
  return -new Date(now).getTimezoneOffset() - rolloverHour * 60;
}

/**
 * Hold out the last `share` of the study days that have reviews (at least one day): the fit never
 * sees them, so scoring on them measures prediction, not memorisation.
 */
export function splitByDays(columns: ReviewColumns, rolloverHour: number, share = 0.2): DaySplit | null {
  const days = new Set<number>();
  for (const t of columns.at) days.add(dayStart(t, rolloverHour));
  const sorted = [...days].sort((a, b) => a - b);
  if (sorted.length < 2) return null;
  const testDays = Math.max(1, Math.round(sorted.length * share));
  const testFrom = sorted[sorted.length - testDays] ?? Number.POSITIVE_INFINITY;
  return { testFrom, trainDays: sorted.length - testDays, testDays };
}
