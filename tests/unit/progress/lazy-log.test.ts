import fc from "fast-check";

import { type Progress, type Rating, type ReviewEntry, cardStates, decodeProgress, emptyProgress, encodeProgress, normalizeProgress, orphanReviewCount } from "@/lib/progress";
import { createCheckpoint, readCheckpoint, statesFromCheckpoint } from "@/lib/progress/checkpoint";
import { logColumns, logLength } from "@/lib/progress/lazy-log";
import { todayLine } from "@/stores/views/today";
import { weakNow } from "@/stores/views/weak";
import { createCardStatesSelector } from "@/stores/card-states";

import { MINUTE, T0 } from "./support";

const CARDS = ["django/a", "django/b", "python/c", "__proto__", "sql/d"];

function decoded(p: Progress): Progress {
  const d = decodeProgress(encodeProgress(p));
  if (!d.ok) throw new Error(d.message);
  return d.progress;
}

/** A plain copy: what a progress whose entries are already made looks like. */
const eager = (p: Progress): Progress => ({ ...p, log: [...p.log] });

const entries = fc.array(
  fc.record({ card: fc.nat(CARDS.length - 1), rating: fc.integer({ min: 1, max: 4 }), gap: fc.integer({ min: 0, max: 3 * 24 * 60 }), ms: fc.option(fc.nat(600_000), { nil: undefined }) }),
  { maxLength: 60 },
);

function progressOf(list: { card: number; rating: number; gap: number; ms: number | undefined }[], tomb: string[] = []): Progress {
  let at = T0;
  const log: ReviewEntry[] = list.map((e, i) => {
    at += e.gap * MINUTE;
    const base = { id: `${at.toString(36)}-${i.toString(36)}`, cardId: CARDS[e.card] as string, rating: e.rating as Rating, at, mode: "due" as const };
    return e.ms === undefined ? base : { ...base, ms: e.ms };
  });
  return normalizeProgress({ ...emptyProgress(), log, tombstones: tomb });
}

describe("a stored log decoded lazily", () => {
  it("makes no entry until the log is read, then the same entries a full decode makes", () => {
    const p = progressOf([{ card: 0, rating: 3, gap: 0, ms: 1200 }, { card: 1, rating: 1, gap: 5, ms: undefined }]);
    const d = decoded(p);
    expect(logColumns(d)?.length).toBe(2);
    expect(logLength(d)).toBe(2);
    expect(d.log).toEqual(p.log);
    expect(d.log).toBe(d.log); // made once
    expect(d).toEqual(p);
  });

  it("is made at once for a log that is not in normal form (an undone review still in it)", () => {
    const p = progressOf([{ card: 0, rating: 3, gap: 0, ms: undefined }, { card: 1, rating: 2, gap: 1, ms: undefined }]);
    const undone = p.log[1]?.id as string;
    const stored = JSON.parse(encodeProgress(p)) as { tomb: string[] };
    stored.tomb = [undone];
    const d = decodeProgress(JSON.stringify(stored));
    if (!d.ok) throw new Error(d.message);
    expect(logColumns(d.progress)).toBeNull();
    expect(d.progress.log.map((e) => e.id)).toEqual([p.log[0]?.id]);
  });

  it("gives the same card states from a checkpoint, today's line, weak cards and orphan count as the made entries do", () => {
    fc.assert(
      fc.property(entries, fc.nat(60), (list, cut) => {
        const p = progressOf(list);
        const prefix = { ...p, log: p.log.slice(0, Math.min(cut, p.log.length)) };
        const made = createCheckpoint(prefix, cardStates(prefix));
        const checkpoint = made ? readCheckpoint(made.text) : null;
        const lazy = decoded(p);
        const now = (p.log.at(-1)?.at ?? T0) + 60 * MINUTE;
        const fromColumns = statesFromCheckpoint(lazy, checkpoint);
        expect(fromColumns.states).toEqual(statesFromCheckpoint(eager(lazy), checkpoint).states);
        // The columns' fingerprint is the entries' one: a checkpoint of a prefix is used, not replayed over.
        expect(fromColumns.hit).toBe(checkpoint !== null);
        expect(todayLine(decoded(p), now)).toEqual(todayLine(eager(p), now));
        const known = new Set(CARDS.slice(0, 2));
        expect(orphanReviewCount(decoded(p), known)).toBe(orphanReviewCount(eager(p), known));
        const select = createCardStatesSelector(() => checkpoint);
        expect(weakNow({ progress: decoded(p), cardStates: select }, CARDS, now)).toEqual(weakNow({ progress: eager(p), cardStates: cardStates }, CARDS, now));
      }),
      { numRuns: 60 },
    );
  });
});
