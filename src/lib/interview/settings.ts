import "@/lib/zod-jitless";
import { z } from "zod";
import type { InterviewSettings } from "./models";

/** localStorage key of the interview settings (this browser only, like the recordings). */
export const INTERVIEW_SETTINGS_KEY = "prepdeck:interview";
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 5;
export const DEFAULT_INTERVIEW_SETTINGS: InterviewSettings = { minutes: 2, keepRecordings: false };

const schema = z.object({
  minutes: z.number().int().min(MIN_MINUTES).max(MAX_MINUTES),
  keepRecordings: z.boolean(),
});

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
  const fields = z.record(z.string(), z.unknown()).safeParse(data).data ?? {};
  return {
    minutes: schema.shape.minutes.safeParse(fields.minutes).data ?? DEFAULT_INTERVIEW_SETTINGS.minutes,
    keepRecordings: schema.shape.keepRecordings.safeParse(fields.keepRecordings).data ?? DEFAULT_INTERVIEW_SETTINGS.keepRecordings,
  };
}

/** The settings as stored. */
export const serializeInterviewSettings = (s: InterviewSettings): string => JSON.stringify(schema.parse(s));
