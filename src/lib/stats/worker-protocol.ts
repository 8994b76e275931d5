import type { TopicIndexEntry } from "@/lib/deck/payload";
import type { CalendarDay, ForecastDay, RetentionRow, Stats, TopicMastery, WeekRetention } from "./models";

/*
 * The /stats worker's messages (src/workers/stats.worker.ts), checked on both sides: the worker
 * reads only a well-formed request, and the page shows only an answer of the Stats shape. With a
 * long history the replay behind the statistics takes seconds (100,000 reviews: 1.5 s here); in the
 * worker the page stays responsive meanwhile. Bundled by scripts/build-worker.mjs.
 * The guards are written by hand, as the stored progress's are (progress/stored-guard.ts): zod
 * would be most of both the worker and the page's statistics code.
 */

export const STATS_WORKER_URL = "/vendor/stats-worker.js";
/** Logs shorter than this are counted on the page: a worker's start costs more than their replay. */
export const STATS_WORKER_MIN_REVIEWS = 5000;

export interface StatsRequest {
  id: number; // answers carry it back: only the newest request's answer is shown
  progress: unknown; // progressForTransfer's stored document: the worker decodes (and checks) it
  topics: TopicIndexEntry[];
  now: number;
}

export type StatsAnswer = { type: "stats"; id: number; stats: Stats } | { type: "error"; id: number; message: string };

type Guard<T> = (v: unknown) => v is T;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isDay = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === "string";
const orNull =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (v): v is T | null =>
    v === null || guard(v);
const arrayOf =
  <T>(guard: Guard<T>): Guard<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.every(guard);

/** An object whose listed fields each pass their guard (other fields are not looked at). */
function shape<T>(fields: { [K in keyof T]-?: Guard<T[K]> }): Guard<T> {
  return (v): v is T => isObject(v) && Object.entries(fields).every(([k, guard]) => (guard as Guard<unknown>)(v[k]));
}

const isRate = (v: unknown): v is number => isNumber(v) && v >= 0 && v <= 1;
const retention = { reviews: isCount, passed: isCount, rate: orNull(isRate) };
const isRetentionRow = shape<RetentionRow>(retention);

const isStats = shape<Stats>({
  today: isDay,
  todayTotals: shape({ reviews: isCount, ms: isCount }),
  dailyGoal: isCount,
  streaks: shape({ current: isCount, longest: isCount }),
  calendar: arrayOf(shape<CalendarDay>({ day: isDay, reviews: isCount, ms: isCount })),
  forecast: shape({ overdue: isCount, days: arrayOf(shape<ForecastDay>({ day: isDay, due: isCount })) }),
  desiredRetention: isRate,
  weeks: arrayOf(shape<WeekRetention>({ ...retention, from: isDay, to: isDay })),
  topics: arrayOf(
    shape<TopicMastery>({
      key: isString,
      title: isString,
      total: isCount,
      new: isCount,
      learning: isCount,
      review: isCount,
      mastered: isCount,
      recall: orNull(isRate),
      retention: isRetentionRow,
      answerSeconds: orNull(isNumber),
      timedReviews: isCount,
    }),
  ),
  totalReviews: isCount,
});

const isTopic = shape<TopicIndexEntry>({ deckSlug: isString, slug: isString, title: isString, count: isCount, otherIds: arrayOf(isString) });
const isRequest = shape<StatsRequest>({ id: isCount, progress: isObject, topics: arrayOf(isTopic), now: isNumber });

/** A request the worker can answer, or null. */
export function readStatsRequest(data: unknown): StatsRequest | null {
  return isRequest(data) ? data : null;
}

/** What the worker sent, checked: anything outside the protocol is an error, never statistics. */
export function readStatsAnswer(data: unknown): StatsAnswer {
  if (isObject(data) && isCount(data.id)) {
    if (data.type === "stats" && isStats(data.stats)) return { type: "stats", id: data.id, stats: data.stats };
    if (data.type === "error" && isString(data.message)) return { type: "error", id: data.id, message: data.message.slice(0, 2000) };
  }
  return { type: "error", id: -1, message: "the statistics worker answered something unexpected" };
}
