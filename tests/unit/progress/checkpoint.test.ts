import fc from "fast-check";

import {
  type Progress,
  type Rating,
  type ReviewEntry,
  cardStates,
  emptyProgress,
  mergeProgress,
  normalizeProgress,
  setSettings,
  undoReview,
} from "@/lib/progress";
import {
  CHECKPOINT_EVERY,
  checkpointDue,
  checkpointMeta,
  createCheckpoint,
  readCheckpoint,
  statesFromCheckpoint,
} from "@/lib/progress/checkpoint";

import { MINUTE, T0 } from "./support";

const CARDS = ["django/a", "django/b", "python/c", "__proto__", "sql/d"];

/** A stored checkpoint of `p` (through its text, as a load reads it). */
function checkpointOf(p: Progress) {
  const made = createCheckpoint(p, cardStates(p));
  if (!made) throw new Error("no checkpoint");
  return readCheckpoint(made.text);
}

interface Grade {
  card: number;
  rating: Rating;
  minutes: number;
}

const gradeArb: fc.Arbitrary<Grade> = fc.record({
  card: fc.integer({ min: 0, max: CARDS.length - 1 }),
  rating: fc.constantFrom<Rating>(1, 2, 3, 4),
  // Up to five days apart, so learning, review and relearning all happen.
  minutes: fc.integer({ min: 0, max: 5 * 24 * 60 }),
});

/** Entries at increasing times from `start`, ids unique per `device`. */
function entriesOf(grades: readonly Grade[], start: number, device: string): ReviewEntry[] {
  let at = start;
  return grades.map((g, i) => {
    at += g.minutes * MINUTE;
    return { id: `${device}-${i}`, cardId: CARDS[g.card] as string, rating: g.rating, at, mode: "due" };
  });
}

function progressOf(log: ReviewEntry[]): Progress {
  return normalizeProgress({ ...emptyProgress(), log });
}

