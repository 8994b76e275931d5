import { FSRS_PARAMETER_COUNT } from "@/lib/srs";

import type { InterviewDateSetting, MemoryModelSetting, Settings } from "./models";
import { isPlainObject } from "./safe-json";

/*
 * The optional settings of issue 26 (interview date, fitted FSRS parameters). One reader for every
 * way they arrive (stored data, an update from the UI): a malformed value is dropped, never
 * fatal, because losing a date is better than quarantining the user's whole progress over it.
 */

export const INTERVIEW_LIMITS = {
  target: { min: 0.7, max: 0.97, default: 0.9 },
  minutesPerDay: { min: 1, max: 600, default: 20 },
  topics: { max: 2000 },
} as const;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written "YYYY-MM-DD". */
export function isCalendarDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

function inRange(v: unknown, min: number, max: number, whole: boolean): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= min && v <= max && (!whole || Number.isInteger(v));
}

/** An interview date setting, or undefined when `v` is not one. */
export function readInterview(v: unknown): InterviewDateSetting | undefined {
  if (!isPlainObject(v)) return undefined;
  const { target: t, minutesPerDay: m, topics: k } = INTERVIEW_LIMITS;
  if (typeof v.date !== "string" || !isCalendarDate(v.date)) return undefined;
  if (!inRange(v.target, t.min, t.max, false) || !inRange(v.minutesPerDay, m.min, m.max, true)) return undefined;
  const topics = v.topics;
  if (!Array.isArray(topics) || topics.length > k.max || !topics.every((x): x is string => typeof x === "string" && x !== "")) return undefined;
  return { date: v.date, topics: [...topics], target: v.target, minutesPerDay: v.minutesPerDay };
}

/** Fitted parameters, or undefined when `v` is not a usable set. */
export function readMemory(v: unknown): MemoryModelSetting | undefined {
  if (!isPlainObject(v)) return undefined;
  const w = v.w;
  if (!Array.isArray(w) || w.length !== FSRS_PARAMETER_COUNT || !w.every((x): x is number => typeof x === "number" && Number.isFinite(x))) return undefined;
  if (!inRange(v.fittedAt, 0, Number.MAX_SAFE_INTEGER, true) || !inRange(v.reviews, 0, Number.MAX_SAFE_INTEGER, true)) return undefined;
  return { w: [...w], fittedAt: v.fittedAt, reviews: v.reviews };
}

/** `value` with the optional settings read from `source` (a stored or imported settings object). */
export function withExtras(value: Settings, source: Record<string, unknown>): Settings {
  const interview = readInterview(source.interview);
  const memory = readMemory(source.memory);
  return { ...value, ...(interview ? { interview } : {}), ...(memory ? { memory } : {}) };
}

/** A stable text of the optional settings, for merge tie-breaks and change checks. */
export function extrasKey(s: Settings): string {
  const i = s.interview;
  const m = s.memory;
  return `${i ? `${i.date}|${i.target}|${i.minutesPerDay}|${i.topics.join(",")}` : "-"}|${m ? `${m.fittedAt}|${m.w.join(",")}` : "-"}`;
}
