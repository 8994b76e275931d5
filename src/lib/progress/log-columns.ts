import { type Rating } from "@/lib/srs";

import { fromBase36, toBase36 } from "./base36";
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

/** Thrown for a log string that does not follow the grammar; the codec reports it as "invalid". */
export class LogFormatError extends Error {}

function unescapeId(text: string): string {
  return text.replace(/%2C|%25/g, (c) => (c === "%25" ? "%" : ","));
}

/**
 * What the scan of a log (log-scan.ts) works out in the same pass, so that a page load does not walk
 * 100,000 entries again for them: the entries the normal-form check must look at, and the
 * fingerprint of every prefix (log-fingerprint.ts) with its cards in order of first appearance.
 */
export interface ScanFacts {
  ties: readonly number[]; // entries (i > 0) at the same time as the one before (times never decrease)
  fulls: readonly number[]; // entries whose id is written out in full ("~")
  laneA: Int32Array; // the fingerprint's lanes after each entry
  laneB: Int32Array;
  distinct: number; // cards reviewed in the log
  order: Int32Array; // per card in order of first appearance (the first `distinct`): its index in `cards`
  firstAt: Int32Array; // and the entry where it first appears (increasing)
}

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
    readonly facts: ScanFacts, // what the scan learnt on its way (below)
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

/** The first of `at`'s entries (non-decreasing times) at `time` or later. */
function firstAtOrAfter(at: Float64Array, length: number, time: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((at[mid] as number) < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the scanned entries are in normal form: strictly in (time, id) order, no id twice, none
 * undone. The scan makes times non-decreasing and lists the entries at their predecessor's time
 * (`ties`) and those with a full id (`fulls`). Ids written as "-suffix" carry their own time, so in
 * strict order they cannot repeat each other; only full ids need a set, and only entries at a
 * tombstone's time need their id made.
 */
export function columnsInNormalForm(c: LogColumns, tombstones: readonly string[]): boolean {
  const { ties, fulls } = c.facts;
  for (const i of ties) if (c.id(i - 1) >= c.id(i)) return false;
  const full = fulls.map((i) => c.id(i));
  if (full.length > 0) {
    const set = new Set(full);
    if (set.size !== full.length) return false;
    // A "-" id equal to a full id would be one id twice.
    for (let i = 0; i < c.length; i++) if (c.fullId[i] === 0 && set.has(c.id(i))) return false;
  }
  if (tombstones.length === 0) return true;
  const dead = new Set(tombstones);
  if (full.some((id) => dead.has(id))) return false;
  for (const t of tombstones) {
    const dash = t.indexOf("-");
    if (!(dash > 0 && /^[0-9a-z]+$/.test(t.slice(0, dash)))) continue;
    const time = fromBase36(t.slice(0, dash));
    for (let i = firstAtOrAfter(c.at, c.length, time); i < c.length && c.at[i] === time; i++) if (c.fullId[i] === 0 && dead.has(c.id(i))) return false;
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
