import fc from "fast-check";

import type { TopicIndexEntry } from "@/lib/deck/payload";
import { COUNT_PARTS, countsByTopic, sumCounts } from "@/lib/drill";
import { idsByTopicKey } from "@/lib/drill/topic-progress";
import { addReview, cardStates, emptyProgress, type Progress, type Rating, type ReviewMode } from "@/lib/progress";

const T0 = Date.UTC(2026, 0, 15, 12);
const DAY = 24 * 60 * 60_000;

const topics: TopicIndexEntry[] = [
  { deckSlug: "d", slug: "orm", title: "ORM", count: 3, otherIds: ["d/old/pinned"] },
  { deckSlug: "d", slug: "views", title: "Views", count: 2, otherIds: [] },
  { deckSlug: "d", slug: "empty", title: "Empty", count: 1, otherIds: [] },
];
// Cards of the bank, a pinned id, and ids the bank no longer has (one with a topic's prefix).
const cardIds = ["d/orm/a", "d/orm/b", "d/old/pinned", "d/views/a", "d/views/b", "d/empty/a", "d/orm/retired", "x/gone/card"];

const grade = fc.record({
  cardId: fc.constantFrom(...cardIds),
  rating: fc.constantFrom<Rating>(1, 2, 3, 4),
  mode: fc.constantFrom<ReviewMode>("due", "shuffle", "weak"),
  gap: fc.integer({ min: 0, max: 40 * DAY }),
});

function progressOf(grades: { cardId: string; rating: Rating; mode: ReviewMode; gap: number }[]): Progress {
  let at = T0;
  let progress = emptyProgress();
  grades.forEach((g, i) => {
    at += g.gap;
    progress = addReview(progress, { id: `e${i}`, cardId: g.cardId, rating: g.rating, at, mode: g.mode });
  });
  return progress;
}

describe("counts that add up", () => {
  it("puts every question of a topic in exactly one part, for any log, time and rollover hour", () => {
    fc.assert(
      fc.property(fc.array(grade, { maxLength: 30 }), fc.integer({ min: 0, max: 400 * DAY }), fc.integer({ min: 0, max: 23 }), (grades, later, rollover) => {
        const progress = progressOf(grades);
        const counts = countsByTopic(topics, cardStates(progress), T0 + later, rollover);
        for (const t of topics) {
          const c = counts.get(`${t.deckSlug}/${t.slug}`)!;
          expect(c.total).toBe(t.count);
          for (const part of COUNT_PARTS) expect(c[part]).toBeGreaterThanOrEqual(0);
          expect(COUNT_PARTS.reduce((n, part) => n + c[part], 0)).toBe(t.count);
        }
        const deck = sumCounts(counts.values());
        expect(deck.total).toBe(6);
        expect(COUNT_PARTS.reduce((n, part) => n + deck[part], 0)).toBe(6);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same counts from the store's grouping of reviewed ids, each topic alone or all together, pinned ids or not", () => {
    fc.assert(
      fc.property(fc.array(grade, { maxLength: 30 }), fc.integer({ min: 0, max: 40 * DAY }), (grades, later) => {
        const states = cardStates(progressOf(grades));
        const byKey = idsByTopicKey(states.keys());
        for (const set of [topics, ...topics.map((t) => [t]), topics.slice(1)]) {
          expect(countsByTopic(set, states, T0 + later, 4, undefined, byKey)).toEqual(countsByTopic(set, states, T0 + later, 4));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("shows a card graded Again, Hard, Easy on a three-card topic in numbers that sum to three", () => {
    const progress = progressOf([
      { cardId: "d/orm/a", rating: 1, mode: "shuffle", gap: 0 },
      { cardId: "d/orm/b", rating: 2, mode: "shuffle", gap: 10_000 },
      { cardId: "d/old/pinned", rating: 4, mode: "shuffle", gap: 10_000 },
    ]);
    const c = countsByTopic(topics, cardStates(progress), T0 + 30_000, 4).get("d/orm")!;
    expect(c).toEqual({ total: 3, new: 0, learning: 2, due: 0, review: 1, mastered: 0 });
  });
});
