import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  type Progress,
  type ReviewEntry,
  addReview,
  createDecodeCache,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  loadProgress,
  mergeProgress,
  normalizeProgress,
  saveProgress,
  setFlag,
  setNote,
  setSettings,
  undoLast,
} from "@/lib/progress";
import { encodeWithParts } from "@/lib/progress/encoded-log";

import { progressArb } from "./arbitraries";
import { FakeStorage, KEY, T0, simulatedLog } from "./support";

/** The storage's stored text, which must exist. */
function stored(storage: FakeStorage): string {
  const raw = storage.data.get(KEY);
  if (raw === undefined) throw new Error("nothing stored");
  return raw;
}

function logField(raw: string): string {
  const doc: unknown = JSON.parse(raw);
  if (typeof doc !== "object" || doc === null || !("log" in doc) || typeof doc.log !== "string") throw new Error("no log");
  return doc.log;
}

function lastAt(p: Progress): number {
  return p.log[p.log.length - 1]?.at ?? T0;
}

// Card ids a stored table must carry through JSON exactly: quotes, backslashes, separators, other scripts.
const cardIds = ["django/a", "django/new", 'quote"d\\card', "comma,%card", "ünï/カード", "__proto__"];

type Step =
  | { kind: "grade"; card: number; rating: 1 | 2 | 3 | 4; dt: number; ms: number | null; suffix: string; legacyId: boolean }
  | { kind: "flag" | "note" | "settings" | "undo" | "reload" | "full" }
  | { kind: "other-tab"; card: number; back: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("grade" as const),
      card: fc.nat({ max: cardIds.length - 1 }),
      rating: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      dt: fc.nat({ max: 3 }),
      ms: fc.option(fc.nat({ max: 60_000 })),
      suffix: fc.stringMatching(/^[0-9a-z]{6}$/),
      legacyId: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom("flag" as const, "note" as const, "settings" as const, "undo" as const, "reload" as const, "full" as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("other-tab" as const), card: fc.nat({ max: cardIds.length - 1 }), back: fc.nat({ max: 5 }) }) },
);

/** A grade as the store makes it, or (rarely) an id of another shape, as old exports carry. */
function gradeEntry(p: Progress, step: Extract<Step, { kind: "grade" }>): ReviewEntry {
  const at = lastAt(p) + step.dt;
  const id = step.legacyId && step.dt === 0 ? `legacy,${step.suffix}` : `${at.toString(36)}-${step.suffix}`;
  const entry: ReviewEntry = { id, cardId: cardIds[step.card] ?? "django/a", rating: step.rating, at, mode: "shuffle" };
  return step.ms === null ? entry : { ...entry, ms: step.ms };
}

