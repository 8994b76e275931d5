import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import {
  type Progress,
  addReview,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  loadProgress,
  newEntryId,
  saveProgress,
} from "@/lib/progress";
import { mulberry32 } from "@/lib/srs";

import { FakeStorage, KEY, MINUTE, T0 } from "./support";

const fixturePath = fileURLToPath(new URL("../../fixtures/progress/reference-v1.txt", import.meta.url));
const referenceBytes = readFileSync(fixturePath);
const reference = referenceBytes.toString("utf8");
const referenceV2 = readFileSync(fileURLToPath(new URL("../../fixtures/progress/reference-v2.txt", import.meta.url)), "utf8");

/** Loads `raw` and checks the fault rules: no throw, and an undecodable value survives byte for byte. */
function expectSafeLoad(raw: string): void {
  const storage = new FakeStorage({ [KEY]: raw });
  const decodable = decodeProgress(raw).ok;
  const loaded = loadProgress(storage, KEY, T0);
  if (decodable) {
    expect(loaded.notice).toBeNull();
    return;
  }
  const backupKey = loaded.notice?.backupKey;
  expect(backupKey).toBeTruthy();
  expect(storage.data.get(backupKey ?? "")).toBe(raw);
  // Whatever the tab does next, the copy stays intact.
  saveProgress(storage, KEY, addReview(loaded.progress, { id: "x", cardId: "c", rating: 3, at: T0, mode: "due" }), T0 + 1);
  expect(storage.data.get(backupKey ?? "")).toBe(raw);
}

describe("the reference stored values", () => {
  it("migrates the v1 reference keeping every review, and writes the same log string as v2", () => {
    const decoded = decodeProgress(reference);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.migratedFrom).toBe(1);
    expect(decoded.progress.log).toHaveLength(24);
    expect(decoded.progress.log.every((e) => e.ms === undefined)).toBe(true);
    expect(decoded.progress.tombstones).toHaveLength(1);
    expect(decoded.progress.log[0]?.id).toBe("legacy,id%with~chars");
    expect(decoded.progress.settings.value).toEqual({ desiredRetention: 0.88, newPerSession: 15, rolloverHour: 5, dailyGoal: 20 });
    const v2 = JSON.parse(encodeProgress(decoded.progress));
    const v1 = JSON.parse(reference);
    expect(v2.v).toBe(2);
    expect(v2.log).toBe(v1.log);
    expect(v2.cards).toEqual(v1.cards);
  });

  it("decodes the v2 reference, answer times included, and re-encodes it byte for byte", () => {
    const decoded = decodeProgress(referenceV2);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.migratedFrom).toBeUndefined();
    expect(decoded.progress.log).toHaveLength(24);
    expect(decoded.progress.log.filter((e) => e.ms !== undefined)).toHaveLength(16);
    expect(decoded.progress.log[1]).toMatchObject({ rating: 3, ms: 2477 });
    expect(decoded.progress.settings.value.dailyGoal).toBe(35);
    expect(encodeProgress(decoded.progress)).toBe(referenceV2);
  });

  it("survives truncation at every byte: no exception, and the raw value is always recoverable", () => {
    let undecodable = 0;
    for (let length = 0; length < referenceBytes.length; length++) {
      // Cutting inside a multi-byte character yields U+FFFD, as a real torn write would.
      const raw = referenceBytes.subarray(0, length).toString("utf8");
      expectSafeLoad(raw);
      if (!decodeProgress(raw).ok) undecodable++;
    }
    // Only the empty prefix (a first visit) decodes.
    expect(undecodable).toBe(referenceBytes.length - 1);
  });

  it.each([
    ["null JSON", "null"],
    ["empty object", "{}"],
    ["an array", "[]"],
    ["a number", "42"],
    ["a string", '"prepdeck"'],
    ["whitespace", "   "],
    ["a future version", '{"v": 99}'],
    ["a future version with data", JSON.stringify({ v: 2, cards: [], log: "" })],
    ["wrong types", JSON.stringify({ ...JSON.parse(reference), cards: "not a list" })],
    ["a log of the wrong type", JSON.stringify({ ...JSON.parse(reference), log: 12 })],
    ["a bad card index", JSON.stringify({ ...JSON.parse(reference), cards: [] })],
    ["out-of-range settings", JSON.stringify({ ...JSON.parse(reference), settings: { value: { desiredRetention: 5 }, at: 0 } })],
    ["a prototype attack", '{"__proto__": {"polluted": true}, "v": 1}'],
    ["a lone surrogate", '{"v":1,"cards":["\\ud800"],"log":"0D0-a","tomb":[],"flags":{},"notes":{},"settings":{"value":{"desiredRetention":0.9,"newPerSession":20,"rolloverHour":4},"at":0}}'],
  ])("handles %s without an exception and keeps it recoverable", (_, raw) => {
    expectSafeLoad(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("write failures while grading", () => {
  const steps = 12;

  function grade(p: Progress, step: number, rand: () => number): Progress {
    const at = T0 + step * MINUTE;
    return addReview(p, { id: newEntryId(at, rand), cardId: `card-${step % 3}`, rating: 3, at, mode: "due" });
  }

  it.each(Array.from({ length: steps }, (_, k) => k))("loses no review when the write at step %i fails", (failAt) => {
    const storage = new FakeStorage();
    const rand = mulberry32(failAt + 1);
    let p = emptyProgress();
    const graded: string[] = [];
    for (let step = 0; step < steps; step++) {
      p = grade(p, step, rand);
      graded.push(p.log[p.log.length - 1]?.id ?? "");
      storage.failSet = step === failAt;
      const saved = saveProgress(storage, KEY, p, T0 + step * MINUTE);
      if (saved.ok) p = saved.progress;
      else expect(step).toBe(failAt);
    }
    // Writes work again; the app saves on its next change (here: a retry with nothing new).
    storage.failSet = false;
    expect(saveProgress(storage, KEY, p, T0 + steps * MINUTE).ok).toBe(true);
    const final = loadProgress(storage, KEY, T0 + steps * MINUTE).progress;
    expect(final.log.map((e) => e.id).sort()).toEqual([...graded].sort());
  });

  it("loses no review when every write fails for a while", () => {
    const storage = new FakeStorage();
    const rand = mulberry32(99);
    let p = emptyProgress();
    for (let step = 0; step < steps; step++) {
      p = grade(p, step, rand);
      storage.failSet = step >= 3 && step < 9;
      const saved = saveProgress(storage, KEY, p, T0 + step * MINUTE);
      if (saved.ok) p = saved.progress;
    }
    expect(loadProgress(storage, KEY, T0 + steps * MINUTE).progress.log).toHaveLength(steps);
  });
});
