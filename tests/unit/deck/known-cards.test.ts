import { describe, expect, it } from "vitest";
import { knownCardIds } from "@/lib/deck/known-cards";
import type { UserDeckSummary } from "@/lib/deck/user-deck";
import { emptyProgress, orphanReviewCount } from "@/lib/progress";

const added: UserDeckSummary = {
  slug: "u-mine",
  title: "Mine",
  source: { kind: "files", label: "a.md" },
  credits: {},
  topics: [{ deckSlug: "u-mine", slug: "basics", title: "Basics", count: 2, otherIds: ["u-mine/pinned-elsewhere"] }],
  questions: 2,
  bytes: 100,
  savedAt: 0,
};

describe("known cards", () => {
  it("counts an added deck's cards as known and the rest of the world as orphans", () => {
    const known = knownCardIds(["django/orm/q"], [added]);
    expect(known.has("django/orm/q")).toBe(true);
    expect(known.has("u-mine/basics/what-is-x")).toBe(true);
    expect(known.has("u-mine/pinned-elsewhere")).toBe(true);
    expect(known.has("u-mine/other-topic/q")).toBe(false);
    expect(known.has("u-gone/basics/q")).toBe(false);
    const log = ["django/orm/q", "u-mine/basics/a", "u-gone/t/q"].map((cardId, i) => ({ id: String(i), cardId, rating: 3 as const, at: i, mode: "due" as const }));
    expect(orphanReviewCount({ ...emptyProgress(), log }, known)).toBe(1);
  });
});
