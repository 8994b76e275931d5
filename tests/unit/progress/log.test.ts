import fc from "fast-check";
import {
  addReview,
  emptyProgress,
  isFlagged,
  newEntryId,
  noteOf,
  reviewTimeFor,
  setFlag,
  setNote,
  setSettings,
  undoLast,
  undoReview,
  cardState,
} from "@/lib/progress";

import { DAY, MINUTE, T0, entry, withReviews } from "./support";

describe("newEntryId", () => {
  it("is the time in base 36 and a six-character random suffix", () => {
    expect(newEntryId(T0, () => 0)).toBe(`${T0.toString(36)}-000000`);
    expect(newEntryId(T0, () => 0.999999)).toMatch(new RegExp(`^${T0.toString(36)}-z{6}$`));
  });

  it("stays well-formed for a misbehaving random source", () => {
    expect(newEntryId(T0, () => 1)).toMatch(/^[0-9a-z]+-[0-9a-z]{6}$/);
    expect(newEntryId(T0, () => -3)).toMatch(/^[0-9a-z]+-[0-9a-z]{6}$/);
  });
});

describe("addReview", () => {
  it("keeps the log sorted by (at, id) and ignores a repeated id", () => {
    const late = entry("a", 3, T0 + DAY, "late");
    const early = entry("b", 1, T0, "early");
    const tie = entry("c", 2, T0, "a-tie");
    const p = withReviews(emptyProgress(), [late, early, tie, early]);
    expect(p.log.map((e) => e.id)).toEqual(["a-tie", "early", "late"]);
  });

  it("does not change its input", () => {
    const p = emptyProgress();
    addReview(p, entry("a", 3, T0));
    expect(p.log).toEqual([]);
  });
});

describe("undo", () => {
  it("removes the newest review and remembers it as a tombstone", () => {
    const p = withReviews(emptyProgress(), [entry("a", 3, T0, "1"), entry("a", 1, T0 + MINUTE, "2")]);
    const { progress, undone } = undoLast(p);
    expect(undone?.id).toBe("2");
    expect(progress.log.map((e) => e.id)).toEqual(["1"]);
    expect(progress.tombstones).toEqual(["2"]);
  });

  it("restores the card's previous schedule exactly", () => {
    const before = withReviews(emptyProgress(), [entry("a", 3, T0), entry("a", 3, T0 + 10 * MINUTE)]);
    const graded = addReview(before, entry("a", 1, T0 + 4 * DAY));
    expect(cardState(graded, "a", false)).not.toEqual(cardState(before, "a", false));
    expect(cardState(undoLast(graded).progress, "a", false)).toEqual(cardState(before, "a", false));
  });

  it("does nothing on an empty log", () => {
    const p = emptyProgress();
    expect(undoLast(p)).toEqual({ progress: p, undone: null });
  });

  it("will not re-add an undone review", () => {
    const e = entry("a", 3, T0, "x");
    const { progress } = undoReview(addReview(emptyProgress(), e), "x");
    expect(addReview(progress, e).log).toEqual([]);
  });
});

describe("flags, notes and settings", () => {
  it("sets and clears flags and notes", () => {
    let p = setFlag(emptyProgress(), "a", true, T0);
    p = setNote(p, "a", "remember select_related", T0);
    expect(isFlagged(p, "a")).toBe(true);
    expect(noteOf(p, "a")).toBe("remember select_related");
    p = setNote(setFlag(p, "a", false, T0 + 1), "a", "", T0 + 1);
    expect(isFlagged(p, "a")).toBe(false);
    expect(noteOf(p, "a")).toBe("");
    expect(isFlagged(p, "toString")).toBe(false);
  });

  it("stamps an edit after the value it replaces even if the clock went backwards", () => {
    const p = setFlag(emptyProgress(), "a", true, T0);
    const q = setFlag(p, "a", false, T0 - DAY);
    expect(q.flags.a?.at).toBeGreaterThan(p.flags.a?.at ?? Infinity);
  });

  it("clamps settings into range and ignores junk", () => {
    const p = setSettings(emptyProgress(), { desiredRetention: 2, newPerSession: -4, rolloverHour: 7.6, dailyGoal: 0 }, T0);
    expect(p.settings).toEqual({ value: { desiredRetention: 0.99, newPerSession: 0, rolloverHour: 8, dailyGoal: 1 }, at: T0 });
    const q = setSettings(p, { desiredRetention: Number.NaN }, T0 + 1);
    expect(q.settings.value.desiredRetention).toBe(0.99);
  });
});

describe("reviewTimeFor", () => {
  it("stamps a grade strictly after the card's last review, even on a clock that went backwards", () => {
    const p = addReview(emptyProgress(), entry("a", 3, T0));
    expect(reviewTimeFor(p, "a", T0 - DAY)).toBe(T0 + 1);
    expect(reviewTimeFor(p, "a", T0)).toBe(T0 + 1);
    expect(reviewTimeFor(p, "a", T0 + DAY)).toBe(T0 + DAY);
    expect(reviewTimeFor(p, "b", T0 - DAY)).toBe(T0 - DAY);
  });

  it("is one millisecond after the card's own last review whenever the clock is not past it, whatever the others' times", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ card: fc.constantFrom("a", "b", "c"), minutes: fc.integer({ min: 0, max: 100 }) }), { maxLength: 30 }),
        fc.constantFrom("a", "b", "c", "d"),
        fc.integer({ min: -10, max: 110 }),
        (reviews, card, minutes) => {
          const p = withReviews(emptyProgress(), reviews.map((r) => entry(r.card, 3, T0 + r.minutes * MINUTE)));
          const now = T0 + minutes * MINUTE;
          const own = p.log.filter((e) => e.cardId === card).map((e) => e.at);
          const last = own.length ? Math.max(...own) : -Infinity;
          expect(reviewTimeFor(p, card, now)).toBe(now > last ? now : last + 1);
        },
      ),
      { numRuns: 200, seed: 20261207 },
    );
  });
});
