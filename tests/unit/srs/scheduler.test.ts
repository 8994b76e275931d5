import { createEmptyCard, default_w, fsrs, generatorParameters, Rating as FsrsRating } from "ts-fsrs";

import fc from "fast-check";

import { type CardState, RATINGS, type Rating, formatInterval, nextState, prepareScheduler, previewIntervals, replayAll, replayCard, retrievability } from "@/lib/srs";

import { DAY, MINUTE, T0, review } from "./helpers";

const exact = { fuzz: false };

/** A card that has graduated to review: Good on a new card, Good again 10 minutes later. */
function graduated(): { entries: ReturnType<typeof review>[]; state: CardState } {
  const entries = [review("c", 3, T0), review("c", 3, T0 + 10 * MINUTE)];
  const state = replayCard(entries, exact);
  if (!state) throw new Error("expected a state");
  return { entries, state };
}

describe("replayCard", () => {
  it("treats a card without reviews as new (no state)", () => {
    expect(replayCard([], exact)).toBeUndefined();
  });

  it("puts a new card graded Good into the 10-minute learning step", () => {
    const state = replayCard([review("c", 3, T0)], exact);
    expect(state).toMatchObject({ phase: "learning", reps: 1, lapses: 0, lastReview: T0 });
    expect(state?.due).toBe(T0 + 10 * MINUTE);
    expect(state?.stability).toBeCloseTo(default_w[2] ?? Number.NaN, 6);
  });

  it("graduates a card to review after two Goods", () => {
    const { state } = graduated();
    expect(state.phase).toBe("review");
    expect(state.due - state.lastReview).toBeGreaterThanOrEqual(DAY);
  });

  it("puts a review card graded Again into relearning and counts a lapse", () => {
    const { entries, state } = graduated();
    const relearning = replayCard([...entries, review("c", 1, state.due)], exact);
    expect(relearning).toMatchObject({ phase: "relearning", lapses: 1 });
    expect(relearning?.stability).toBeLessThan(state.stability);
  });

  it("matches ts-fsrs called directly when fuzz is off", () => {
    const f = fsrs(generatorParameters({ enable_fuzz: false }));
    const times = [T0, T0 + 10 * MINUTE, T0 + 3 * DAY, T0 + 20 * DAY];
    const grades = [FsrsRating.Good, FsrsRating.Good, FsrsRating.Hard, FsrsRating.Easy] as const;
    let card = createEmptyCard(new Date(times[0] ?? 0));
    times.forEach((at, i) => {
      card = f.next(card, new Date(at), grades[i] ?? FsrsRating.Good).card;
    });
    const ratings: Rating[] = [3, 3, 2, 4];
    const state = replayCard(times.map((at, i) => review("c", ratings[i] ?? 3, at)), exact);
    expect(state?.due).toBe(card.due.getTime());
    expect(state?.stability).toBe(card.stability);
    expect(state?.difficulty).toBe(card.difficulty);
  });

  it("replays in (at, id) order whatever order the entries arrive in", () => {
    const entries = [
      review("c", 3, T0, "b"),
      review("c", 1, T0, "a"),
      review("c", 3, T0 + 2 * DAY, "c"),
      review("c", 4, T0 + 9 * DAY, "d"),
    ];
    const sorted = replayCard(entries.slice().sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : 1)), exact);
    expect(replayCard([...entries].reverse(), exact)).toEqual(sorted);
    expect(replayCard(entries, exact)).toEqual(sorted);
  });

  it("is deterministic with fuzz on (ts-fsrs seeds the fuzz from review time and state)", () => {
    const entries = [0, 1, 4, 15, 60].map((d, i) => review("c", 3, T0 + d * DAY + i * MINUTE));
    const first = replayCard(entries, { fuzz: true });
    const second = replayCard(entries.map((e) => ({ ...e })), { fuzz: true });
    expect(second).toEqual(first);
  });

  it("clamps a review dated before the previous one instead of going negative", () => {
    const entries = [
      review("c", 3, T0, "1"),
      review("c", 3, T0 + 10 * MINUTE, "2"),
      review("c", 3, T0 + 5 * DAY, "3"),
      review("c", 2, T0 - 3 * DAY, "4"), // device clock went backwards by 8 days
    ];
    const state = replayCard(entries, { fuzz: true });
    expect(state).toBeDefined();
    for (const value of Object.values(state ?? {})) {
      if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
    }
    // Sorted by (at, id) the backwards entry comes first; nothing after it may precede it.
    expect(state?.due).toBeGreaterThanOrEqual(state?.lastReview ?? Number.NaN);
    expect(state?.scheduledDays).toBeGreaterThanOrEqual(0);
  });
});

