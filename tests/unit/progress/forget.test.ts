import { emptyProgress, forgetCards, isFlagged, mergeProgress, noteOf, setFlag, setNote } from "@/lib/progress";
import { DAY, T0, entry, withReviews } from "./support";

function progress() {
  let p = withReviews(emptyProgress(), [entry("u-x/t/a", 3, T0, "r1"), entry("django/orm/b", 2, T0 + 1, "r2"), entry("u-x/t/a", 1, T0 + DAY, "r3")]);
  p = setFlag(p, "u-x/t/a", true, T0);
  p = setNote(p, "u-x/t/a", "remember", T0);
  p = setFlag(p, "django/orm/b", true, T0);
  return p;
}

describe("forgetCards", () => {
  it("deletes the cards' reviews, flag and note and leaves every other card as it was", () => {
    const p = forgetCards(progress(), new Set(["u-x/t/a"]), T0 + 2 * DAY);
    expect(p.log.map((e) => e.id)).toEqual(["r2"]);
    expect(isFlagged(p, "u-x/t/a")).toBe(false);
    expect(noteOf(p, "u-x/t/a")).toBe("");
    expect(isFlagged(p, "django/orm/b")).toBe(true);
  });

  it("stays deleted when merged with the state from before (another tab, an old export)", () => {
    const before = progress();
    const merged = mergeProgress(before, forgetCards(before, new Set(["u-x/t/a"]), T0 + 2 * DAY));
    expect(merged.log.map((e) => e.id)).toEqual(["r2"]);
    expect(isFlagged(merged, "u-x/t/a")).toBe(false);
    expect(noteOf(merged, "u-x/t/a")).toBe("");
  });

  it("returns the same state when the cards have no progress", () => {
    const p = progress();
    expect(forgetCards(p, new Set(["u-y/t/z"]), T0)).toBe(p);
  });
});