describe("the append-only save", () => {
  it("stores and returns exactly what the full merge and encode do, through grades, undos, edits, other tabs and reloads", () => {
    fc.assert(
      fc.property(progressArb, fc.array(stepArb, { maxLength: 25 }), (start, steps) => {
        const initial = encodeProgress(start);
        const fast = new FakeStorage({ [KEY]: initial });
        const full = new FakeStorage({ [KEY]: initial });
        let cache = createDecodeCache();
        let mine = loadProgress(fast, KEY, T0, cache).progress; // decoded lazily: the load's own state
        let reference = loadProgress(full, KEY, T0).progress;
        for (const [n, step] of steps.entries()) {
          const now = T0 + 10 + n;
          const apply = (p: Progress): Progress => {
            switch (step.kind) {
              case "grade":
                return addReview(p, gradeEntry(p, step));
              case "flag":
                return setFlag(p, "django/a", n % 2 === 0, now);
              case "note":
                return setNote(p, "django/new", `note ${n}`, now);
              case "settings":
                return setSettings(p, { dailyGoal: 10 + n }, now);
              case "undo":
                return undoLast(p).progress;
              default:
                return p;
            }
          };
          if (step.kind === "other-tab") {
            // Another tab writes a review older than ours: the same write lands in both storages.
            const other = { ...emptyProgress(), log: [{ id: `other-${n}`, cardId: cardIds[step.card] ?? "x", rating: 3 as const, at: lastAt(reference) - step.back, mode: "due" as const }] };
            const decoded = decodeProgress(stored(full));
            if (!decoded.ok) throw new Error(decoded.message);
            const written = encodeProgress(mergeProgress(decoded.progress, other));
            fast.data.set(KEY, written);
            full.data.set(KEY, written);
          }
          if (step.kind === "reload") {
            cache = createDecodeCache();
            mine = loadProgress(fast, KEY, now, cache).progress;
          }
          if (step.kind === "full") cache = createDecodeCache(); // a cache that never saw this value
          mine = apply(mine);
          reference = apply(reference);
          const a = saveProgress(fast, KEY, mine, now, cache);
          const b = saveProgress(full, KEY, reference, now);
          if (!a.ok || !b.ok) throw new Error("save failed");
          expect(stored(fast)).toBe(stored(full));
          expect(stored(fast)).toBe(encodeProgress(b.progress));
          expect(a.progress).toEqual(b.progress);
          mine = a.progress;
          reference = b.progress;
        }
      }),
      { numRuns: 150 },
    );
  });

  it("writes the stored log plus the new review, leaving the text before it as it was", () => {
    const storage = new FakeStorage();
    const cache = createDecodeCache();
    const first = saveProgress(storage, KEY, simulatedLog(500, 80), T0, cache);
    if (!first.ok) throw new Error(first.error);
    const before = logField(stored(storage));
    const last = first.progress.log[first.progress.log.length - 1];
    if (!last) throw new Error("empty log");
    const graded = addReview(first.progress, { id: `${(last.at + 5000).toString(36)}-abcdef`, cardId: "django/brand-new", rating: 4, at: last.at + 5000, mode: "due", ms: 1234 });
    const saved = saveProgress(storage, KEY, graded, T0, cache);
    expect(saved.ok && saved.progress).toEqual(graded);
    const after = logField(stored(storage));
    // Card 80 at most (a new card), "J" = Easy in due mode, 5000 ms later (3uw), answer time 1234 (ya), the id's suffix.
    expect(after.startsWith(`${before},`)).toBe(true);
    expect(after.slice(before.length + 1)).toMatch(/^[0-9a-z]+J3uw\.ya-abcdef$/);
    expect(decodeProgress(stored(storage))).toEqual({ ok: true, progress: graded });
  });

  it("reads none of the stored reviews to save a new one", () => {
    let reads = 0;
    // Entries that count every read of their card: encoding or merging the history reads them all.
    const counted = simulatedLog(400, 60, 3).log.map((e): ReviewEntry => {
      const { cardId, ...rest } = e;
      return Object.defineProperty({ ...rest, cardId: "" }, "cardId", { get: () => (reads++, cardId), enumerable: true });
    });
    const storage = new FakeStorage();
    const cache = createDecodeCache();
    const first = saveProgress(storage, KEY, { ...emptyProgress(), log: counted }, T0, cache);
    if (!first.ok) throw new Error(first.error);
    expect(reads).toBeGreaterThanOrEqual(400);
    reads = 0;
    const last = first.progress.log[first.progress.log.length - 1];
    if (!last) throw new Error("empty log");
    const graded = addReview(first.progress, { id: `${(last.at + 1).toString(36)}-aaaaaa`, cardId: "django/x", rating: 2, at: last.at + 1, mode: "due" });
    expect(saveProgress(storage, KEY, graded, T0, cache).ok).toBe(true);
    expect(reads).toBe(0);
    expect(stored(storage)).toBe(encodeProgress(graded));
  });

  it("extends the text of a value loaded from storage without encoding it again", () => {
    const history = normalizeProgress(simulatedLog(300, 50, 7));
    const storage = new FakeStorage({ [KEY]: encodeProgress(history) });
    const cache = createDecodeCache();
    const loaded = loadProgress(storage, KEY, T0, cache).progress;
    const last = loaded.log[loaded.log.length - 1];
    if (!last) throw new Error("empty log");
    const graded = addReview(loaded, { id: `${(last.at + 1).toString(36)}-zzzzzz`, cardId: last.cardId, rating: 1, at: last.at + 1, mode: "weak" });
    const saved = saveProgress(storage, KEY, graded, T0, cache);
    expect(saved.ok).toBe(true);
    expect(stored(storage)).toBe(encodeProgress(graded));
    expect(stored(storage).length).toBeGreaterThan(encodeProgress(history).length);
  });

  it("saves a grade over the stored reference documents of formats 1 and 2 as the full merge does", () => {
    for (const name of ["reference-v1.txt", "reference-v2.txt"]) {
      const text = readFileSync(fileURLToPath(new URL(`../../fixtures/progress/${name}`, import.meta.url)), "utf8").trim();
      const fast = new FakeStorage({ [KEY]: text });
      const full = new FakeStorage({ [KEY]: text });
      const cache = createDecodeCache();
      const mine = loadProgress(fast, KEY, T0, cache).progress;
      const reference = loadProgress(full, KEY, T0).progress;
      expect(mine.log.length).toBeGreaterThan(0);
      const at = lastAt(mine) + 1000;
      const review: ReviewEntry = { id: `${at.toString(36)}-r3f3r3`, cardId: "django/reference-new", rating: 3, at, mode: "due", ms: 4000 };
      const a = saveProgress(fast, KEY, addReview(mine, review), at, cache);
      const b = saveProgress(full, KEY, addReview(reference, review), at);
      expect(a.ok && b.ok).toBe(true);
      expect(stored(fast)).toBe(stored(full));
      expect(decodeProgress(stored(fast))).toEqual({ ok: true, progress: b.ok ? b.progress : null });
    }
  });

  it("keeps nothing of a write that failed, so the retry writes the same text", () => {
    const storage = new FakeStorage();
    const cache = createDecodeCache();
    const first = saveProgress(storage, KEY, simulatedLog(50, 10), T0, cache);
    if (!first.ok) throw new Error(first.error);
    const last = first.progress.log[first.progress.log.length - 1];
    if (!last) throw new Error("empty log");
    const graded = addReview(first.progress, { id: `${(last.at + 9).toString(36)}-qqqqqq`, cardId: "django/unseen", rating: 3, at: last.at + 9, mode: "due" });
    storage.failSet = true;
    expect(saveProgress(storage, KEY, graded, T0, cache).ok).toBe(false);
    storage.failSet = false;
    expect(saveProgress(storage, KEY, graded, T0, cache).ok).toBe(true);
    expect(stored(storage)).toBe(encodeProgress(graded));
  });

  it("encodes the parts to the same text as the plain encoder", () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        const normal = normalizeProgress(p);
        expect(encodeWithParts(normal).raw).toBe(encodeProgress(normal));
      }),
    );
  });
});
