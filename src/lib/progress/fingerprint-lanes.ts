/*
 * The two 32-bit lanes of a log prefix's fingerprint (log-fingerprint.ts): each entry's card (by
 * first appearance) and grade, then its time's two 32-bit halves, xor-multiplied in (FNV-1a style,
 * a word at a time) and rotated. Each step is a bijection of the lane, so any one changed entry
 * changes both lanes. The scan of a stored log (log-scan.ts) runs the same steps written out.
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

/** The fingerprint's text from its two lanes. */
export function fingerprintText(a: number, b: number): string {
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}
