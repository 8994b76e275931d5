import fc from "fast-check";

import { countsByTopic, topicOfCard } from "@/lib/drill";
import { topicKeyOf } from "@/lib/drill/topic-progress";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import type { CardPhase, CardState } from "@/lib/srs";

const DAY = 24 * 60 * 60_000;
const T0 = Date.UTC(2026, 0, 15, 12);

function state(phase: CardPhase, due: number, extra: Partial<CardState> = {}): CardState {
  return { phase, due, stability: 5, difficulty: 5, reps: 3, lapses: 0, lastReview: due - 5 * DAY, scheduledDays: 5, learningSteps: 0, ...extra };
}

const topic = (deckSlug: string, slug: string, count: number, otherIds: string[] = []): TopicIndexEntry => ({
  deckSlug,
  slug,
  title: slug,
  count,
  otherIds,
});

describe("countsByTopic", () => {
  const topics = [topic("django", "orm", 4, ["django/old-orm/pinned"]), topic("django", "orm-advanced", 3), topic("sql", "joins", 2)];

  it("counts a reviewed card in the topic its id starts with, and the rest as new", () => {
    const states = new Map([
      ["django/orm/queryset", state("learning", T0 + DAY)],
      ["django/orm/manager", state("review", T0 - DAY)],
      ["django/orm/fk", state("review", T0 + 30 * DAY, { stability: 40 })],
    ]);
    const counts = countsByTopic(topics, states, T0, 4);
    expect(counts.get("django/orm")).toEqual({ total: 4, new: 1, learning: 1, due: 1, review: 0, mastered: 1 });
  });

  it("matches the whole topic slug, not a prefix of it", () => {
    const states = new Map([["django/orm-advanced/window", state("review", T0 - DAY)]]);
    const counts = countsByTopic(topics, states, T0, 4);
    expect(counts.get("django/orm")).toMatchObject({ new: 4, due: 0 });
    expect(counts.get("django/orm-advanced")).toMatchObject({ new: 2, due: 1 });
  });

  it("counts a card pinned to an id outside its topic in the topic that lists it", () => {
    const states = new Map([["django/old-orm/pinned", state("review", T0 - DAY)]]);
    const counts = countsByTopic(topics, states, T0, 4);
    expect(counts.get("django/orm")).toEqual({ total: 4, new: 3, learning: 0, due: 1, review: 0, mastered: 0 });
  });

  it("gives every topic an entry, all new when nothing was reviewed", () => {
    const counts = countsByTopic(topics, new Map(), T0, 4);
    expect([...counts.keys()]).toEqual(["django/orm", "django/orm-advanced", "sql/joins"]);
    expect(counts.get("sql/joins")).toEqual({ total: 2, new: 2, learning: 0, due: 0, review: 0, mastered: 0 });
  });

  it("ignores reviews of ids the bank no longer has when given the known ids", () => {
    const states = new Map([
      ["sql/joins/inner", state("review", T0 - DAY)],
      ["sql/joins/retired", state("review", T0 - DAY)],
    ]);
    const counts = countsByTopic(topics, states, T0, 4, new Set(["sql/joins/inner", "sql/joins/outer"]));
    expect(counts.get("sql/joins")).toEqual({ total: 2, new: 1, learning: 0, due: 1, review: 0, mastered: 0 });
  });

  it("never counts more reviewed cards than the topic has", () => {
    const states = new Map([
      ["sql/joins/a", state("review", T0 - DAY)],
      ["sql/joins/b", state("review", T0 - DAY)],
      ["sql/joins/retired", state("review", T0 - DAY)],
    ]);
    const counts = countsByTopic(topics, states, T0, 4);
    expect(counts.get("sql/joins")).toMatchObject({ total: 2, new: 0, due: 2 });
  });

  it("counts a review due before the next rollover as due today", () => {
    // Due 2026-01-16T05:00Z: tomorrow with rollover 4, still today with rollover 6.
    const states = new Map([["sql/joins/a", state("review", Date.UTC(2026, 0, 16, 5))]]);
    expect(countsByTopic(topics, states, T0, 4).get("sql/joins")?.due).toBe(0);
    expect(countsByTopic(topics, states, T0, 6).get("sql/joins")?.due).toBe(1);
  });
});

describe("topicOfCard", () => {
  it("places a card by its id prefix, or by the topic that pinned it", () => {
    const topicOf = topicOfCard([topic("d", "orm", 2, ["d/views/moved-here"]), topic("d", "views", 1)]);
    expect(topicOf("d/orm/what-is-a-queryset")).toBe("d/orm");
    expect(topicOf("d/views/moved-here")).toBe("d/orm");
    expect(topicOf("d/views/cbv")).toBe("d/views");
  });
});

describe("topicKeyOf", () => {
  it("is the id's first two slash-separated parts, whatever the id", () => {
    expect(topicKeyOf("django/models-orm/what-is-a-queryset")).toBe("django/models-orm");
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", "/", "ü", ""), { maxLength: 12 }).map((parts) => parts.join("")), (id) => {
        expect(topicKeyOf(id)).toBe(id.split("/").slice(0, 2).join("/"));
      }),
      { numRuns: 500 },
    );
  });
});
