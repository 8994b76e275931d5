import { logColumns } from "./lazy-log";
import { type LogColumns, RATING_OF_CODE } from "./log-columns";
import type { Progress, ReviewEntry } from "./models";

/**
 * A 64-bit fingerprint of a log prefix: two 32-bit lanes, each entry's card (by first appearance)
 * and grade, then its time's two 32-bit halves, xor-multiplied in (FNV-1a style, a word at a time)
 * and rotated. Each step is a bijection of the lane, so any one changed entry changes both lanes.
 * Every later page load checks the stored checkpoint with it over the whole log: three words and
 * six multiplications an entry (it was sixteen, 60 ms of a 100,000-review load in Chromium). The
 * lanes are locals of the loops below, not a closure's: a page load runs those loops once, mostly
 * before V8 optimises them, and a closure's variables cost a memory write per step there.
 */
const LANE_A = { seed: 0x811c9dc5 | 0, prime: 0x01000193, rotate: 13 } as const;
const LANE_B = { seed: 0x5bd1e995 | 0, prime: 0x5bd1e995, rotate: 17 } as const;

/** One lane after one entry: `key` is card * 4 + rating (card < 2^29, rating 1..4), `at` the time. */
function mixLane(lane: number, key: number, at: number, prime: number, rotate: number): number {
  const lo = at % 4294967296 | 0;
  const hi = Math.floor(at / 4294967296) | 0;
  const x = Math.imul(Math.imul(Math.imul(lane ^ key, prime) ^ lo, prime) ^ hi, prime);
  return (x << rotate) | (x >>> (32 - rotate));
}

function fingerprintText(a: number, b: number): string {
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

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

/** The cards and fingerprint of describePrefix over a lazily decoded log's columns: the same, no entry made. */
function describeColumnsPrefix(c: LogColumns, length: number): { cards: string[]; fingerprint: string } {
  const index = new Int32Array(c.cards.length).fill(-1);
  const cards: string[] = [];
  const { card: cardOf, code, at: times } = c;
  const pa = LANE_A.prime;
  const pb = LANE_B.prime;
  let a: number = LANE_A.seed;
  let b: number = LANE_B.seed;
  // mixLane and the rating written out in the loop: it runs once per page load, mostly before V8
  // optimises it, where each call per entry (three of them) cost more than the arithmetic.
  for (let i = 0; i < length; i++) {
    const stored = cardOf[i] as number;
    let card = index[stored] as number;
    if (card < 0) {
      card = cards.length;
      index[stored] = card;
      cards.push(c.cards[stored] as string);
    }
    const key = card * 4 + (RATING_OF_CODE[code[i] as number] as number);
    const at = times[i] as number;
    const lo = at % 4294967296 | 0;
    const hi = Math.floor(at / 4294967296) | 0;
    const x = Math.imul(Math.imul(Math.imul(a ^ key, pa) ^ lo, pa) ^ hi, pa);
    a = (x << 13) | (x >>> 19);
    const y = Math.imul(Math.imul(Math.imul(b ^ key, pb) ^ lo, pb) ^ hi, pb);
    b = (y << 17) | (y >>> 15);
  }
  return { cards, fingerprint: fingerprintText(a, b) };
}

/** describePrefix and the id of the prefix's last entry, from the columns of a lazy log when it has them. */
export function prefixOf(p: Progress, length: number): { cards: string[]; fingerprint: string; lastId: string | undefined } {
  const columns = logColumns(p);
  if (columns) return { ...describeColumnsPrefix(columns, length), lastId: length > 0 ? columns.id(length - 1) : "" };
  return { ...describePrefix(p.log, length), lastId: length > 0 ? p.log[length - 1]?.id : "" };
}
