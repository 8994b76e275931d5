import fc from "fast-check";
import { type Progress, type ReviewEntry, addReview, emptyProgress, undoLast, undoReview } from "@/lib/progress";
import { appendEntry, hasEntryId, knownPrefix } from "@/lib/progress/log-lineage";
import { compareReviews } from "@/lib/srs";

import { MINUTE, T0, entry } from "./support";

const ids = (log: readonly ReviewEntry[]) => log.map((e) => e.id);

describe("log lineage", () => {
  it("appending keeps order and makes a new array, leaving the old one as it was", () => {
    const a = [entry("a", 3, T0, "1"), entry("b", 2, T0 + MINUTE, "2")];
    const b = appendEntry(a, entry("a", 4, T0 + 2 * MINUTE, "3"));
    expect(b).not.toBe(a);
    expect(ids(a)).toEqual(["1", "2"]);
    expect(ids(b)).toEqual(["1", "2", "3"]);
    expect(knownPrefix(a, b)).toBe(true);
    expect(knownPrefix(b, a)).toBe(false); // longer than the log: not its prefix
  });

  it("is invisible to spreads, JSON and deep equality", () => {
    const a = [entry("a", 3, T0, "1")];
    const b = appendEntry(a, entry("a", 3, T0 + MINUTE, "2"));
    expect(Object.keys(b)).toEqual(["0", "1"]);
    expect(JSON.stringify(b)).toBe(JSON.stringify([...a, b[1]]));
    expect(b).toEqual([a[0], b[1]]);
  });

  it("knows ids in O(1) for every log of the lineage, old ones included", () => {
    const a = [entry("a", 3, T0, "1")];
    const b = appendEntry(a, entry("a", 3, T0 + MINUTE, "2"));
    expect(hasEntryId(b, "1")).toBe(true);
    const c = appendEntry(b, entry("b", 3, T0 + 2 * MINUTE, "3"));
    expect(hasEntryId(c, "3")).toBe(true);
    expect(hasEntryId(b, "3")).toBe(false); // logged after b
    expect(hasEntryId(a, "2")).toBe(false);
    expect(hasEntryId(a, "1")).toBe(true);
    expect(hasEntryId(c, "nope")).toBe(false);
  });

  it("a second append to an older log starts a new lineage: no false proof across the fork", () => {
    const a = [entry("a", 3, T0, "1")];
    const b = appendEntry(a, entry("a", 3, T0 + MINUTE, "x"));
    expect(hasEntryId(b, "x")).toBe(true);
    const c = appendEntry(a, entry("b", 1, T0 + MINUTE, "y")); // a fork: a is no longer b's lineage's tip
    expect(knownPrefix(a, c)).toBe(true);
    expect(knownPrefix(b, c)).toBe(false);
    expect(knownPrefix(c, b)).toBe(false);
    expect(hasEntryId(c, "x")).toBe(false);
    expect(hasEntryId(c, "y")).toBe(true);
    expect(hasEntryId(b, "y")).toBe(false);
    expect(hasEntryId(b, "x")).toBe(true);
    // Same lengths, different entries: never taken for one another.
    const d = appendEntry(c, entry("c", 2, T0 + 2 * MINUTE, "z"));
    const e = appendEntry(b, entry("c", 2, T0 + 2 * MINUTE, "z2"));
    expect(knownPrefix(d, e)).toBe(false);
    expect(hasEntryId(e, "z")).toBe(false);
    expect(hasEntryId(d, "z2")).toBe(false);
  });

  it("a frozen log is appended to without a lineage, and answered by a walk", () => {
    const a = Object.freeze([entry("a", 3, T0, "1")]);
    const b = appendEntry(a, entry("a", 3, T0 + MINUTE, "2"));
    expect(ids(b)).toEqual(["1", "2"]);
    expect(hasEntryId(a, "1")).toBe(true);
    expect(hasEntryId(b, "2")).toBe(true);
    expect(knownPrefix(a, b)).toBe(false); // not known, not wrong
  });
});

