import { nextDayStart } from "@/lib/srs";

/** Start (rollover moment) of the study day of a local calendar date "YYYY-MM-DD". */
export function interviewDayStart(date: string, rolloverHour: number): number {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, rolloverHour).getTime();
}

/**
 * Study-day starts from the one containing `now` up to (not including) `end`. The first entry is
 * `now` itself: today's reviews happen from now on.
 */
export function studyDays(now: number, end: number, rolloverHour: number): number[] {
  const out: number[] = [];
  let t = now;
  // A date years away is a typo or a plan no one follows day by day: cap the grid at two years.
  while (t < end && out.length < 730) {
    out.push(t);
    t = nextDayStart(t, rolloverHour);
  }
  return out;
}

/** Index of the study day containing `t` (0 for anything before the first), given the days' starts. */
export function dayIndex(starts: readonly number[], t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? Number.POSITIVE_INFINITY) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
