import type { InterviewSettings } from "./models";

/** localStorage key of the interview settings (this browser only, like the recordings). */
export const INTERVIEW_SETTINGS_KEY = "prepdeck:interview";
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 5;
export const DEFAULT_INTERVIEW_SETTINGS: InterviewSettings = { minutes: 2, keepRecordings: false };

// Hand-written checks, not zod: two fields, read on every page that shows interview controls, and
// zod would be 90 KB of gzip on /settings' first load for them.
const isMinutes = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= MIN_MINUTES && (v as number) <= MAX_MINUTES;
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Stored settings, checked field by field: a missing or bad field takes its default and the others
 * are kept, so one damaged value loses nothing else.
 */
export function parseInterviewSettings(raw: string | null): InterviewSettings {
  let data: unknown = null;
  try {
    data = raw ? JSON.parse(raw) : null;
  } catch {
    // unreadable: every field takes its default
  }
  const fields = isPlainObject(data) ? data : {};
  return {
    minutes: isMinutes(fields.minutes) ? fields.minutes : DEFAULT_INTERVIEW_SETTINGS.minutes,
    keepRecordings: typeof fields.keepRecordings === "boolean" ? fields.keepRecordings : DEFAULT_INTERVIEW_SETTINGS.keepRecordings,
  };
}

/** The settings as stored; refuses settings out of range (a bug in the caller, not the user's data). */
export function serializeInterviewSettings(s: InterviewSettings): string {
  if (!isMinutes(s.minutes) || typeof s.keepRecordings !== "boolean") throw new RangeError(`Interview settings out of range: ${JSON.stringify(s)}`);
  return JSON.stringify({ minutes: s.minutes, keepRecordings: s.keepRecordings });
}