describe("replayAll", () => {
  it("gives each card the state replayCard gives it", () => {
    const log = [
      review("a", 3, T0),
      review("b", 1, T0 + MINUTE),
      review("a", 3, T0 + 10 * MINUTE),
      review("b", 3, T0 + 2 * MINUTE),
      review("a", 4, T0 + 4 * DAY),
    ];
    const states = replayAll(log, exact);
    expect([...states.keys()].sort()).toEqual(["a", "b"]);
    expect(states.get("a")).toEqual(replayCard(log.filter((e) => e.cardId === "a"), exact));
    expect(states.get("b")).toEqual(replayCard(log.filter((e) => e.cardId === "b"), exact));
  });

  it("replays 100,000 reviews over 10,000 cards in one pass", () => {
    const log = [];
    for (let i = 0; i < 100_000; i++) log.push(review(`card-${i % 10_000}`, RATINGS[i % 4] ?? 3, T0 + i * 60_000));
    const started = performance.now();
    const states = replayAll(log, { fuzz: true });
    const ms = performance.now() - started;
    console.info(`replayAll: 100,000 reviews over 10,000 cards in ${ms.toFixed(0)} ms`);
    expect(states.size).toBe(10_000);
  });
});

describe("previewIntervals", () => {
  it("offers learning steps for a new card", () => {
    const preview = previewIntervals(undefined, T0, exact);
    expect(preview[1]).toEqual({ due: T0 + MINUTE, label: "1m" });
    expect(preview[3]).toEqual({ due: T0 + 10 * MINUTE, label: "10m" });
    expect(preview[4].label).toMatch(/^\d+d$/);
  });

  it("orders a review card's intervals Again < Hard < Good < Easy", () => {
    const { state } = graduated();
    const now = state.due + DAY;
    const preview = previewIntervals(state, now, exact);
    expect(preview[1].due).toBeLessThan(preview[2].due);
    expect(preview[2].due).toBeLessThan(preview[3].due);
    expect(preview[3].due).toBeLessThan(preview[4].due);
  });

  it("predicts exactly what grading will schedule, fuzz included", () => {
    const { entries } = graduated();
    const state = replayCard(entries, { fuzz: true }, "c");
    if (!state) throw new Error("expected a state");
    const now = state.due + 2 * DAY;
    const preview = previewIntervals(state, now, { fuzz: true }, "c");
    for (const rating of [1, 2, 3, 4] as const) {
      const after = replayCard([...entries, review("c", rating, now)], { fuzz: true }, "c");
      expect(after?.due).toBe(preview[rating].due);
      expect(nextState(state, now, rating, { fuzz: true }, "c")).toEqual(after);
    }
  });

  it("shows the interval a grade given minutes later schedules, fuzz included (the fuzz is seeded by the card, not the moment)", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom<Rating>(1, 2, 3, 4), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1_000, max: 10 * MINUTE }),
        (cardId, ratings, daysLater, delay) => {
          // Reviews days apart at noon UTC, then the answer shown at noon and graded `delay` later.
          const entries = ratings.map((r, i) => review(cardId, r, T0 + i * 3 * DAY));
          const state = replayCard(entries, { fuzz: true }, cardId);
          if (!state) throw new Error("expected a state");
          const shown = T0 + (ratings.length - 1) * 3 * DAY + daysLater * DAY;
          const preview = previewIntervals(state, shown, { fuzz: true }, cardId);
          for (const rating of RATINGS) {
            const after = replayCard([...entries, review(cardId, rating, shown + delay)], { fuzz: true }, cardId);
            expect(formatInterval((after?.due ?? 0) - (shown + delay))).toBe(preview[rating].label);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never previews a due date before the last review when the clock went backwards", () => {
    const { state } = graduated();
    const preview = previewIntervals(state, state.lastReview - 7 * DAY, exact);
    for (const rating of [1, 2, 3, 4] as const) {
      expect(preview[rating].due).toBeGreaterThan(state.lastReview);
    }
  });
});

describe("retrievability", () => {
  it("starts at 1 and falls as time passes", () => {
    const { state } = graduated();
    const r0 = retrievability(state, state.lastReview);
    const r1 = retrievability(state, state.lastReview + 10 * DAY);
    const r2 = retrievability(state, state.lastReview + 100 * DAY);
    expect(r0).toBe(1);
    expect(r1).toBeLessThan(r0);
    expect(r2).toBeLessThan(r1);
  });
});

describe("prepareScheduler", () => {
  it("schedules and predicts exactly as the options it was prepared from", () => {
    const steep = [...default_w].map((w, i) => (i === 20 ? 0.8 : w));
    const opts = { desiredRetention: 0.85, weights: steep };
    const prepared = prepareScheduler(opts);
    const card = replayCard([review("c", 3, T0), review("c", 3, T0 + 10 * MINUTE), review("c", 3, T0 + 2 * DAY)], opts);
    if (!card) throw new Error("the card was reviewed");
    const later = T0 + 9 * DAY;
    expect(previewIntervals(card, later, prepared)).toEqual(previewIntervals(card, later, opts));
    expect(nextState(card, later, 2, prepared)).toEqual(nextState(card, later, 2, opts));
    expect(retrievability(card, later, prepared)).toBe(retrievability(card, later, opts));
    // The fitted curve is the one used: the defaults' would predict a different recall.
    expect(retrievability(card, later, prepared)).not.toBe(retrievability(card, later, prepareScheduler()));
  });
});