describe("addReview over a lineage", () => {
  it("keeps (at, id) order for ties and out-of-order times, and ignores repeated ids", () => {
    let p = emptyProgress();
    const steps = [
      entry("a", 3, T0 + 2 * MINUTE, "m"),
      entry("b", 3, T0 + 2 * MINUTE, "n"), // a tie on time: after "m" by id
      entry("c", 3, T0 + 2 * MINUTE, "l"), // a tie that sorts before: inserted, not appended
      entry("a", 1, T0, "early"), // an older review (another tab, an import)
      entry("b", 2, T0 + 3 * MINUTE, "late"),
      entry("b", 2, T0 + 3 * MINUTE, "late"), // repeated
      entry("x", 2, T0 + 9 * MINUTE, "m"), // repeated id at another time
    ];
    for (const e of steps) p = addReview(p, e);
    expect(ids(p.log)).toEqual(["early", "l", "m", "n", "late"]);
  });

  it("an undone review is not logged again, and a grade after an undo is", () => {
    let p = emptyProgress();
    p = addReview(p, entry("a", 3, T0, "1"));
    p = addReview(p, entry("a", 3, T0 + MINUTE, "2"));
    const undone = undoLast(p).progress;
    expect(addReview(undone, entry("a", 3, T0 + MINUTE, "2")).log).toBe(undone.log);
    const again = addReview(undone, entry("a", 4, T0 + 2 * MINUTE, "3"));
    expect(ids(again.log)).toEqual(["1", "3"]);
    // The log before the undo still has what it had.
    expect(ids(p.log)).toEqual(["1", "2"]);
    expect(hasEntryId(p.log, "2")).toBe(true);
    expect(hasEntryId(again.log, "2")).toBe(false);
  });

  /** The same log an array-only implementation (sort, and a walk for ids) makes. */
  function reference(entries: readonly ReviewEntry[], undos: ReadonlySet<number>): { log: ReviewEntry[]; dead: Set<string> } {
    let log: ReviewEntry[] = [];
    const dead = new Set<string>();
    entries.forEach((e, i) => {
      if (undos.has(i)) {
        const last = log[log.length - 1];
        if (last) {
          dead.add(last.id);
          log = log.slice(0, -1);
        }
        return;
      }
      if (dead.has(e.id) || log.some((x) => x.id === e.id)) return;
      log = [...log, e].sort(compareReviews);
    });
    return { log, dead };
  }

  it("matches a walk-and-sort reference over random grades, forks and undos (property)", () => {
    const arbEntry = fc.record({
      card: fc.constantFrom("a", "b", "c"),
      dt: fc.integer({ min: -3, max: 5 }),
      id: fc.constantFrom("p", "q", "r", "s", "t", "u", "v", "w"),
      rating: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
    });
    fc.assert(
      fc.property(fc.array(arbEntry, { maxLength: 40 }), fc.array(fc.nat(40), { maxLength: 6 }), fc.array(fc.nat(40), { maxLength: 4 }), (raw, undoAt, forkAt) => {
        let at = T0;
        const entries = raw.map((r, i) => {
          at += r.dt * MINUTE;
          return entry(r.card, r.rating, at, `${r.id}${i % 7}`);
        });
        const undos = new Set(undoAt);
        let p: Progress = emptyProgress();
        const history: Progress[] = [p];
        entries.forEach((e, i) => {
          p = undos.has(i) ? undoLast(p).progress : addReview(p, e);
          history.push(p);
        });
        const expected = reference(entries, undos);
        expect(ids(p.log)).toEqual(ids(expected.log));
        // Appending to older states (forks) never changes them, nor what later states hold.
        for (const k of forkAt) {
          const old = history[k % history.length] as Progress;
          const before = ids(old.log);
          const forked = addReview(old, entry("z", 3, T0 + 1000 * MINUTE, `fork${k}`));
          expect(ids(old.log)).toEqual(before);
          expect(hasEntryId(forked.log, `fork${k}`)).toBe(true);
          expect(hasEntryId(p.log, `fork${k}`)).toBe(false);
          for (const h of history) for (const e of h.log) expect(hasEntryId(h.log, e.id)).toBe(true);
        }
        // Any two states the lineage calls prefix and log are one.
        for (const x of history) for (const y of history) if (knownPrefix(x.log, y.log)) expect(y.log.slice(0, x.log.length)).toEqual(x.log);
        expect(undoReview(p, "none").progress).toBe(p);
      }),
      { numRuns: 300 },
    );
  });
});
