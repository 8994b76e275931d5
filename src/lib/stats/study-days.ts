import { dayStart, nextDayStart } from "@/lib/srs";

/*
 * Study days as integers. The rollover hour decides which day a moment belongs to (through
 * @/lib/srs dayStart, which builds boundaries from local date fields, so 23- and 25-hour days
 * across a daylight-saving change are still one day each); the day's number is its local calendar
 * date counted from 1970-01-01, so "the next day" is +1 whatever the clock did.
 */

const DAY_MS = 86_400_000;

/** The study-day number of the day starting at `start` (a dayStart result). */
function numberOfStart(start: number): number {
  const d = new Date(start);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS);
}

/** The study day `at` belongs to. */
export function studyDay(at: number, rolloverHour: number): number {
  return numberOfStart(dayStart(at, rolloverHour));
}

/** The local moment study day `day` starts. */
export function studyDayStart(day: number, rolloverHour: number): number {
  const d = new Date(day * DAY_MS);
  // Built from local fields like dayStart: if the rollover hour does not exist that day (a
  // daylight-saving gap), Date moves it forward, as dayStart does.
  return dayStart(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12).getTime(), rolloverHour);
}

/** "2026-11-03" for a study-day number. */
export function dayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Calls `visit(item, day)` for every item with the study day of its `at`. Items in time order (the
 * log's normal form) cost one boundary computation per day, not per item; any order is correct.
 */
export function forEachStudyDay<T extends { at: number }>(items: readonly T[], rolloverHour: number, visit: (item: T, day: number) => void): void {
  forEachStudyDayAt(items.length, (i) => (items[i] as T).at, rolloverHour, (i, day) => visit(items[i] as T, day));
}

/** forEachStudyDay over `count` times given by index (a scanned log's time column). */
export function forEachStudyDayAt(count: number, atOf: (i: number) => number, rolloverHour: number, visit: (i: number, day: number) => void): void {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  let day = 0;
  for (let i = 0; i < count; i++) {
    const at = atOf(i);
    if (at < from || at >= to) {
      from = dayStart(at, rolloverHour);
      to = nextDayStart(at, rolloverHour);
      day = numberOfStart(from);
    }
    visit(i, day);
  }
}
