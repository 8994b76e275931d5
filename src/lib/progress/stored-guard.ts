import type { ReviewEntry, ReviewMode, Settings, Stamped, StoredV0, StoredV2 } from "./models";
import { isPlainObject } from "./safe-json";
import { DEFAULT_SETTINGS, SETTINGS_LIMITS } from "./settings";
import { withExtras } from "./settings-extras";

/*
 * Hand-written guards for the stored documents (formats 0–2): what every page load runs, so they
 * stay small and leave zod to imported files (schemas.ts, import-file.ts). Failures read like the
 * import's: "<path> must …", e.g. "cards[3] must not be empty".
 */

/** A stored document that does not have the expected shape; `message` names the first problem. */
export class StoredShapeError extends Error {}

function fail(path: string, what: string): never {
  throw new StoredShapeError(`${path} ${what}`);
}

function isTime(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function time(v: unknown, path: string): number {
  if (typeof v !== "number" || !Number.isSafeInteger(v)) fail(path, "must be a whole number of milliseconds");
  if (v < 0) fail(path, "must not be negative");
  return v;
}

function id(v: unknown, path: string): string {
  if (typeof v !== "string") fail(path, "must be text");
  if (v === "") fail(path, "must not be empty");
  return v;
}

function idList(v: unknown, path: string): string[] {
  if (!Array.isArray(v)) fail(path, "must be a list of ids");
  for (let i = 0; i < v.length; i++) id(v[i], `${path}[${i}]`);
  return v as string[];
}

function record(v: unknown, path: string): Record<string, unknown> {
  if (!isPlainObject(v)) fail(path, "must be an object keyed by card id");
  return v;
}

function ranged(v: unknown, path: string, limits: { min: number; max: number }, whole: boolean): number {
  if (typeof v !== "number" || !Number.isFinite(v)) fail(path, "must be a number");
  if (whole && !Number.isInteger(v)) fail(path, "must be a whole number");
  if (v < limits.min || v > limits.max) fail(path, `must be between ${limits.min} and ${limits.max}`);
  return v;
}

/** Stamped settings; a missing `dailyGoal` (formats 0 and 1) gets the default. */
function stampedSettings(v: unknown, path: string): Stamped<Settings> {
  if (!isPlainObject(v)) fail(path, "must be { value, at }");
  const at = time(v.at, `${path}.at`);
  const s = v.value;
  if (!isPlainObject(s)) fail(`${path}.value`, "must be the settings object");
  const p = `${path}.value`;
  const L = SETTINGS_LIMITS;
  const value: Settings = {
    desiredRetention: ranged(s.desiredRetention, `${p}.desiredRetention`, L.desiredRetention, false),
    newPerSession: ranged(s.newPerSession, `${p}.newPerSession`, L.newPerSession, true),
    rolloverHour: ranged(s.rolloverHour, `${p}.rolloverHour`, L.rolloverHour, true),
    dailyGoal: s.dailyGoal === undefined ? DEFAULT_SETTINGS.dailyGoal : ranged(s.dailyGoal, `${p}.dailyGoal`, L.dailyGoal, true),
  };
  // The optional interview date and fitted parameters (absent in older data; dropped if malformed).
  return { value: withExtras(value, s), at };
}

/**
 * A stored document of format 1 or 2 (same shape; format 1's settings lack `dailyGoal`) as a
 * format-2 document. The `log` string is checked by the codec. Throws StoredShapeError.
 */
export function guardStoredV2(doc: unknown): StoredV2 {
  if (!isPlainObject(doc)) fail("the stored value", "must be a JSON object");
  const cards = idList(doc.cards, "cards");
  if (typeof doc.log !== "string") fail("log", "must be a string");
  const tomb = idList(doc.tomb, "tomb");
  const flags = record(doc.flags, "flags");
  for (const [k, v] of Object.entries(flags)) {
    if (!Array.isArray(v) || v.length !== 2 || (v[0] !== 0 && v[0] !== 1) || !isTime(v[1])) fail(`flags.${k}`, "must be [0 or 1, time]");
  }
  const notes = record(doc.notes, "notes");
  for (const [k, v] of Object.entries(notes)) {
    if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== "string" || !isTime(v[1])) fail(`notes.${k}`, "must be [text, time]");
  }
  return {
    v: 2,
    cards,
    log: doc.log,
    tomb,
    flags: flags as StoredV2["flags"],
    notes: notes as StoredV2["notes"],
    settings: stampedSettings(doc.settings, "settings"),
  };
}

const MODES: readonly ReviewMode[] = ["shuffle", "due", "weak", "interview"];

function reviewEntry(v: unknown, path: string): ReviewEntry {
  if (!isPlainObject(v)) fail(path, "must be a review ({ id, cardId, rating, at, mode, ms? })");
  const rating = v.rating;
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) fail(`${path}.rating`, "must be 1–4");
  const mode = v.mode;
  if (typeof mode !== "string" || !MODES.includes(mode as ReviewMode)) fail(`${path}.mode`, 'must be "shuffle", "due", "weak" or "interview"');
  const entry: ReviewEntry = { id: id(v.id, `${path}.id`), cardId: id(v.cardId, `${path}.cardId`), rating, at: time(v.at, `${path}.at`), mode: mode as ReviewMode };
  return v.ms === undefined ? entry : { ...entry, ms: time(v.ms, `${path}.ms`) };
}

/** The pre-release format 0 (plain JSON). Throws StoredShapeError. */
export function guardStoredV0(doc: unknown): StoredV0 {
  if (!isPlainObject(doc)) fail("the stored value", "must be a JSON object");
  if (!Array.isArray(doc.log)) fail("log", "must be a list of reviews");
  const log = doc.log.map((e, i) => reviewEntry(e, `log[${i}]`));
  const flags = doc.flags === undefined ? {} : record(doc.flags, "flags");
  for (const [k, v] of Object.entries(flags)) if (typeof v !== "boolean") fail(`flags.${k}`, "must be true or false");
  const notes = doc.notes === undefined ? {} : record(doc.notes, "notes");
  for (const [k, v] of Object.entries(notes)) if (typeof v !== "string") fail(`notes.${k}`, "must be text");
  return { version: 0, log, flags: flags as Record<string, boolean>, notes: notes as Record<string, string> };
}
