import fc from "fast-check";

import {
  type Progress,
  addReview,
  emptyProgress,
  encodeProgress,
  isEmptyProgress,
  mergeAddedNothing,
  mergeChangesNothing,
  mergeProgress,
  normalizeProgress,
  setFlag,
  setNote,
  undoLast,
} from "@/lib/progress";

import { conflictingProgressArb, progressArb } from "./arbitraries";
import { DAY, T0, entry, withReviews } from "./support";

function same(a: Progress, b: Progress): void {
  expect(a).toEqual(b);
  expect(encodeProgress(a)).toBe(encodeProgress(b));
}

describe.each([
  ["well-formed progress", progressArb],
  ["progress whose ids collide with different content", conflictingProgressArb],
])("mergeProgress on %s", (_, arb) => {
  it("is commutative", () => {
    fc.assert(fc.property(arb, arb, (a, b) => same(mergeProgress(a, b), mergeProgress(b, a))), { numRuns: 300 });
  });

  it("is associative", () => {
    fc.assert(
      fc.property(arb, arb, arb, (a, b, c) => same(mergeProgress(mergeProgress(a, b), c), mergeProgress(a, mergeProgress(b, c)))),
      { numRuns: 300 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(arb, (a) => {
        const n = normalizeProgress(a);
        same(mergeProgress(n, n), n);
        same(mergeProgress(a, a), n);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the log sorted by (at, id) with unique ids and no tombstoned entries", () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const m = mergeProgress(a, b);
        const ids = m.log.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(m.log.some((e) => m.tombstones.includes(e.id))).toBe(false);
        const sorted = [...m.log].sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
        expect(m.log).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });
});

describe("mergeProgress in practice", () => {
  it("keeps both tabs' reviews", () => {
    const a = withReviews(emptyProgress(), [entry("x", 3, T0, "a1"), entry("y", 3, T0 + 2, "a2")]);
    const b = withReviews(emptyProgress(), [entry("x", 1, T0 + 1, "b1")]);
    expect(mergeProgress(a, b).log.map((e) => e.id)).toEqual(["a1", "b1", "a2"]);
  });

  it("never brings back an undone review, even from an older copy that still has it", () => {
    const older = withReviews(emptyProgress(), [entry("x", 3, T0, "keep"), entry("x", 1, T0 + DAY, "oops")]);
    const { progress: undone } = undoLast(older);
    const merged = mergeProgress(older, undone);
    expect(merged.log.map((e) => e.id)).toEqual(["keep"]);
    expect(merged.tombstones).toEqual(["oops"]);
    expect(mergeProgress(merged, addReview(older, entry("y", 2, T0 + 2 * DAY, "new"))).log.map((e) => e.id)).toEqual([
      "keep",
      "new",
    ]);
  });

  it("takes the later flag and note", () => {
    const a = setNote(setFlag(emptyProgress(), "x", true, T0), "x", "old", T0);
    const b = setNote(setFlag(emptyProgress(), "x", false, T0 + 1), "x", "new", T0 + 1);
    const m = mergeProgress(a, b);
    expect(m.flags.x).toEqual({ value: false, at: T0 + 1 });
    expect(m.notes.x).toEqual({ value: "new", at: T0 + 1 });
  });

  it("keeps a card id like __proto__ as an ordinary key", () => {
    const m = mergeProgress(setFlag(emptyProgress(), "__proto__", true, T0), emptyProgress());
    expect(Object.keys(m.flags)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(m.flags)).toBe(Object.prototype);
  });
});

describe("the sync's merge helpers", () => {
  it("mergeAddedNothing is true exactly when the merge with another state brought nothing new", () => {
    fc.assert(
      fc.property(progressArb, progressArb, (raw, b) => {
        // The sync's states are normal (decoded, merged or normalized): a review tombstoned in its
        // own state is never still in its log, which the counts below rely on.
        const a = normalizeProgress(raw);
        const merged = mergeProgress(a, b);
        expect(mergeAddedNothing(a, merged)).toBe(encodeProgress(a) === encodeProgress(merged));
      }),
      { numRuns: 60 },
    );
  });

  it("mergeAddedNothing does not depend on the order of note or flag keys (a merge may list __proto__ first)", () => {
    const a = { ...emptyProgress(), notes: { "django/a": { value: "", at: T0 } } };
    Object.defineProperty(a.notes, "__proto__", { value: { value: "", at: T0 }, enumerable: true, configurable: true, writable: true });
    const merged = mergeProgress(a, emptyProgress());
    expect(mergeAddedNothing(a, merged)).toBe(true);
  });

  it("isEmptyProgress ignores settings, and mergeChangesNothing holds for an untouched state", () => {
    const empty = emptyProgress();
    expect(isEmptyProgress(empty)).toBe(true);
    expect(isEmptyProgress(setFlag(empty, "d/t/a", false, T0))).toBe(false);
    const stored = withReviews(emptyProgress(), [entry("d/t/a", 3, T0)]);
    expect(mergeChangesNothing(empty, stored)).toBe(true);
    expect(mergeChangesNothing(withReviews(empty, [entry("d/t/b", 1, T0 + DAY)]), stored)).toBe(false);
  });
});