function sameStates(actual: Map<string, unknown>, expected: Map<string, unknown>) {
  expect([...actual.entries()].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual([...expected.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const history = progressOf(
  entriesOf(
    Array.from({ length: 60 }, (_, i) => ({ card: i % 4, rating: ((i * 7) % 4) + 1, minutes: (i * 131) % 4000 }) as Grade),
    T0,
    "a",
  ),
);

describe("checkpoint of card states", () => {
  it("hit: a checkpoint of the log replays only the reviews after it, to the same states as a full replay", () => {
    const earlier = progressOf(history.log.slice(0, 40));
    const checkpoint = checkpointOf(earlier);
    const derived = statesFromCheckpoint(history, checkpoint);
    expect(derived.hit).toBe(true);
    expect(derived.replayed).toBe(20);
    sameStates(derived.states, cardStates(history));
  });

  it("hit with nothing after it: no review is replayed", () => {
    const derived = statesFromCheckpoint(history, checkpointOf(history));
    expect(derived).toMatchObject({ hit: true, replayed: 0 });
    sameStates(derived.states, cardStates(history));
  });

  it("stale: after an undo inside the covered reviews, or older reviews merged in, the whole log is replayed", () => {
    const checkpoint = checkpointOf(history);
    const undone = undoReview(history, history.log[10]!.id).progress;
    const stale1 = statesFromCheckpoint(undone, checkpoint);
    expect(stale1.hit).toBe(false);
    sameStates(stale1.states, cardStates(undone));

    // Another tab's review from before the checkpoint's last one, with the undo, keeps the length
    // and the last id: the fingerprint still tells.
    const other: ReviewEntry = { ...history.log[20]!, id: "b-0", rating: 1, at: history.log[20]!.at + 1 };
    const swapped = mergeProgress(undone, progressOf([other]));
    expect(swapped.log.length).toBe(history.log.length);
    expect(swapped.log.at(-1)!.id).toBe(history.log.at(-1)!.id);
    const stale2 = statesFromCheckpoint(swapped, checkpoint);
    expect(stale2.hit).toBe(false);
    sameStates(stale2.states, cardStates(swapped));
  });

  it("stale: another desired retention, or a checkpoint longer than the log, is ignored", () => {
    const checkpoint = checkpointOf(history);
    const retuned = setSettings(history, { desiredRetention: 0.85 }, T0);
    const a = statesFromCheckpoint(retuned, checkpoint);
    expect(a.hit).toBe(false);
    sameStates(a.states, cardStates(retuned));
    const shorter = progressOf(history.log.slice(0, 30));
    const b = statesFromCheckpoint(shorter, checkpoint);
    expect(b.hit).toBe(false);
    sameStates(b.states, cardStates(shorter));
  });

  it("corrupt: text that is not a checkpoint of this format reads as none, and the log is replayed", () => {
    const good = createCheckpoint(history, cardStates(history))!.text;
    const doc = JSON.parse(good) as Record<string, unknown>;
    const broken = [
      "not json",
      "[]",
      "null",
      good.slice(0, good.length / 2),
      JSON.stringify({ ...doc, f: 1 }), // the format before this one (another fingerprint)
      JSON.stringify({ ...doc, f: 3 }),
      JSON.stringify({ ...doc, n: -1 }),
      JSON.stringify({ ...doc, st: [...(doc.st as number[]), 1] }),
      JSON.stringify({ ...doc, st: (doc.st as number[]).map((v, i) => (i === 0 ? 7 : v)) }),
      JSON.stringify({ ...doc, st: (doc.st as number[]).map((v, i) => (i === 2 ? "x" : v)) }),
    ];
    for (const text of broken) {
      expect(readCheckpoint(text)).toBeNull();
      const derived = statesFromCheckpoint(history, readCheckpoint(text));
      expect(derived.hit).toBe(false);
      sameStates(derived.states, cardStates(history));
    }
    // Well-formed but of other states (one card's numbers changed): the fingerprint covers the
    // log, not the states, so this is the one corruption a checkpoint cannot see; its own key and
    // the log keep it from ever being written that way (createCheckpoint takes replayed states).
    expect(readCheckpoint(JSON.stringify({ ...doc, s: "another scheduler" }))).not.toBeNull();
    expect(statesFromCheckpoint(history, readCheckpoint(JSON.stringify({ ...doc, s: "another scheduler" }))).hit).toBe(false);
  });

  it("is not made from states of another log", () => {
    const shorter = progressOf(history.log.slice(0, 5));
    expect(createCheckpoint(history, cardStates(shorter))).toBeNull();
  });

  it("is due when none is known, when it no longer matches, or every CHECKPOINT_EVERY reviews", () => {
    const long = progressOf(entriesOf(Array.from({ length: CHECKPOINT_EVERY + 10 }, (_, i) => ({ card: i % 3, rating: 3, minutes: 30 }) as Grade), T0, "c"));
    const at = (n: number) => progressOf(long.log.slice(0, n));
    const meta = checkpointMeta(checkpointOf(at(10))!);
    expect(checkpointDue(null, at(10))).toBe(true);
    expect(checkpointDue(null, emptyProgress())).toBe(false);
    expect(checkpointDue(meta, at(10))).toBe(false);
    expect(checkpointDue(meta, at(10 + CHECKPOINT_EVERY - 1))).toBe(false);
    expect(checkpointDue(meta, at(10 + CHECKPOINT_EVERY))).toBe(true);
    expect(checkpointDue(meta, at(9))).toBe(true);
    expect(checkpointDue(meta, setSettings(at(11), { desiredRetention: 0.8 }, T0))).toBe(true);
  });

  it("property: checkpoint + replay of the rest == full replay, for random logs with undos and out-of-order merges", () => {
    fc.assert(
      fc.property(
        fc.array(gradeArb, { minLength: 0, maxLength: 30 }), // the log when the checkpoint is written
        fc.array(gradeArb, { maxLength: 15 }), // grades logged after it
        fc.array(gradeArb, { maxLength: 8 }), // another device's reviews, merged in (any time)
        fc.array(fc.nat(), { maxLength: 4 }), // undos, by position in the resulting log
        fc.constantFrom(0.8, 0.9),
        (before, after, foreign, undos, retention) => {
          const settings = { value: { ...emptyProgress().settings.value, desiredRetention: retention }, at: 1 };
          const base = normalizeProgress({ ...emptyProgress(), settings, log: entriesOf(before, T0, "a") });
          const checkpoint = checkpointOf(base);
          const lastAt = base.log.at(-1)?.at ?? T0;
          let later = mergeProgress(base, { ...base, log: entriesOf(after, lastAt, "a2") });
          // Out of order: the other device's clock starts anywhere in the same period.
          later = mergeProgress(later, { ...emptyProgress(), settings, log: entriesOf(foreign, T0 + 7 * MINUTE, "b") });
          for (const n of undos) {
            const victim = later.log[n % Math.max(1, later.log.length)];
            if (victim) later = undoReview(later, victim.id).progress;
          }
          const derived = statesFromCheckpoint(later, checkpoint);
          const full = cardStates(later);
          expect(derived.states.size).toBe(full.size);
          for (const [cardId, state] of full) expect(derived.states.get(cardId)).toEqual(state);
          // It hits exactly when the covered reviews are still the log's first ones.
          const prefixKept = base.log.every((e, i) => later.log[i] === e);
          expect(derived.hit).toBe(prefixKept);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the checkpoint's fingerprint", () => {
  it("is the one earlier versions wrote, so their stored checkpoints still match (a new formula would replay every history once)", () => {
    const p = normalizeProgress({
      ...emptyProgress(),
      log: [
        { id: "a1", cardId: "django/a", rating: 3, at: Date.UTC(2026, 0, 1, 9), mode: "due" },
        { id: "a2", cardId: "python/c", rating: 1, at: Date.UTC(2026, 0, 1, 9, 1), mode: "shuffle" },
        { id: "a3", cardId: "django/a", rating: 4, at: 2 ** 33 + 12345, mode: "interview" }, // a time past 2^32 ms: both halves count
      ],
    });
    expect(createCheckpoint(p, cardStates(p))?.meta.fingerprint).toBe("1qp3jm5.w7334d");
  });
});
