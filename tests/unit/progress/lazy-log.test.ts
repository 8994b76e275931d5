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

describe("the scan's description of the whole log", () => {
  it("is the one a checkpoint of the whole log carries, so a later load checks it without a second pass over the log", () => {
    fc.assert(
      fc.property(entries.filter((l) => l.length > 0), (list) => {
        const p = decoded(progressOf(list));
        const columns = logColumns(p);
        if (!columns) throw new Error("not lazily decoded");
        const made = createCheckpoint(eager(p), cardStates(eager(p)));
        expect(columns.whole.fingerprint).toBe(made?.meta.fingerprint);
        const stored = readCheckpoint(made?.text ?? null);
        const derived = statesFromCheckpoint(p, stored);
        expect(derived.hit).toBe(true);
        expect(derived.replayed).toBe(0);
        expect(derived.states).toEqual(cardStates(eager(p)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("the scan's description of a log whose card table is in another order", () => {
  it("ranks cards by first review, not by their place in the table (a table another writer ordered)", () => {
    const at36 = T0.toString(36);
    const empty = JSON.parse(encodeProgress(emptyProgress())) as Record<string, unknown>;
    const raw = JSON.stringify({ ...empty, cards: ["django/b", "django/a"], log: `1C${at36}-aaaaaa,0D1-aaaaab,1A1-aaaaac` });
    const d = decodeProgress(raw);
    if (!d.ok) throw new Error(d.message);
    const columns = logColumns(d.progress);
    expect(columns?.whole.cards).toEqual(["django/a", "django/b"]);
    const made = createCheckpoint(eager(d.progress), cardStates(eager(d.progress)));
    expect(columns?.whole.fingerprint).toBe(made?.meta.fingerprint);
    expect(statesFromCheckpoint(d.progress, readCheckpoint(made?.text ?? null)).hit).toBe(true);
  });
});
