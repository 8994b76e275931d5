import { type Rating } from "@/lib/srs";

import { base36DigitAt, fromBase36, toBase36 } from "./base36";
import type { ReviewEntry, ReviewMode } from "./models";

/*
 * The stored log string (grammar in README.md and stored-format.ts) scanned into typed columns:
 * one pass that checks every entry and keeps its card, grade, time and where its id is written,
 * without making an object or a string per review. Making 100,000 entries costs far more than
 * reading the text, and a page load needs only what the columns answer (the checkpoint's match,
 * today's count, each card's last grade); the entries themselves are made when something asks.
 */

const MODES: readonly ReviewMode[] = ["due", "shuffle", "weak"];
const INTERVIEW_BASE = 12;
const RATINGS: readonly Rating[] = [1, 2, 3, 4];
const LETTER_BASE = "A".charCodeAt(0);
const DOT = 46;
const DASH = 45;
const TILDE = 126;
const COMMA = 44;

/** Thrown for a log string that does not follow the grammar; the codec reports it as "invalid". */
export class LogFormatError extends Error {}

function unescapeId(text: string): string {
  return text.replace(/%2C|%25/g, (c) => (c === "%25" ? "%" : ","));
}

/** The rating of each rating+mode code (what `rating(i)` gives), for loops that read `code` directly. */
export const RATING_OF_CODE: readonly Rating[] = Object.freeze(Array.from({ length: 16 }, (_, c) => RATINGS[c >= INTERVIEW_BASE ? c - INTERVIEW_BASE : Math.floor(c / MODES.length)] ?? 1));

/** A scanned log: entry `i` is card `cards[card[i]]`, graded `code[i]` at `at[i]`. */
export class LogColumns {
  constructor(
    readonly text: string, // the stored log string
    readonly cards: readonly string[], // the stored card table
    readonly length: number, // entries
    readonly card: Int32Array, // index into `cards`
    readonly code: Uint8Array, // the rating+mode letter, 0..15
    readonly at: Float64Array, // time (ms)
    readonly ms: Float64Array, // answer time, -1 when absent
    readonly idFrom: Int32Array, // where the id part's text starts (after "-" or "~")
    readonly idTo: Int32Array, // and ends
    readonly fullId: Uint8Array, // 1 when the id is written out in full ("~")
  ) {}

  rating(i: number): Rating {
    const c = this.code[i] as number;
    return RATINGS[c >= INTERVIEW_BASE ? c - INTERVIEW_BASE : Math.floor(c / MODES.length)] as Rating;
  }

  mode(i: number): ReviewMode {
    const c = this.code[i] as number;
    return c >= INTERVIEW_BASE ? "interview" : (MODES[c % MODES.length] as ReviewMode);
  }

  id(i: number): string {
    const part = this.text.slice(this.idFrom[i], this.idTo[i]);
    return this.fullId[i] === 1 ? unescapeId(part) : `${toBase36(this.at[i] as number)}-${part}`;
  }

  entry(i: number): ReviewEntry {
    const base = { id: this.id(i), cardId: this.cards[this.card[i] as number] as string, rating: this.rating(i), at: this.at[i] as number, mode: this.mode(i) };
    const ms = this.ms[i] as number;
    return ms < 0 ? base : { ...base, ms };
  }

  /** Entries `from`..end, made now. */
  entries(from = 0): ReviewEntry[] {
    const out: ReviewEntry[] = [];
    for (let i = from; i < this.length; i++) out.push(this.entry(i));
    return out;
  }
}

/**
 * Reads the base-36 number at `text[from]` into `value[0]` (exact up to 10 digits, 36^10 < 2^53,
 * else through fromBase36) and returns where its digits end (`from` when there are none). The
 * value goes out through the caller's array, not a returned object or a closure's variable: the
 * scan calls this three times per review, mostly before V8 has optimised it.
 */
function readNumber(text: string, from: number, value: Float64Array): number {
  let pos = from;
  let v = 0;
  for (let d = base36DigitAt(text, pos); d >= 0; d = base36DigitAt(text, ++pos)) v = v * 36 + d;
  value[0] = pos - from > 10 ? fromBase36(text.slice(from, pos)) : v;
  return pos;
}

/**
 * Scans a log string against its card table; throws LogFormatError on anything the grammar does
 * not allow (the same checks, in the same order, as making the entries would). Every page load
 * with a long history runs it once, mostly before V8 has optimised it: numbers are read by a plain
 * function (readNumber), since a helper closure that moved the position cost a 100,000-review
 * load about a fifth more.
 */
