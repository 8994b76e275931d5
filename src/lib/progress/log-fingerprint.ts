import { logColumns } from "./lazy-log";
import { LANE_A, LANE_B, fingerprintText, mixLane } from "./fingerprint-lanes";
import type { LogColumns } from "./log-columns";
import type { Progress, ReviewEntry } from "./models";

/*
 * A 64-bit fingerprint of a log prefix (its two lanes: fingerprint-lanes.ts). Every later page load
 * checks the stored checkpoint with it over the whole log: for a log decoded lazily the scan of its
 * text has already worked it out for every prefix (log-scan.ts), so the check walks nothing.
 */

/** Cards in order of first appearance in `log[0, length)`, reviews of each, and a fingerprint of those entries. */
export function describePrefix(log: readonly ReviewEntry[], length: number): { cards: string[]; reviews: number[]; fingerprint: string } {
  const index = new Map<string, number>();
  const cards: string[] = [];
  const reviews: number[] = []; // per card
  let a: number = LANE_A.seed;
  let b: number = LANE_B.seed;
  for (let i = 0; i < length; i++) {
    const e = log[i] as ReviewEntry;
    let card = index.get(e.cardId);
    if (card === undefined) {
      card = cards.length;
      index.set(e.cardId, card);
      cards.push(e.cardId);
      reviews.push(0);
    }
    reviews[card] = (reviews[card] as number) + 1;
    a = mixLane(a, card * 4 + e.rating, e.at, LANE_A.prime, LANE_A.rotate);
    b = mixLane(b, card * 4 + e.rating, e.at, LANE_B.prime, LANE_B.rotate);
  }
  return { cards, reviews, fingerprint: fingerprintText(a, b) };
}

/** The cards and fingerprint of describePrefix over a lazily decoded log's columns: the same, from what the scan worked out. */
function describeColumnsPrefix(c: LogColumns, length: number): { cards: string[]; fingerprint: string } {
  const { laneA, laneB, distinct, order, firstAt } = c.facts;
  if (length > c.length) return { cards: [], fingerprint: "" }; // no such prefix: matches no checkpoint
  // The cards first reviewed before entry `length`: a prefix of the cards in order of first appearance.
  let lo = 0;
  let hi = distinct;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((firstAt[mid] as number) < length) lo = mid + 1;
    else hi = mid;
  }
  const cards: string[] = [];
  for (let r = 0; r < lo; r++) cards.push(c.cards[order[r] as number] as string);
  const fingerprint = length === 0 ? fingerprintText(LANE_A.seed, LANE_B.seed) : fingerprintText(laneA[length - 1] as number, laneB[length - 1] as number);
  return { cards, fingerprint };
}

/** describePrefix and the id of the prefix's last entry, from the columns of a lazy log when it has them. */
export function prefixOf(p: Progress, length: number): { cards: string[]; fingerprint: string; lastId: string | undefined } {
  const columns = logColumns(p);
  if (columns) return { ...describeColumnsPrefix(columns, length), lastId: length > 0 ? columns.id(length - 1) : "" };
  return { ...describePrefix(p.log, length), lastId: length > 0 ? p.log[length - 1]?.id : "" };
}
