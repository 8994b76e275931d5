import fc from "fast-check";
import { type Progress, type ReviewEntry, addReview, cardStates, emptyProgress, reviewTimeFor, setFlag, undoLast } from "@/lib/progress";
import { gradedLogOf } from "@/lib/progress/graded-log";
import { logIdentity, logLength } from "@/lib/progress/lazy-log";
import { createCardStatesSelector } from "@/stores/card-states";

import { MINUTE, T0, entry } from "./support";

const ids = (log: readonly ReviewEntry[]) => log.map((e) => e.id);

describe("a grade's log, made on first read", () => {
  it("is the log an eager append makes, and knows its length, newest entry and identity before that", () => {
    const base = addReview(addReview(emptyProgress(), entry("a", 3, T0, "1")), entry("b", 2, T0 + MINUTE, "2"));
    void base.log;
    const graded = addReview(base, entry("a", 4, T0 + 2 * MINUTE, "3"));
    const info = gradedLogOf(graded);
    expect(info?.entry.id).toBe("3");
    expect(logLength(graded)).toBe(3);
    expect(info?.priorKey).toBe(logIdentity(base));
    const key = logIdentity(graded);
    expect(ids(graded.log)).toEqual(["1", "2", "3"]);
    expect(ids(base.log)).toEqual(["1", "2"]); // the older state is untouched
    // Same identity once made, and for a progress spread from it (a flag set after the grade).
    expect(logIdentity(graded)).toBe(key);
    expect(logIdentity(setFlag(graded, "a", true, T0 + 3 * MINUTE))).toBe(key);
    expect(graded.log).toBe(graded.log);
  });

  it("sees repeated ids and tombstones across grades not yet made, and keeps ties and older reviews in order", () => {
    let p = emptyProgress();
    for (const e of [entry("a", 3, T0, "m"), entry("b", 3, T0, "n"), entry("a", 3, T0, "m"), entry("c", 1, T0, "l"), entry("c", 1, T0 - MINUTE, "early"), entry("b", 2, T0 + MINUTE, "n")]) p = addReview(p, e);
    expect(ids(p.log)).toEqual(["early", "l", "m", "n"]);
    const undone = undoLast(p).progress;
    expect(addReview(undone, entry("b", 3, T0 + 5 * MINUTE, "n")).log).toEqual(undone.log);
  });

  it("a long run of grades never read still reads back whole (the chain of waiting logs is cut short)", () => {
    let p = emptyProgress();
    for (let i = 0; i < 5000; i++) p = addReview(p, entry(`c${i % 7}`, 3, T0 + i * MINUTE, `id${String(i).padStart(5, "0")}`));
    expect(p.log).toHaveLength(5000);
    expect(p.log[4999]?.id).toBe("id04999");
    expect(addReview(p, entry("x", 3, T0 + 9999 * MINUTE, "id00017"))).toBe(p); // an id far down the chain
  });

  it("reviewTimeFor sees a grade not yet made", () => {
    const p = addReview(emptyProgress(), entry("a", 3, T0 + MINUTE, "1"));
    expect(reviewTimeFor(p, "a", T0)).toBe(T0 + MINUTE + 1);
  });

  it("card states: a grade replays its one entry, the same states as a full replay (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ card: fc.constantFrom("a", "b", "c"), rating: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, gap: fc.integer({ min: 1, max: 3 * 24 * 60 }), read: fc.boolean(), undo: fc.boolean() }), { maxLength: 30 }),
        (steps) => {
          const select = createCardStatesSelector();
          let p: Progress = emptyProgress();
          let at = T0;
          steps.forEach((s, i) => {
            at += s.gap * MINUTE;
            p = s.undo && i % 3 === 0 ? undoLast(p).progress : addReview(p, entry(s.card, s.rating, at, `g${i}`));
            if (s.read) void p.log;
            const states = select(p);
            expect(new Map(states)).toEqual(cardStates({ ...p, log: [...p.log] }));
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