export function scanLog(text: string, cards: readonly string[]): LogColumns {
  let count = text === "" ? 0 : 1;
  for (let i = text.indexOf(","); i >= 0; i = text.indexOf(",", i + 1)) count++;
  const card = new Int32Array(count);
  const code = new Uint8Array(count);
  const at = new Float64Array(count);
  const msCol = new Float64Array(count);
  const idFrom = new Int32Array(count);
  const idTo = new Int32Array(count);
  const fullId = new Uint8Array(count);
  const n = text.length;
  let pos = 0;
  let previousAt = 0;
  let position = 0;
  const fail = (why: string) => new LogFormatError(`log entry ${position} ${why}`);
  const value = new Float64Array(1); // readNumber's result
  for (; position < count; position++) {
    let end = readNumber(text, pos, value);
    if (end === pos) throw fail("is malformed");
    const index = value[0] as number;
    if (!(index < cards.length)) throw fail("points to an unknown card");
    const letter = text.charCodeAt(end) - LETTER_BASE;
    if (!(letter >= 0 && letter <= 15)) throw fail("is malformed");
    pos = end + 1;
    end = readNumber(text, pos, value);
    if (end === pos) throw fail("is malformed");
    const time = previousAt + (value[0] as number);
    pos = end;
    let ms = -1;
    if (text.charCodeAt(pos) === DOT) {
      end = readNumber(text, pos + 1, value);
      if (end === pos + 1) throw fail("is malformed");
      ms = value[0] as number;
      pos = end;
    }
    const kind = text.charCodeAt(pos);
    pos++;
    end = pos;
    if (kind === DASH) {
      // Digits up to the next entry: "-" and an id suffix in base 36.
      while (base36DigitAt(text, end) >= 0) end++;
      if (end === pos || (end < n && text.charCodeAt(end) !== COMMA)) throw fail("is malformed");
    } else if (kind === TILDE) {
      end = text.indexOf(",", pos);
      if (end < 0) end = n;
      if (end === pos) throw fail("has an empty id");
      fullId[position] = 1;
    } else throw fail("is malformed");
    if (!Number.isSafeInteger(time)) throw fail("has a bad time");
    if (ms >= 0 && !Number.isSafeInteger(ms)) throw fail("has a bad answer time");
    card[position] = index;
    code[position] = letter;
    at[position] = time;
    msCol[position] = ms;
    idFrom[position] = pos;
    idTo[position] = end;
    previousAt = time;
    pos = end + 1;
  }
  return new LogColumns(text, cards, count, card, code, at, msCol, idFrom, idTo, fullId);
}

/**
 * Whether the scanned entries are in normal form: strictly in (time, id) order, no id twice, none
 * undone. Ids written as "-suffix" carry their own time, so in strict order they cannot repeat each
 * other; only full ids need a set, and only entries at a tombstone's time need their id made.
 */
export function columnsInNormalForm(c: LogColumns, tombstones: readonly string[]): boolean {
  for (let i = 1; i < c.length; i++) {
    const a = c.at[i - 1] as number;
    const b = c.at[i] as number;
    if (a > b || (a === b && c.id(i - 1) >= c.id(i))) return false;
  }
  const full: string[] = [];
  for (let i = 0; i < c.length; i++) if (c.fullId[i] === 1) full.push(c.id(i));
  if (full.length > 0) {
    const set = new Set(full);
    if (set.size !== full.length) return false;
    // A "-" id equal to a full id would be one id twice.
    for (let i = 0; i < c.length; i++) if (c.fullId[i] === 0 && set.has(c.id(i))) return false;
  }
  if (tombstones.length === 0) return true;
  const dead = new Set(tombstones);
  const deadTimes = new Set<number>();
  for (const t of tombstones) {
    const dash = t.indexOf("-");
    if (dash > 0 && /^[0-9a-z]+$/.test(t.slice(0, dash))) deadTimes.add(fromBase36(t.slice(0, dash)));
  }
  for (let i = 0; i < c.length; i++) {
    if ((c.fullId[i] === 1 || deadTimes.has(c.at[i] as number)) && dead.has(c.id(i))) return false;
  }
  return true;
}

/** The last grade of every card in columns of a log in normal form (time order). */
export function lastRatingsOf(c: LogColumns): Map<string, Rating> {
  const last = new Map<string, Rating>();
  const seen = new Int8Array(c.cards.length).fill(-1);
  // In time order the last write per card is its last grade.
  for (let i = 0; i < c.length; i++) seen[c.card[i] as number] = c.code[i] as number;
  seen.forEach((code, index) => {
    if (code < 0) return;
    const r = code >= INTERVIEW_BASE ? code - INTERVIEW_BASE : Math.floor(code / MODES.length);
    last.set(c.cards[index] as string, RATINGS[r] as Rating);
  });
  return last;
}

/** The ids of the cards with a review in the columns. */
export function reviewedCardsOf(c: LogColumns): Set<string> {
  const seen = new Uint8Array(c.cards.length);
  for (let i = 0; i < c.length; i++) seen[c.card[i] as number] = 1;
  const out = new Set<string>();
  seen.forEach((s, index) => {
    if (s === 1) out.add(c.cards[index] as string);
  });
  return out;
}
