import fc from "fast-check";

import { RATINGS } from "@/lib/srs";

import type { Progress, Rating, ReviewEntry, ReviewMode, Settings, Stamped } from "@/lib/progress";

import { T0 } from "./support";

const cards = ["django/a", "django/b", "django/c", "__proto__", "toString"];
const ids = Array.from({ length: 12 }, (_, i) => `id-${i}`);
const rating = fc.constantFrom<Rating>(1, 2, 3, 4);
const mode = fc.constantFrom<ReviewMode>("due", "shuffle", "weak", "interview");
// A small time range so ties in `at` (and in stamps) are common.
const time = fc.integer({ min: T0, max: T0 + 5 });

/** The entry an id stands for: in real use an id is created once, with fixed content. */
export function canonicalEntry(id: string): ReviewEntry {
  const n = Number(id.slice(3));
  const entry: ReviewEntry = { id, cardId: cards[n % 3] ?? "django/a", rating: RATINGS[n % 4] ?? 3, at: T0 + (n % 4), mode: "due" };
  // Every other review carries an answer time, as a log spanning formats 1 and 2 does.
  return n % 2 === 0 ? { ...entry, ms: 1000 + n * 37 } : entry;
}

const canonicalLog = fc.subarray(ids).map((chosen) => chosen.map(canonicalEntry));

/** Entries whose content may disagree for one id: merge must still be a join. */
const conflictingLog = fc.array(
  fc.record(
    { id: fc.constantFrom(...ids), cardId: fc.constantFrom(...cards), rating, at: time, mode, ms: fc.integer({ min: 0, max: 3 }) },
    { requiredKeys: ["id", "cardId", "rating", "at", "mode"] },
  ),
  { maxLength: 10 },
);

function stampedRecord<T>(value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, Stamped<T>>> {
  return fc
    .array(fc.tuple(fc.constantFrom(...cards), fc.record({ value, at: time })), { maxLength: 5 })
    .map((pairs) => {
      const out: Record<string, Stamped<T>> = {};
      for (const [id, stamp] of pairs) Object.defineProperty(out, id, { value: stamp, enumerable: true, writable: true, configurable: true });
      return out;
    });
}

const settings: fc.Arbitrary<Stamped<Settings>> = fc.record({
  value: fc.record({
    desiredRetention: fc.constantFrom(0.8, 0.9),
    newPerSession: fc.constantFrom(10, 20),
    rolloverHour: fc.constantFrom(0, 4),
    dailyGoal: fc.constantFrom(10, 20),
  }),
  at: fc.integer({ min: 0, max: 3 }),
});

function progressWith(log: fc.Arbitrary<ReviewEntry[]>): fc.Arbitrary<Progress> {
  return fc.record({
    log,
    tombstones: fc.subarray(ids, { maxLength: 3 }),
    flags: stampedRecord(fc.boolean()),
    notes: stampedRecord(fc.constantFrom("", "a", "b")),
    settings,
  });
}

export const progressArb = progressWith(canonicalLog);
export const conflictingProgressArb = progressWith(conflictingLog);
