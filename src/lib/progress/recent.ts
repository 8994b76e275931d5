/*
 * The newest reviews of a long history under a key of their own (`${key}:recent`), so a grade
 * writes a few hundred characters instead of the whole stored text: localStorage.setItem of a
 * 2 MB value costs 30–75 ms in Chromium, on every grade. The main key keeps the document as it was
 * last written in full (the base). The record names the base it extends (its length, and its text
 * from the log's last characters on: a history changes only there, or changes length) and holds what the document adds to it: the cards and log entries appended to the
 * base's, and its reviews with the rest (tombstones, flags, notes, settings) as a stored document
 * of their own. Reading splices them into the base's text, which gives exactly the text one write
 * of the whole document would have stored. When the base is not the one the record names (another
 * version of PrepDeck wrote it, or a full write was cut off before it removed the record), the
 * record's own document is merged in instead, so none of its reviews is lost.
 *
 * Record text: lines "R1", base length, review count, the base's end (see RecentRecord), the cards' JSON
 * to append, the log's JSON to append, the document. No line can hold a line break: JSON escapes them.
 */
import { encodeWithParts } from "./encoded-log";
import type { Progress } from "./models";

/** Bases shorter than this are written whole: the split only pays off for long histories. */
export const SPLIT_FROM_CHARS = 200_000;
/** A record longer than this is folded into the base by the next save (one full write). */
export const RECENT_MAX_CHARS = 60_000;
/** Characters of the base's log a record repeats, with all after it, to know its base (a history only grows at the end). */
const END_CHARS = 64;
const MAGIC = "R1";

const HEAD = '{"v":2,"cards":[';
const LOG_AFTER_CARDS = '],"log":"'; // the card table's end and the log's start
const LOG_END = '","tomb":';

/** The key of `key`'s record of recent reviews. */
export function recentKey(key: string): string {
  return `${key}:recent`;
}

/** Where a base text's card table ends (its "]") and its log string ends (its closing quote). */
export interface BaseLayout {
  readonly cardsEnd: number;
  readonly logEnd: number;
}

/** Index of the first unescaped `"` that starts `needle` at or after `from`, or -1. */
function closingQuote(text: string, needle: string, from: number): number {
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return at;
  }
  return -1;
}

/**
 * The layout of a document in the stored order (v, cards, log, tomb, …), or null for any other
 * text. A card id cannot hold `],"log":"` unescaped, nor the log `","tomb":`, so the first
 * occurrences are the table's and the log's ends.
 */
export function baseLayout(text: string): BaseLayout | null {
  if (!text.startsWith(HEAD)) return null;
  const cardsEnd = text.indexOf(LOG_AFTER_CARDS, HEAD.length - 1);
  if (cardsEnd < 0) return null;
  const logEnd = closingQuote(text, LOG_END, cardsEnd + LOG_AFTER_CARDS.length - 1);
  return logEnd < 0 ? null : { cardsEnd, logEnd };
}

export interface RecentRecord {
  readonly base: number; // length of the base text it extends
  readonly count: number; // reviews it adds
  readonly end: string; // the base's end: its log's last characters and all that follows (flags, notes, settings)
  readonly cards: string; // JSON appended to the base's card table, with its leading comma
  readonly log: string; // JSON appended inside the base's log string, with its leading comma
  readonly doc: string; // its reviews and the whole rest, as a stored document
}

/** The record in `text`, or null when it is not one. */
export function parseRecent(text: string): RecentRecord | null {
  const lines = text.split("\n");
  if (lines.length !== 7 || lines[0] !== MAGIC) return null;
  const [, base, count, end, cards, log, doc] = lines as [string, string, string, string, string, string, string];
  if (!/^\d{1,9}$/.test(base) || !/^\d{1,9}$/.test(count)) return null;
  return { base: Number(base), count: Number(count), end, cards, log, doc };
}

export function formatRecent(r: RecentRecord): string {
  return [MAGIC, String(r.base), String(r.count), r.end, r.cards, r.log, r.doc].join("\n");
}

/** The whole document: `base` with the record spliced in, or null when the record is not for this base. */
export function spliceRecent(base: string, r: RecentRecord): string | null {
  if (base.length !== r.base || !base.endsWith(r.end)) return null;
  const at = baseLayout(base);
  const own = baseLayout(r.doc);
  if (!at || !own) return null;
  // The rest after the log (`"tomb":…}`) is the record's: flags, notes and settings changed with it.
  return `${base.slice(0, at.cardsEnd)}${r.cards}${base.slice(at.cardsEnd, at.logEnd)}${r.log}",${r.doc.slice(own.logEnd + 2)}`;
}

/**
 * The record over `base` (`baseCount` reviews) of `whole`, the full new document in normal form,
 * whose card table and log are the base's followed by `appended` (the previous record's text and
 * this save's). Nothing of the history's text is copied: a grade costs its own reviews.
 */
export function makeRecent(base: string, layout: BaseLayout, baseCount: number, whole: Progress, appended: { cards: string; log: string }): RecentRecord {
  const own: Progress = { ...whole, log: whole.log.slice(baseCount) };
  return {
    base: base.length,
    count: own.log.length,
    end: base.slice(Math.max(0, layout.logEnd - END_CHARS)),
    cards: appended.cards,
    log: appended.log,
    doc: encodeWithParts(own).raw,
  };
}
