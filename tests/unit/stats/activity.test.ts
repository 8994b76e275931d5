import fc from "fast-check";

import { MAX_COUNTED_ANSWER_MS, calendar, dailyTotals, dayKey, streaks, studyDay, todayAndStreak, type StatsReview } from "@/lib/stats";

import { inTimeZone } from "../srs/helpers";

const MINUTE = 60_000;
const at = (iso: string) => Date.parse(iso);
const review = (iso: string, ms?: number): StatsReview => (ms === undefined ? { cardId: "d/t/a", rating: 3, at: at(iso) } : { cardId: "d/t/a", rating: 3, at: at(iso), ms });

/** The totals as { "2026-01-15": [reviews, ms] } for readable expectations. */
function byDate(log: StatsReview[], rolloverHour: number): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const [day, t] of [...dailyTotals(log, rolloverHour)].sort(([a], [b]) => a - b)) out[dayKey(day)] = [t.reviews, t.ms];
  return out;
}

describe("reviews and time per study day", () => {
  const log = [
    review("2026-01-15T10:00:00Z", 4000),
    review("2026-01-15T23:00:00Z", 6000),
    review("2026-01-16T03:30:00Z", 10 * MINUTE), // before the 4 a.m. rollover: still the 15th
    review("2026-01-16T05:00:00Z"), // logged before answer times existed
  ];

  it("files a late-night review under the day it began, and caps a card left open", () => {
    expect(byDate(log, 4)).toEqual({ "2026-01-15": [3, 4000 + 6000 + MAX_COUNTED_ANSWER_MS], "2026-01-16": [1, 0] });
  });

  it("moves the boundary with the rollover hour", () => {
    expect(byDate(log, 0)).toEqual({ "2026-01-15": [2, 10_000], "2026-01-16": [2, MAX_COUNTED_ANSWER_MS] });
  });

  it("keeps a 23-hour study day whole when the clocks go forward", () => {
    inTimeZone("America/New_York", () => {
      const spring = [
        review("2026-03-07T09:30:00Z"), // 04:30 EST, 7 March
        review("2026-03-08T07:30:00Z"), // 03:30 EDT, 8 March: the 23-hour day of 7 March
        review("2026-03-08T08:30:00Z"), // 04:30 EDT: 8 March
      ];
      expect(byDate(spring, 4)).toEqual({ "2026-03-07": [2, 0], "2026-03-08": [1, 0] });
      expect(studyDay(at("2026-03-08T08:30:00Z"), 4) - studyDay(at("2026-03-07T09:30:00Z"), 4)).toBe(1);
    });
  });

  it("keeps a 25-hour study day whole when the clocks go back", () => {
    inTimeZone("America/Los_Angeles", () => {
      const autumn = [
        review("2026-10-31T11:30:00Z"), // 04:30 PDT, 31 October
        review("2026-11-01T11:30:00Z"), // 03:30 PST, 1 November: 24.5 hours later, still the 31st
        review("2026-11-01T12:10:00Z"), // 04:10 PST: 1 November
      ];
      expect(byDate(autumn, 4)).toEqual({ "2026-10-31": [2, 0], "2026-11-01": [1, 0] });
    });
  });

  it("counts every review exactly once, whatever the zone and rollover (property)", () => {
    const zones = ["UTC", "America/Los_Angeles", "Europe/Berlin", "Asia/Kolkata", "Pacific/Chatham"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.array(fc.integer({ min: at("2026-01-01T00:00:00Z"), max: at("2026-12-31T00:00:00Z") }), { maxLength: 200 }),
        (zone, hour, times) =>
          inTimeZone(zone, () => {
            const reviews = times.sort((a, b) => a - b).map((t): StatsReview => ({ cardId: "c", rating: 3, at: t }));
            const days = dailyTotals(reviews, hour);
            let sum = 0;
            for (const t of days.values()) sum += t.reviews;
            expect(sum).toBe(reviews.length);
            // Each review's day is the day its own study-day lookup gives.
            for (const r of reviews) expect(days.get(studyDay(r.at, hour))?.reviews).toBeGreaterThan(0);
          }),
      ),
      { numRuns: 60 },
    );
  });
});

describe("streaks", () => {
  const jan = (d: number) => studyDay(Date.UTC(2026, 0, d, 12), 4);
  const days = new Map([1, 2, 3, 5, 6, 7, 8, 9, 14, 15].map((d) => [jan(d), { reviews: 1, ms: 0 }]));

  it("counts the current run up to today and the longest run ever", () => {
    expect(streaks(days, jan(15))).toEqual({ current: 2, longest: 5 });
  });

  it("keeps the streak while today has no review yet, and ends it a day later", () => {
    expect(streaks(days, jan(16))).toEqual({ current: 2, longest: 5 });
    expect(streaks(days, jan(17))).toEqual({ current: 0, longest: 5 });
  });

  it("is zero without reviews", () => {
    expect(streaks(new Map(), jan(15))).toEqual({ current: 0, longest: 0 });
  });

  it("reads today and the streak straight from the log for the home page", () => {
    const log = [review("2026-01-14T12:00:00Z"), review("2026-01-15T09:00:00Z", 3000), review("2026-01-15T10:00:00Z", 2000)];
    expect(todayAndStreak(log, at("2026-01-15T20:00:00Z"), 4)).toEqual({ today: { reviews: 2, ms: 5000 }, streaks: { current: 2, longest: 2 } });
    // At 02:00 on the 16th it is still the 15th's study day.
    expect(todayAndStreak(log, at("2026-01-16T02:00:00Z"), 4).today.reviews).toBe(2);
    expect(todayAndStreak(log, at("2026-01-16T04:00:00Z"), 4).today.reviews).toBe(0);
  });
});

describe("the calendar", () => {
  it("holds the last 365 study days, oldest first, with zeros between reviews", () => {
    const today = studyDay(at("2026-11-03T12:00:00Z"), 4);
    const cells = calendar(new Map([[today, { reviews: 12, ms: 0 }], [today - 364, { reviews: 1, ms: 0 }], [today - 365, { reviews: 9, ms: 0 }]]), today);
    expect(cells).toHaveLength(365);
    expect(cells[0]).toEqual({ day: today - 364, reviews: 1, ms: 0 });
    expect(cells[364]).toEqual({ day: today, reviews: 12, ms: 0 });
    expect(dayKey(cells[364]!.day)).toBe("2026-11-03");
    expect(cells.reduce((n, c) => n + c.reviews, 0)).toBe(13);
  });
});
