import type { RetentionRow, StatsReview, WeekRetention } from "./models";
import { forEachStudyDay, studyDayStart } from "./study-days";

/** Weeks of true retention shown, this one included. */
export const RETENTION_WEEKS = 12;

/** An empty tally. */
export function emptyRetention(): RetentionRow {
  return { reviews: 0, passed: 0, rate: null };
}

/** Adds one review of a card in review phase to `row` (a pass is anything but Again). */
export function tally(row: RetentionRow, review: StatsReview): void {
  row.reviews++;
  if (review.rating !== 1) row.passed++;
  row.rate = row.passed / row.reviews;
}

/**
 * True retention per week, newest first: of the reviews of cards in review phase (`inReview`), the
 * share not graded Again. Week 0 is today and the six study days before it. `log` in time order.
 */
export function weeklyRetention(
  log: readonly StatsReview[],
  inReview: ReadonlySet<StatsReview>,
  today: number,
  rolloverHour: number,
  weeks = RETENTION_WEEKS,
): WeekRetention[] {
  const rows: WeekRetention[] = Array.from({ length: weeks }, (_, k) => ({ ...emptyRetention(), from: today - 7 * k - 6, to: today - 7 * k }));
  const first = today - 7 * weeks + 1;
  // The log is in time order: skip straight to the window (a binary search, not a pass over years).
  const from = studyDayStart(first, rolloverHour);
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((log[mid]?.at ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  forEachStudyDay(log.slice(lo), rolloverHour, (review, day) => {
    if (day < first || day > today || !inReview.has(review)) return;
    const row = rows[Math.floor((today - day) / 7)];
    if (row) tally(row, review);
  });
  return rows;
}
