import { cardWeight, dealMockInterview, type MockOptions } from "@/lib/interview";
import type { CardState } from "@/lib/srs";

const NOW = Date.UTC(2026, 0, 15, 12);
const topicOf = (id: string) => id.split("/").slice(0, 2).join("/");
/** `topics` topics of `per` cards each: d/t0/c0, d/t0/c1, ... in bank order. */
const bank = (topics: number, per: number) => Array.from({ length: topics }, (_, t) => Array.from({ length: per }, (_, c) => `d/t${t}/c${c}`)).flat();
const state = (due: number): CardState => ({ phase: "review", due, stability: 5, difficulty: 5, reps: 2, lapses: 0, lastReview: due - 86_400_000, scheduledDays: 1, learningSteps: 0 });
const opts = (over: Partial<MockOptions> = {}): MockOptions => ({ count: 6, seed: "s", topicOf, states: new Map(), weak: new Set(), now: NOW, ...over });

function countBy(ids: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of ids) m.set(topicOf(id), (m.get(topicOf(id)) ?? 0) + 1);
  return m;
}

describe("dealMockInterview", () => {
  it("deals the same questions in the same order for the same seed, and others for another seed", () => {
    const ids = bank(5, 8);
    expect(dealMockInterview(ids, opts())).toEqual(dealMockInterview(ids, opts()));
    const others = ["a", "b", "c", "d"].map((seed) => dealMockInterview(ids, opts({ seed })).join());
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it("deals the number asked, distinct cards, or every card when there are fewer", () => {
    const dealt = dealMockInterview(bank(3, 4), opts({ count: 9 }));
    expect(dealt).toHaveLength(9);
    expect(new Set(dealt).size).toBe(9);
    expect(dealMockInterview(bank(1, 2), opts({ count: 6 }))).toHaveLength(2);
  });

  it("spreads the questions across topics: no topic gets two more than another", () => {
    for (const seed of ["x", "y", "z", "w"]) {
      const counts = [...countBy(dealMockInterview(bank(4, 10), opts({ count: 6, seed }))).values()];
      expect(counts).toHaveLength(4);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
    const fewer = countBy(dealMockInterview(bank(10, 3), opts({ count: 6 })));
    expect([...fewer.values()].every((n) => n === 1)).toBe(true);
  });

  it("keeps dealing from the topics that still have cards when one runs out", () => {
    const ids = ["d/small/only", ...bank(2, 10)];
    const dealt = dealMockInterview(ids, opts({ count: 9 }));
    expect(dealt).toContain("d/small/only");
    expect(dealt).toHaveLength(9);
  });

  it("asks due and weak cards more often than the rest", () => {
    const ids = bank(1, 20);
    const heavy = new Set(["d/t0/c0", "d/t0/c1", "d/t0/c2", "d/t0/c3"]);
    const states = new Map([...heavy].slice(0, 2).map((id) => [id, state(NOW - 1)]));
    const weak = new Set([...heavy].slice(2));
    let heavyDealt = 0;
    const runs = 200;
    for (let i = 0; i < runs; i++) heavyDealt += dealMockInterview(ids, opts({ count: 3, seed: `r${i}`, states, weak })).filter((id) => heavy.has(id)).length;
    // Uniform dealing would give 4/20 of 3 questions = 0.6 heavy per interview; the weights give far more.
    expect(heavyDealt / runs).toBeGreaterThan(1.2);
  });

  it("weighs a card 1, plus 2 when due, plus 3 when weak", () => {
    const o = { states: new Map([["a", state(NOW)], ["b", state(NOW + 1)]]), weak: new Set(["a", "c"]), now: NOW };
    expect(cardWeight("a", o)).toBe(6);
    expect(cardWeight("b", o)).toBe(1);
    expect(cardWeight("c", o)).toBe(4);
    expect(cardWeight("new", o)).toBe(1);
  });
});
