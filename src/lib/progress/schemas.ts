import { z } from "@/lib/zod-jitless";

import { DEFAULT_SETTINGS, SETTINGS_LIMITS } from "./settings";
import { INTERVIEW_LIMITS, isCalendarDate } from "./settings-extras";

/*
 * Zod schemas for imported files (transfer.ts). Stored values are checked on every load by the
 * lighter hand-written guards in stored-guard.ts.
 * Leaf messages read as the end of a sentence ("must be 1–4") so `describeIssue` can prefix the path.
 */

const time = z.int({ error: "must be a whole number of milliseconds" }).nonnegative({ error: "must not be negative" });
const text = z.string({ error: "must be text" });
const id = text.min(1, { error: "must not be empty" });

export const ratingSchema = z.literal([1, 2, 3, 4], { error: "must be 1–4" });
export const modeSchema = z.enum(["shuffle", "due", "weak", "interview"], { error: 'must be "shuffle", "due", "weak" or "interview"' });

/** Answer time: optional, because reviews logged before format 2 have none. */
const answerMs = z.int({ error: "must be a whole number of milliseconds" }).nonnegative({ error: "must not be negative" }).optional();

export const reviewEntrySchema = z.object(
  { id, cardId: id, rating: ratingSchema, at: time, mode: modeSchema, ms: answerMs },
  { error: "must be a review ({ id, cardId, rating, at, mode, ms? })" },
);

function stamped<T extends z.ZodType>(value: T) {
  return z.object({ value, at: time }, { error: "must be { value, at }" });
}

/** A number within one setting's limits, with the same message at either end. */
function within<S extends z.ZodNumber>(schema: S, { min, max }: { min: number; max: number }): S {
  const error = `must be between ${min} and ${max}`;
  return schema.min(min, { error }).max(max, { error });
}

const number = () => z.number({ error: "must be a number" });
const whole = () => z.int({ error: "must be a whole number" });

const { target: it, minutesPerDay: im, topics: itopics } = INTERVIEW_LIMITS;

/** Issue 26's interview date; optional (older files have none). */
const interviewSchema = z.object(
  {
    date: text.refine(isCalendarDate, { error: 'must be a day written "YYYY-MM-DD"' }),
    topics: z.array(id, { error: "must be a list of topics" }).max(itopics.max, { error: `must list at most ${itopics.max} topics` }),
    target: within(number(), it),
    minutesPerDay: within(whole(), im),
  },
  { error: "must be { date, topics, target, minutesPerDay }" },
);

/** FSRS parameters fitted by the optimizer; optional (older files have none). */
const memorySchema = z.object(
  {
    w: z.array(z.number({ error: "must be a number" }).refine(Number.isFinite, { error: "must be finite" }), { error: "must be a list of numbers" }).length(21, { error: "must have 21 parameters" }),
    fittedAt: time,
    reviews: z.int({ error: "must be a whole number" }).nonnegative({ error: "must not be negative" }),
  },
  { error: "must be { w, fittedAt, reviews }" },
);
export const settingsSchema = z.object(
  {
    desiredRetention: within(number(), SETTINGS_LIMITS.desiredRetention),
    newPerSession: within(whole(), SETTINGS_LIMITS.newPerSession),
    rolloverHour: within(whole(), SETTINGS_LIMITS.rolloverHour),
    // Absent before format 2: the default goal.
    dailyGoal: within(whole(), SETTINGS_LIMITS.dailyGoal).default(DEFAULT_SETTINGS.dailyGoal),
    interview: interviewSchema.optional(),
    memory: memorySchema.optional(),
  },
  { error: "must be the settings object" },
);

export const stampedSettingsSchema = stamped(settingsSchema);
const flagsSchema = z.record(z.string(), stamped(z.boolean({ error: "must be true or false" })), {
  error: "must be an object keyed by card id",
});
const notesSchema = z.record(z.string(), stamped(text), { error: "must be an object keyed by card id" });
const idList = z.array(id, { error: "must be a list of ids" });

/** The export file; version is checked before this runs so a newer file gets its own message. */
export const exportFileSchema = z.object(
  {
    format: z.literal("prepdeck-progress", { error: 'must be "prepdeck-progress"' }),
    // Version 1 files have no answer times and no daily goal; both are optional above.
    version: z.literal([1, 2], { error: "must be 1 or 2" }),
    exportedAt: z.string().optional(),
    log: z.array(reviewEntrySchema, { error: "must be a list of reviews" }),
    tombstones: idList.default([]),
    flags: flagsSchema.default({}),
    notes: notesSchema.default({}),
    settings: stampedSettingsSchema.optional(),
  },
  { error: "must be a JSON object" },
);

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** First problem of a failed parse as one readable phrase, e.g. "log[3].rating must be 1–4". */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "it does not have the expected shape";
  const path = formatPath(issue.path);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : "";
  const where = path === "" ? "the file" : path;
  const sentence = /^(must|is) /.test(issue.message) ? `${where} ${issue.message}` : `${where}: ${issue.message}`;
  return sentence + more;
}
