import type { CalendarDay, DayTotals, StatsReview, Streaks } from "./models";
import { forEachStudyDayAt, studyDay } from "./study-days";

/** One review counts for at most this much time: a card left open over lunch is not an hour of practice. */
export const MAX_COUNTED_ANSWER_MS = 5 * 60_000;

/** Days the calendar heatmap covers, today included. */
export const CALENDAR_DAYS = 365;

/** Reviews and answer time per study day (reviews without a time add none). */
export function dailyTotals(log: readonly StatsReview[], rolloverHour: number): Map<number, DayTotals> {
  return dailyTotalsAt(log.length, (i) => (log[i] as StatsReview).at, (i) => log[i]?.ms, rolloverHour);
}

/** dailyTotals over reviews given by index: their time, and answer time (undefined when none). */
export function dailyTotalsAt(count: number, atOf: (i: number) => number, msOf: (i: number) => number | undefined, rolloverHour: number): Map<number, DayTotals> {
  const days = new Map<number, DayTotals>();
  forEachStudyDayAt(count, atOf, rolloverHour, (i, day) => {
    let totals = days.get(day);
    if (!totals) {
      totals = { reviews: 0, ms: 0 };
      days.set(day, totals);
    }
    totals.reviews++;
    const ms = msOf(i);
    if (ms !== undefined) totals.ms += Math.min(Math.max(0, ms), MAX_COUNTED_ANSWER_MS);
  });
  return days;
}

/**
 * Days in a row with a review. The current streak ends today, or yesterday while today has no
 * review yet: a streak is not broken until the day is over.
 */
export function streaks(days: ReadonlyMap<number, DayTotals>, today: number): Streaks {
  const active = [...days.keys()].filter((d) => (days.get(d)?.reviews ?? 0) > 0).sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous = Number.NaN;
  for (const day of active) {
    run = day === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const has = (d: number) => (days.get(d)?.reviews ?? 0) > 0;
  let current = 0;
  let day = has(today) ? today : today - 1;
  while (has(day)) {
    current++;
    day--;
  }
  return { current, longest };
}

/** The last `count` study days up to today, oldest first, with zeros for days without reviews. */
export function calendar(days: ReadonlyMap<number, DayTotals>, today: number, count = CALENDAR_DAYS): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let day = today - count + 1; day <= today; day++) {
    const totals = days.get(day);
    out.push({ day, reviews: totals?.reviews ?? 0, ms: totals?.ms ?? 0 });
  }
  return out;
}

/** Today's reviews and the streak: what the home page's one line needs, without any replay. */
export function todayAndStreak(log: readonly StatsReview[], now: number, rolloverHour: number): { today: DayTotals; streaks: Streaks } {
  return todayAndStreakOf(dailyTotals(log, rolloverHour), now, rolloverHour);
}

/** todayAndStreak from the per-day totals. */
export function todayAndStreakOf(days: ReadonlyMap<number, DayTotals>, now: number, rolloverHour: number): { today: DayTotals; streaks: Streaks } {
  const today = studyDay(now, rolloverHour);
  return { today: days.get(today) ?? { reviews: 0, ms: 0 }, streaks: streaks(days, today) };
}
