import fc from "fast-check";

import { type Progress, type Rating, type ReviewEntry, decodeProgress, emptyProgress, encodeProgress, normalizeProgress } from "@/lib/progress";
import { logColumns } from "@/lib/progress/lazy-log";
import { prefixOf } from "@/lib/progress/log-fingerprint";
import { encodeLog, storedRest } from "@/lib/progress/stored-format";

import { T0 } from "./support";

/*
 * The scan of a stored log works out the fingerprint of every prefix and the entries the
 * normal-form check must look at in the same pass (log-scan.ts). These tests hold it to what the
 * made entries give: the same prefixes (so a checkpoint matches exactly when it did), and the same
 * progress for a log that is not in normal form (ties out of order, an id twice, an undone review).
 */

const CARDS = ["django/a", "django/b", "python/c", "__proto__"];

interface RawEntry {
  card: number;
  rating: number;
  gap: number;
  suffix: string;
  full: boolean;
  mode: ReviewEntry["mode"];
}

const raw: fc.Arbitrary<RawEntry[]> = fc.array(
  fc.record({
    card: fc.nat(CARDS.length - 1),
    rating: fc.integer({ min: 1, max: 4 }),
    gap: fc.constantFrom(0, 0, 1, 7, 2 ** 32), // ties are common; a gap past 2^32 ms moves the time's high half
    suffix: fc.constantFrom("a", "b", "c", "d"), // few suffixes: ids at one time collide
    full: fc.boolean(), // an id written out in full ("~"), with the characters that need escaping
    mode: fc.constantFrom("due" as const, "shuffle" as const, "weak" as const, "interview" as const),
  }),
  { maxLength: 40 },
);

/** Entries in time order (ties in any id order, ids possibly repeated), as a stored log may hold them. */
function entriesOf(list: readonly RawEntry[]): ReviewEntry[] {
  let at = T0;
  return list.map((e) => {
    at += e.gap;
    const id = e.full ? `legacy,${e.suffix}%~` : `${at.toString(36)}-${e.suffix}`;
    return { id, cardId: CARDS[e.card] as string, rating: e.rating as Rating, at, mode: e.mode };
  });
}

function storedText(log: readonly ReviewEntry[], tombstones: string[]): string {
  const cardIndex = new Map<string, number>();
  const text = encodeLog(log, cardIndex);
  return JSON.stringify({ v: 2, cards: [...cardIndex.keys()], log: text, ...storedRest({ ...emptyProgress(), tombstones: [...tombstones].sort() }) });
}

function decoded(text: string): Progress {
  const d = decodeProgress(text);
  if (!d.ok) throw new Error(d.message);
  return d.progress;
}

describe("the scan of a stored log", () => {
  it("gives every prefix the fingerprint, last id and cards the made entries give", () => {
    fc.assert(
      fc.property(raw, (list) => {
        const p = normalizeProgress({ ...emptyProgress(), log: entriesOf(list) });
        const lazy = decoded(encodeProgress(p));
        expect(logColumns(lazy)).not.toBeNull();
        for (let n = 0; n <= p.log.length; n++) {
          const { cards, fingerprint, lastId } = prefixOf(p, n);
          expect(prefixOf(lazy, n)).toEqual({ cards, fingerprint, lastId });
        }
      }),
      { numRuns: 150 },
    );
  });

  it("reads a log that is not in normal form as its normal form, and one that is without making its entries", () => {
    fc.assert(
      fc.property(raw, fc.array(fc.nat(39), { maxLength: 3 }), (list, undone) => {
        const log = entriesOf(list);
        const tombstones = [...new Set(undone.flatMap((i) => (log[i] ? [log[i].id] : [])))];
        const expected = normalizeProgress({ ...emptyProgress(), log, tombstones });
        const progress = decoded(storedText(log, tombstones));
        expect(progress).toEqual(expected);
        const inNormalForm = expected.log.length === log.length && expected.log.every((e, i) => e === log[i] || e.id === log[i]?.id);
        expect(logColumns(progress) !== null).toBe(inNormalForm);
      }),
      { numRuns: 300 },
    );
  });
});
