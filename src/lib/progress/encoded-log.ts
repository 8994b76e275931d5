import type { LogColumns } from "./log-columns";
import type { Progress, ReviewEntry } from "./models";
import { encodeEntry, encodeLog, storedRest } from "./stored-format";

/*
 * The stored document kept as the parts a save can extend, so logging one review writes the text
 * it had plus that review instead of encoding the whole history again. The document is
 *   {"v":2,"cards":[…],"log":"…","tomb":…,"flags":…,"notes":…,"settings":…}
 * and only `cards` and `log` grow with the history: they are kept as their JSON without the closing
 * "]" and '"', so appending is a string concatenation (JSON escapes character by character), and
 * the rest, small, is encoded again on every save. The text is exactly what encodeNormalProgress
 * makes for the same state when the parts came from it (tests/unit/progress/append-save.test.ts).
 */

/** The encoded `cards` and `log` of one log in normal form. */
export interface EncodedLog {
  readonly log: readonly ReviewEntry[]; // the entries encoded, in normal form
  /** Card id → index in `cards`. Shared with the parts extended from these: extend only through `commitAppend`. */
  readonly cardIndex: Map<string, number>;
  readonly cardsJson: string; // JSON of the card table without its closing "]"
  readonly logJson: string; // JSON of the log string without its closing quote
  readonly lastAt: number; // time of the last entry (0 for none): the next delta starts there
  readonly fullIds: ReadonlySet<string>; // ids written out in full ("~"): the only ones a "-" id could repeat
}

/** The stored text of `log` (parts) followed by the rest of `p`. */
export function assembleDocument(encoded: Pick<EncodedLog, "cardsJson" | "logJson">, p: Progress): string {
  // `{"tomb":…}` without its "{": the document's key order is v, cards, log, tomb, flags, notes, settings.
  const rest = JSON.stringify(storedRest(p)).slice(1);
  return `{"v":2,"cards":${encoded.cardsJson}],"log":${encoded.logJson}",${rest}`;
}

/** `p` (in normal form) encoded: the stored text and its parts. */
export function encodeWithParts(p: Progress): { raw: string; encoded: EncodedLog } {
  const cardIndex = new Map<string, number>();
  const fullIds = new Set<string>();
  const text = encodeLog(p.log, cardIndex, fullIds);
  const encoded: EncodedLog = {
    log: p.log,
    cardIndex,
    cardsJson: JSON.stringify([...cardIndex.keys()]).slice(0, -1),
    logJson: JSON.stringify(text).slice(0, -1),
    lastAt: p.log[p.log.length - 1]?.at ?? 0,
    fullIds,
  };
  return { raw: assembleDocument(encoded, p), encoded };
}

/** The parts of a stored document as scanned on load (`log` is its entries): nothing is encoded again. */
export function partsFromColumns(c: LogColumns, log: readonly ReviewEntry[]): EncodedLog {
  const cardIndex = new Map<string, number>();
  c.cards.forEach((id, i) => {
    if (!cardIndex.has(id)) cardIndex.set(id, i);
  });
  const fullIds = new Set<string>();
  for (let i = 0; i < c.length; i++) if (c.fullId[i] === 1) fullIds.add(c.id(i));
  return {
    log,
    cardIndex,
    cardsJson: JSON.stringify(c.cards).slice(0, -1),
    logJson: JSON.stringify(c.text).slice(0, -1),
    lastAt: c.length > 0 ? (c.at[c.length - 1] as number) : 0,
    fullIds,
  };
}

/** `encoded` extended by `added` (entries after its last, each with a "-" id), not yet committed. */
export interface PendingAppend {
  base: EncodedLog;
  next: Omit<EncodedLog, "cardIndex">;
  newCards: Map<string, number>; // cards first seen in `added`, with their indexes
  /** The JSON `next` adds to the card table and to the log string (what a record of recent reviews holds). */
  appended: { cards: string; log: string };
}

/**
 * The parts of `encoded` with `added` appended and `log` as their entries, or null when an added
 * review's id would be written out in full or repeats one already stored (the caller then encodes
 * everything). The card index is not touched until `commitAppend`, so a failed write changes nothing.
 */
export function appendParts(encoded: EncodedLog, added: readonly ReviewEntry[], log: readonly ReviewEntry[]): PendingAppend | null {
  if (added.length === 0) return { base: encoded, next: { ...encoded, log }, newCards: new Map(), appended: { cards: "", log: "" } };
  const newCards = new Map<string, number>();
  // Looks up the stored table first, then the cards new in this append, numbered after it.
  const index = {
    get: (id: string) => encoded.cardIndex.get(id) ?? newCards.get(id),
    set: (id: string) => newCards.set(id, encoded.cardIndex.size + newCards.size),
  };
  // Only the added text is built here: the whole texts are one concatenation each at the end.
  let cards = "";
  let logText = "";
  let cardsEmpty = encoded.cardsJson === "[";
  let previousAt = encoded.lastAt;
  let empty = encoded.log.length === 0;
  for (const entry of added) {
    if (encoded.fullIds.has(entry.id)) return null;
    if (index.get(entry.cardId) === undefined) {
      index.set(entry.cardId);
      cards += (cardsEmpty ? "" : ",") + JSON.stringify(entry.cardId);
      cardsEmpty = false;
    }
    const one = new Map([[entry.cardId, index.get(entry.cardId) as number]]);
    const fullIds = new Set<string>();
    const text = encodeEntry(entry, previousAt, one, fullIds);
    if (fullIds.size > 0) return null;
    logText += (empty ? "" : ",") + JSON.stringify(text).slice(1, -1);
    empty = false;
    previousAt = entry.at;
  }
  const next = { log, cardsJson: encoded.cardsJson + cards, logJson: encoded.logJson + logText, lastAt: previousAt, fullIds: encoded.fullIds };
  return { base: encoded, next, newCards, appended: { cards, log: logText } };
}

/** The parts after a successful write of `pending`: the card index now includes its new cards. */
export function commitAppend(pending: PendingAppend): EncodedLog {
  for (const [id, i] of pending.newCards) pending.base.cardIndex.set(id, i);
  return { ...pending.next, cardIndex: pending.base.cardIndex };
}
