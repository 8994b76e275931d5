import { dayKey } from "@/lib/stats";

const DAY_MS = 86_400_000;
const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

/** "3 Nov" for a study-day number (its calendar date, whatever the zone). */
export function formatDay(day: number): string {
  return dayMonth.format(new Date(day * DAY_MS));
}

/** "Tue 3 Nov". */
export function formatWeekday(day: number): string {
  return weekday.format(new Date(day * DAY_MS));
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
