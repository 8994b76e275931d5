import type { CardState } from "@/lib/srs";
import { dayKey, dueForecast } from "@/lib/stats";

import { inTimeZone } from "../srs/helpers";

const at = (iso: string) => Date.parse(iso);
const due = (iso: string): CardState => ({ phase: "review", due: at(iso), stability: 10, difficulty: 5, reps: 3, lapses: 0, lastReview: 0, scheduledDays: 5, learningSteps: 0 });

/** The non-zero days as { "2026-01-15": n }. */
function nonZero(f: ReturnType<typeof dueForecast>): Record<string, number> {
  return Object.fromEntries(f.days.filter((d) => d.due > 0).map((d) => [dayKey(d.day), d.due]));
}

describe("the due forecast", () => {
  const now = at("2026-01-15T12:00:00Z");

  it("puts each card on its study day for 30 days and counts the overdue ones", () => {
    const states = [
      due("2026-01-14T10:00:00Z"), // yesterday: overdue
      due("2026-01-15T05:00:00Z"), // earlier today: today
      due("2026-01-16T03:00:00Z"), // before tomorrow's rollover: today
      due("2026-01-16T05:00:00Z"), // tomorrow
      due("2026-02-13T05:00:00Z"), // the 30th day
      due("2026-02-14T05:00:00Z"), // past the horizon
    ];
    const f = dueForecast(states, now, 4);
    expect(f.overdue).toBe(1);
    expect(f.days).toHaveLength(30);
    expect(dayKey(f.days[0]!.day)).toBe("2026-01-15");
    expect(nonZero(f)).toEqual({ "2026-01-15": 2, "2026-01-16": 1, "2026-02-13": 1 });
  });

  it("uses the rollover hour for the day boundaries", () => {
    expect(nonZero(dueForecast([due("2026-01-16T03:00:00Z")], now, 0))).toEqual({ "2026-01-16": 1 });
  });

  it("keeps one bucket per study day across a daylight-saving change", () => {
    inTimeZone("America/Los_Angeles", () => {
      const friday = at("2026-03-06T12:00:00-08:00");
      const states = [due("2026-03-08T03:30:00-07:00"), due("2026-03-08T04:30:00-07:00"), due("2026-03-09T04:30:00-07:00")];
      // 03:30 PDT on the 8th is still the 7th's study day (it started at 04:00 PST on the 7th).
      expect(nonZero(dueForecast(states, friday, 4))).toEqual({ "2026-03-07": 1, "2026-03-08": 1, "2026-03-09": 1 });
    });
  });
});
