/*
 * Number#toString(36) and parseInt(_, 36) cost hundreds of ns in V8 for 13-digit timestamps, and the
 * codec runs them for every review on every save. These versions split numbers into 31-bit-safe
 * halves so the digit loops run on small integers, several times faster.
 */
const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
const LOW_DIGITS = 5;
const LOW_RADIX = 36 ** LOW_DIGITS; // 60,466,176 < 2^31

function smallToBase36(n: number, minLength: number): string {
  let out = "";
  let rest = n | 0;
  while (rest > 0 || out.length < minLength) {
    out = DIGITS.charAt(rest % 36) + out;
    rest = (rest / 36) | 0;
  }
  return out === "" ? "0" : out;
}

/** `n` (a safe non-negative integer) in base 36, like n.toString(36). */
export function toBase36(n: number): string {
  if (n < LOW_RADIX) return smallToBase36(n, 1);
  let high = Math.floor(n / LOW_RADIX);
  let low = n - high * LOW_RADIX;
  // Float division can land one off near a multiple; correct it so `low` is in range.
  if (low < 0) {
    high -= 1;
    low += LOW_RADIX;
  } else if (low >= LOW_RADIX) {
    high += 1;
    low -= LOW_RADIX;
  }
  return (high < LOW_RADIX ? smallToBase36(high, 1) : toBase36(high)) + smallToBase36(low, LOW_DIGITS);
}

/** Base-36 digit values [0-9a-z] by character code, -1 for every other ASCII code (a constant table). */
export const DIGIT_VALUES: Readonly<Int8Array> = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let c = 48; c <= 57; c++) table[c] = c - 48;
  for (let c = 97; c <= 122; c++) table[c] = c - 87;
  return table;
})();

/** Value of the base-36 digit at `text[i]`, or -1 for any other character (also past the end). */
export function base36DigitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 128 ? (DIGIT_VALUES[code] as number) : -1;
}

/** The value of base-36 digits [0-9a-z]+ (already validated), or NaN past the safe range. */
export function fromBase36(text: string): number {
  let value = 0;
  let chunk = 0;
  let chunkLength = 0;
  for (let i = 0; i < text.length; i++) {
    chunk = chunk * 36 + base36DigitAt(text, i);
    chunkLength++;
    if (chunkLength === LOW_DIGITS) {
      value = value * LOW_RADIX + chunk;
      chunk = 0;
      chunkLength = 0;
    }
  }
  value = value * 36 ** chunkLength + chunk;
  return Number.isSafeInteger(value) ? value : Number.NaN;
}
