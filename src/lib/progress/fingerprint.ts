/*
 * The checkpoint's fingerprint of a log prefix (checkpoint.ts), in one place for the two that
 * compute it: the checkpoint, over entries or scanned columns, and the log scanner, over the whole
 * log as it reads it (log-columns.ts).
 */

/**
 * A 64-bit fingerprint of a log prefix: two 32-bit lanes, each entry's card (by first appearance)
 * and grade, then its time's two 32-bit halves, xor-multiplied in (FNV-1a style, a word at a time)
 * and rotated. Each step is a bijection of the lane, so any one changed entry changes both lanes.
 * Every later page load checks the stored checkpoint with it over the whole log: three words and
 * six multiplications an entry (it was sixteen, 60 ms of a 100,000-review load in Chromium). The
 * lanes are locals of the loops that use these, not a closure's: a page load runs those loops once, mostly
 * before V8 optimises them, and a closure's variables cost a memory write per step there.
 */
export const LANE_A = { seed: 0x811c9dc5 | 0, prime: 0x01000193, rotate: 13 } as const;
export const LANE_B = { seed: 0x5bd1e995 | 0, prime: 0x5bd1e995, rotate: 17 } as const;

/** One lane after one entry: `key` is card * 4 + rating (card < 2^29, rating 1..4), `at` the time. */
export function mixLane(lane: number, key: number, at: number, prime: number, rotate: number): number {
  const lo = at % 4294967296 | 0;
  const hi = Math.floor(at / 4294967296) | 0;
  const x = Math.imul(Math.imul(Math.imul(lane ^ key, prime) ^ lo, prime) ^ hi, prime);
  return (x << rotate) | (x >>> (32 - rotate));
}

export function fingerprintText(a: number, b: number): string {
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

