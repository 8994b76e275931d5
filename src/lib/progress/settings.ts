import { DEFAULT_DESIRED_RETENTION, DEFAULT_NEW_LIMIT, DEFAULT_ROLLOVER_HOUR, MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from "@/lib/srs";

import type { Settings } from "./models";
import { readInterview, readMemory } from "./settings-extras";

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  desiredRetention: DEFAULT_DESIRED_RETENTION,
  newPerSession: DEFAULT_NEW_LIMIT,
  rolloverHour: DEFAULT_ROLLOVER_HOUR,
  dailyGoal: 20,
};

export const SETTINGS_LIMITS = {
  desiredRetention: { min: MIN_DESIRED_RETENTION, max: MAX_DESIRED_RETENTION },
  newPerSession: { min: 0, max: 200 },
  rolloverHour: { min: 0, max: 23 },
  dailyGoal: { min: 1, max: 1000 },
} as const;

function clampNumber(value: unknown, min: number, max: number, fallback: number, integer: boolean): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return fallback;
  const n = integer ? Math.round(value) : value;
  return Math.min(max, Math.max(min, n));
}

/** An optional setting after an update: kept when not mentioned, removed by `undefined`, replaced when valid. */
function optional<T>(partial: object, key: "interview" | "memory", base: T | undefined, read: (v: unknown) => T | undefined): T | undefined {
  if (!(key in partial)) return base;
  const v: unknown = (partial as Record<string, unknown>)[key];
  return v === undefined ? undefined : (read(v) ?? base);
}

/**
 * `base` with the valid parts of `partial` applied; out-of-range numbers are clamped, junk ignored.
 * `interview` and `memory` are replaced whole, or removed when `partial` sets them to undefined.
 */
export function clampSettings(base: Settings, partial: Partial<Record<keyof Settings, unknown>>): Settings {
  const { desiredRetention: r, newPerSession: n, rolloverHour: h, dailyGoal: g } = SETTINGS_LIMITS;
  const interview = optional(partial, "interview", base.interview, readInterview);
  const memory = optional(partial, "memory", base.memory, readMemory);
  return {
    desiredRetention: clampNumber(partial.desiredRetention, r.min, r.max, base.desiredRetention, false),
    newPerSession: clampNumber(partial.newPerSession, n.min, n.max, base.newPerSession, true),
    rolloverHour: clampNumber(partial.rolloverHour, h.min, h.max, base.rolloverHour, true),
    dailyGoal: clampNumber(partial.dailyGoal, g.min, g.max, base.dailyGoal, true),
    ...(interview ? { interview } : {}),
    ...(memory ? { memory } : {}),
  };
}
