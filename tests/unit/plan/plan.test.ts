import fc from "fast-check";
import { buildPlan, interviewDayStart } from "@/lib/plan";
import { type CardState, type Rating, replayCard, retrievability } from "@/lib/srs";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 1, 10);

interface Entry {
  id: string;
  rating: Rating;
  at: number;
}

/** Reviews `gaps[i]` days apart, the last `ago` days before NOW. */
function reviews(ratings: Rating[], gaps: number[], ago: number): Entry[] {
  const total = gaps.slice(0, ratings.length).reduce((a, b) => a + b, 0);
  let at = NOW - (ago + total) * DAY;
  return ratings.map((rating, i) => {
    at += (gaps[i] ?? 0) * DAY;
    return { id: `r${i}`, rating, at };
  });
}

function history(ratings: Rating[], gaps: number[], ago: number): CardState | undefined {
  return replayCard(reviews(ratings, gaps, ago));
}

interface Deck {
  cards: { ratings: Rating[]; gaps: number[]; ago: number }[];
  daysAhead: number;
  target: number;
  minutes: number;
  newPerDay: number;
}

const cardArb = fc.record({
  ratings: fc.array(fc.constantFrom<Rating>(1, 2, 3, 4), { minLength: 0, maxLength: 6 }),
  gaps: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 6, maxLength: 6 }),
  ago: fc.integer({ min: 0, max: 40 }),
});

const deckArb = fc.record({
  cards: fc.array(cardArb, { minLength: 1, maxLength: 25 }),
  daysAhead: fc.integer({ min: 1, max: 60 }),
  target: fc.double({ min: 0.7, max: 0.97, noNaN: true }),
  minutes: fc.integer({ min: 1, max: 120 }),
  newPerDay: fc.integer({ min: 0, max: 20 }),
});

function makeInput(deck: Deck) {
  const states = new Map<string, CardState>();
  const logs = new Map<string, Entry[]>();
  const cardIds = deck.cards.map((c, i) => {
    const id = `d/t/c${i}`;
    const log = reviews(c.ratings, c.gaps, c.ago);
    logs.set(id, log);
    const state = replayCard(log);
    if (state) states.set(id, state);
    return id;
  });
  const day = new Date(NOW + deck.daysAhead * DAY).toISOString().slice(0, 10);
  return { logs, cardIds, states, now: NOW, interviewAt: interviewDayStart(day, 4), target: deck.target, rolloverHour: 4, newPerDay: deck.newPerDay, secondsPerReview: 15, minutesPerDay: deck.minutes, scheduler: {} };
}

describe("interview-date plan", () => {
  it("gives every reachable card recall at or above the target on the day, replayed through ts-fsrs, and plans nothing after the date", () => {
    fc.assert(
      fc.property(deckArb, (deck) => {
        const input = makeInput(deck);
        const plan = buildPlan(input);
        expect(plan).not.toBeNull();
        if (!plan) return;
        for (const card of plan.cards) {
          for (const t of card.reviews) expect(t).toBeLessThan(input.interviewAt);
          // Follow the plan independently: the card's log with each planned review appended, graded Good, replayed.
          const planned = card.reviews.map((at, i) => ({ id: `p${i}`, rating: 3 as Rating, at }));
          const state = replayCard([...(input.logs.get(card.cardId) ?? []), ...planned]);
          const recall = state ? retrievability(state, input.interviewAt) : 0;
          expect(recall).toBeCloseTo(card.recallOnDay, 9);
          if (card.reachable) expect(recall).toBeGreaterThanOrEqual(input.target);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("reaches every card when there is a week or more and the target is 90% or less", () => {
    fc.assert(
      fc.property(deckArb, fc.integer({ min: 7, max: 60 }), fc.double({ min: 0.7, max: 0.9, noNaN: true }), (deck, daysAhead, target) => {
        const plan = buildPlan(makeInput({ ...deck, daysAhead, target }));
        expect(plan?.unreachable).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("brings back today a card whose next interval would pass the date below the target", () => {
    // Reviewed Good 10 days ago: due in a few weeks, but its recall in 30 days would be below 95%.
    const state = history([3, 3], [0, 2], 10);
    expect(state).toBeDefined();
    if (!state) return;
    const day = new Date(NOW + 30 * DAY).toISOString().slice(0, 10);
    const plan = buildPlan({ cardIds: ["a"], states: new Map([["a", state]]), now: NOW, interviewAt: interviewDayStart(day, 4), target: 0.95, rolloverHour: 4, newPerDay: 10, secondsPerReview: 15, minutesPerDay: 20, scheduler: {} });
    const card = plan?.cards[0];
    expect(card?.reachable).toBe(true);
    expect(card?.reviews.length).toBeGreaterThan(0);
    // The last planned review falls in the final days, not weeks early.
    const last = card?.reviews.at(-1) ?? 0;
    expect(interviewDayStart(day, 4) - last).toBeLessThanOrEqual(3 * DAY);
  });

  it("returns no plan once the interview day has begun: normal scheduling applies", () => {
    const day = new Date(NOW).toISOString().slice(0, 10);
    expect(buildPlan({ cardIds: ["a"], states: new Map(), now: NOW, interviewAt: interviewDayStart(day, 4), target: 0.9, rolloverHour: 4, newPerDay: 10, secondsPerReview: 15, minutesPerDay: 20, scheduler: {} })).toBeNull();
  });

  it("says the plan does not fit when the busiest day needs more than the user's minutes", () => {
    const ids = Array.from({ length: 200 }, (_, i) => `d/t/${i}`);
    const day = new Date(NOW + 5 * DAY).toISOString().slice(0, 10);
    const plan = buildPlan({ cardIds: ids, states: new Map(), now: NOW, interviewAt: interviewDayStart(day, 4), target: 0.9, rolloverHour: 4, newPerDay: 20, secondsPerReview: 20, minutesPerDay: 5, scheduler: {} });
    expect(plan?.fits).toBe(false);
    expect(plan?.peakMinutes).toBeGreaterThan(5);
  });
});
