import { dayKey } from "@/lib/stats";

const DAY_MS = 86_400_000;

/*
 * Written out, not Intl.DateTimeFormat: the page's first Intl formatter loads the locale's data,
 * 90–200 ms of a 4×-slowed phone's main thread when /stats loads, for three-letter names.
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

/** "3 Nov" for a study-day number (its calendar date, whatever the zone). */
export function formatDay(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ""}`;
}

/** "Tue 3 Nov". */
export function formatWeekday(day: number): string {
  return `${WEEKDAYS[new Date(day * DAY_MS).getUTCDay()] ?? ""} ${formatDay(day)}`;
}

/** "12 reviews on 3 Nov", "1 review on 3 Nov": a heatmap cell's label. */
export function reviewsOn(reviews: number, day: number): string {
  return `${reviews} ${reviews === 1 ? "review" : "reviews"} on ${formatDay(day)}`;
}

/** "87%", or "–" without data. */
export function formatPercent(rate: number | null): string {
  return rate === null ? "–" : `${Math.round(rate * 100)}%`;
}

/** "0 min", "14 min", "1 h 5 min". */
export function formatMinutes(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** "4.5 s", or "–" without timed reviews. */
export function formatSeconds(seconds: number | null): string {
  return seconds === null ? "–" : `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
}

/** ISO date for machine-readable `<time>` elements. */
export const isoDay = dayKey;
