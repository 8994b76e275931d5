import { DIGIT_VALUES, fromBase36 } from "./base36";
import { LANE_A, LANE_B } from "./fingerprint-lanes";
import { LogColumns, LogFormatError } from "./log-columns";
import { scanLogWasm } from "./log-scan-wasm";

const LETTER_BASE = "A".charCodeAt(0);
const INTERVIEW_CODE = 12; // rating+mode codes from here on are interview grades (README.md)
const DOT = 46;
const DASH = 45;
const TILDE = 126;
const COMMA = 44;
/** A log text this long or longer is scanned in WebAssembly when it can be (log-scan-wasm.ts). */
const WASM_FROM = 20_000;

/**
 * Scans a log string (grammar in README.md) against its card table into columns; throws
 * LogFormatError on anything the grammar does not allow. A long one in WebAssembly when it can be
 * (log-scan-wasm.ts), else, and for any error, in JavaScript (scanLogJs): the same columns either way.
 */
export function scanLog(text: string, cards: readonly string[]): LogColumns {
  return (text.length >= WASM_FROM ? scanLogWasm(text, cards) : null) ?? scanLogJs(text, cards);
}

/**
 * The scan in JavaScript: the same checks, in the same order, as making the entries would.
 *
 * Every page load with a long history runs it once over 2 MB, mostly before V8 has optimised it,
 * so it is one loop without a call per character or per number (a number's digits are read by the
 * same line, written out three times): V8 replaces the running loop with optimised code, which it
 * did not do for the helper it called per number. On the way it works out what a load would
 * otherwise walk the entries again for (ScanFacts): the fingerprint of every prefix, which the
 * checkpoint is matched on, and the few entries the normal-form check has to look at. A first
 * scan of 100,000 reviews in Node: median 70 ms before, about 35 now, and the fingerprint's and
 * the normal-form check's own walks gone. A number of more than 10 digits (past 36^10, not exact
 * in the loop) is read again by fromBase36.
 */
export function scanLogJs(text: string, cards: readonly string[]): LogColumns {
  let count = text === "" ? 0 : 1;
  for (let i = text.indexOf(","); i >= 0; i = text.indexOf(",", i + 1)) count++;
  const card = new Int32Array(count);
  const code = new Uint8Array(count);
  const at = new Float64Array(count);
  const msCol = new Float64Array(count);
  const idFrom = new Int32Array(count);
  const idTo = new Int32Array(count);
  const fullId = new Uint8Array(count);
  const laneA = new Int32Array(count);
  const laneB = new Int32Array(count);
  const rank = new Int32Array(cards.length).fill(-1); // each stored card's place in order of first appearance
  const order = new Int32Array(cards.length);
  const firstAt = new Int32Array(cards.length);
  const ties: number[] = [];
  const fulls: number[] = [];
  const n = text.length;
  const cardCount = cards.length;
  const digits = DIGIT_VALUES;
  const pa = LANE_A.prime;
  const pb = LANE_B.prime;
  let a: number = LANE_A.seed;
  let b: number = LANE_B.seed;
  let distinct = 0;
  let pos = 0;
  let previousAt = 0;
  let position = 0;
  let c = 0; // the character at `pos` once a number's digits end (NaN past the end)
  let d = 0;
  let v = 0;
  let start = 0;
  let problem = "";
  for (; position < count; position++) {
    start = pos;
    for (v = 0; (d = (c = text.charCodeAt(pos)) < 128 ? (digits[c] as number) : -1) >= 0; pos++) v = v * 36 + d;
    if (pos === start) { problem = "is malformed"; break; }
    const index = pos - start > 10 ? fromBase36(text.slice(start, pos)) : v;
    if (!(index < cardCount)) { problem = "points to an unknown card"; break; }
    const letter = c - LETTER_BASE;
    if (!(letter >= 0 && letter <= 15)) { problem = "is malformed"; break; }
    start = ++pos;
    for (v = 0; (d = (c = text.charCodeAt(pos)) < 128 ? (digits[c] as number) : -1) >= 0; pos++) v = v * 36 + d;
    if (pos === start) { problem = "is malformed"; break; }
    const time = previousAt + (pos - start > 10 ? fromBase36(text.slice(start, pos)) : v);
    let ms = -1;
    if (c === DOT) {
      start = ++pos;
      for (v = 0; (d = (c = text.charCodeAt(pos)) < 128 ? (digits[c] as number) : -1) >= 0; pos++) v = v * 36 + d;
      if (pos === start) { problem = "is malformed"; break; }
      ms = pos - start > 10 ? fromBase36(text.slice(start, pos)) : v;
    }
    const kind = c;
    start = ++pos;
    if (kind === DASH) {
      // Digits up to the next entry: "-" and an id suffix in base 36.
      while ((c = text.charCodeAt(pos)) < 128 && (digits[c] as number) >= 0) pos++;
      if (pos === start || (pos < n && c !== COMMA)) { problem = "is malformed"; break; }
    } else if (kind === TILDE) {
      pos = text.indexOf(",", start);
      if (pos < 0) pos = n;
      if (pos === start) { problem = "has an empty id"; break; }
      fullId[position] = 1;
      fulls.push(position);
    } else { problem = "is malformed"; break; }
    if (!Number.isSafeInteger(time)) { problem = "has a bad time"; break; }
    if (ms >= 0 && !Number.isSafeInteger(ms)) { problem = "has a bad answer time"; break; }
    card[position] = index;
    code[position] = letter;
    at[position] = time;
    msCol[position] = ms;
    idFrom[position] = start;
    idTo[position] = pos;
    if (position > 0 && time === previousAt) ties.push(position);
    // The fingerprint (fingerprint-lanes.ts: mixLane, both lanes written out) of the log up to here.
    let r = rank[index] as number;
    if (r < 0) {
      r = distinct++;
      rank[index] = r;
      order[r] = index;
      firstAt[r] = position;
    }
    const key = r * 4 + (letter >= INTERVIEW_CODE ? letter - INTERVIEW_CODE : (letter / 3) | 0) + 1;
    const lo = time % 4294967296 | 0;
    const hi = Math.floor(time / 4294967296) | 0;
    const x = Math.imul(Math.imul(Math.imul(a ^ key, pa) ^ lo, pa) ^ hi, pa);
    a = (x << 13) | (x >>> 19);
    const y = Math.imul(Math.imul(Math.imul(b ^ key, pb) ^ lo, pb) ^ hi, pb);
    b = (y << 17) | (y >>> 15);
    laneA[position] = a;
    laneB[position] = b;
    previousAt = time;
    pos++;
  }
  if (problem !== "") throw new LogFormatError(`log entry ${position} ${problem}`);
  const facts = { ties, fulls, laneA, laneB, distinct, order, firstAt };
  return new LogColumns(text, cards, count, card, code, at, msCol, idFrom, idTo, fullId, facts);
}
