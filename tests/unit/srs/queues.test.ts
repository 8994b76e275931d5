import { dueQueue, newCards, nextDueAt, topicCounts, type CardState } from "@/lib/srs";
import { LEARN_AHEAD_MS } from "@/lib/srs/queues";

import { DAY, HOUR, MINUTE, T0 } from "./helpers";
import { state } from "./states";

// T0 is 12:00 UTC; with rollover 4 the study day ends at 04:00 UTC tomorrow.
const endOfDay = Date.UTC(2026, 0, 16, 4);

function lookup(entries: Record<string, CardState>): Map<string, CardState> {
  return new Map(Object.entries(entries));
}

describe("dueQueue", () => {
  const states = lookup({
    learnLate: state("learning", T0 + 30 * MINUTE),
    relearnSoon: state("relearning", T0 + 5 * MINUTE),
    learnTomorrow: state("learning", endOfDay + HOUR),
    // Same due, different stability: the less stable one is less likely recalled.
    reviewFragile: state("review", T0 - DAY, { stability: 1, lastReview: T0 - 10 * DAY }),
    reviewSturdy: state("review", T0 - DAY, { stability: 30, lastReview: T0 - 10 * DAY }),
    reviewTonight: state("review", endOfDay - MINUTE, { stability: 40, lastReview: T0 - 2 * DAY }),
    reviewTomorrow: state("review", endOfDay),
  });
  const bank = [
    "new1",
    "reviewSturdy",
    "learnLate",
    "new2",
    "reviewTomorrow",
    "reviewTonight",
    "relearnSoon",
    "new3",
    "learnTomorrow",
    "reviewFragile",
  ];

  it("puts learning cards first by due, then reviews due today by recall, then new cards in bank order", () => {
    expect(dueQueue(bank, states, T0, { newLimit: 10, rolloverHour: 4 })).toEqual([
      "relearnSoon",
      "learnLate",
      "reviewFragile",
      "reviewSturdy",
      "reviewTonight",
      "new1",
      "new2",
      "new3",
    ]);
  });

  it("takes at most newLimit new cards", () => {
    const queue = dueQueue(bank, states, T0, { newLimit: 1 });
    expect(queue.filter((id) => id.startsWith("new"))).toEqual(["new1"]);
    expect(dueQueue(bank, states, T0, { newLimit: 0 }).some((id) => id.startsWith("new"))).toBe(false);
  });

  it("defaults to 20 new cards", () => {
    const many = Array.from({ length: 50 }, (_, i) => `n${i}`);
    expect(dueQueue(many, new Map(), T0)).toHaveLength(20);
  });

  it("brings back a card failed just before the rollover within the learn-ahead limit, not tomorrow", () => {
    const justBefore = endOfDay - 10_000; // 03:59:50
    const s = lookup({
      failed: state("relearning", endOfDay + 50_000), // its one-minute step ends after the rollover
      later: state("learning", justBefore + LEARN_AHEAD_MS + MINUTE),
      review: state("review", endOfDay + MINUTE),
    });
    expect(dueQueue(["failed", "later", "review"], s, justBefore, { rolloverHour: 4, newLimit: 0 })).toEqual(["failed"]);
  });

  it("follows the rollover hour: with rollover at 6 a card due at 05:00 tomorrow is due today", () => {
    const s = lookup({ early: state("review", Date.UTC(2026, 0, 16, 5)) });
    expect(dueQueue(["early"], s, T0, { rolloverHour: 4, newLimit: 0 })).toEqual([]);
    expect(dueQueue(["early"], s, T0, { rolloverHour: 6, newLimit: 0 })).toEqual(["early"]);
  });
});

describe("newCards", () => {
  it("returns unreviewed cards in bank order up to the limit", () => {
    const s = lookup({ b: state("review", T0) });
    expect(newCards(["a", "b", "c", "d"], s, 2)).toEqual(["a", "c"]);
    expect(newCards(["a", "b", "c"], s)).toEqual(["a", "c"]);
  });
});

describe("nextDueAt", () => {
  it("is the earliest due among reviewed cards", () => {
    const s = lookup({ a: state("review", T0 + 3 * DAY), b: state("learning", T0 + 2 * DAY) });
    expect(nextDueAt(["a", "b", "new"], s)).toBe(T0 + 2 * DAY);
  });

  it("is null when nothing was reviewed", () => {
    expect(nextDueAt(["a"], new Map())).toBeNull();
  });
});

describe("topicCounts", () => {
  it("counts new, learning, due, review and mastered cards disjointly, every card once", () => {
    const s = lookup({
      learning: state("learning", T0 + 10 * MINUTE),
      relearning: state("relearning", endOfDay + DAY),
      dueToday: state("review", endOfDay - 1, { stability: 50 }),
      mastered: state("review", endOfDay + 30 * DAY, { stability: 21 }),
      young: state("review", endOfDay + 3 * DAY, { stability: 20.9 }),
    });
    expect(topicCounts(["new", "learning", "relearning", "dueToday", "mastered", "young"], s, T0, 4)).toEqual({
      total: 6,
      new: 1,
      learning: 2,
      due: 1,
      review: 1,
      mastered: 1,
    });
  });
});
