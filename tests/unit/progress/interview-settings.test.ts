import { buildQueue } from "@/lib/drill";
import { decodeProgress, emptyProgress, encodeProgress, exportProgress, mergeProgress, setSettings } from "@/lib/progress";
import { parseImport } from "@/lib/progress/transfer";
import { previewIntervals, replayCard } from "@/lib/srs";
import { T0 } from "./support";

const DATE = { date: "2026-02-20", topics: ["django/orm"], target: 0.9, minutesPerDay: 30 };
const W = [0.3, 1.2, 3.1, 16, 7.2, 0.53, 1.46, 0.0046, 1.55, 0.12, 1.0, 1.9, 0.11, 0.3, 2.3, 0.24, 2.9, 0.52, 0.66, 0.16, 0.15];
const MEMORY = { w: W, fittedAt: T0, reviews: 1200 };

describe("interview date and fitted parameters in settings", () => {
  it("survive the stored format and an export, and old data without them still loads", () => {
    const p = setSettings(emptyProgress(), { interview: DATE, memory: MEMORY }, T0);
    const decoded = decodeProgress(encodeProgress(p));
    expect(decoded.ok && decoded.progress.settings.value.interview).toEqual(DATE);
    expect(decoded.ok && decoded.progress.settings.value.memory).toEqual(MEMORY);
    const text = exportProgress(p, T0);
    const imported = parseImport(text, text.length);
    expect(imported.ok && imported.progress.settings.value.interview).toEqual(DATE);
    expect(imported.ok && imported.progress.settings.value.memory).toEqual(MEMORY);
    const old = decodeProgress(encodeProgress(emptyProgress()));
    expect(old.ok && old.progress.settings.value.interview).toBeUndefined();
  });

  it("drops a malformed stored date instead of refusing the whole progress", () => {
    const stored = JSON.parse(encodeProgress(emptyProgress())) as { settings: { value: Record<string, unknown> } };
    stored.settings.value.interview = { date: "2026-02-31", topics: [], target: 0.9, minutesPerDay: 30 };
    const decoded = decodeProgress(JSON.stringify(stored));
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.progress.settings.value.interview).toBeUndefined();
  });

  it("removes the date when set to undefined and keeps it when another setting changes", () => {
    const p = setSettings(emptyProgress(), { interview: DATE }, T0);
    expect(setSettings(p, { dailyGoal: 30 }, T0 + 1).settings.value.interview).toEqual(DATE);
    expect(setSettings(p, { interview: undefined }, T0 + 1).settings.value.interview).toBeUndefined();
  });

  it("merges a date set in another tab by the later stamp", () => {
    const a = setSettings(emptyProgress(), { dailyGoal: 30 }, T0);
    const b = setSettings(emptyProgress(), { interview: DATE }, T0 + 5);
    expect(mergeProgress(a, b).settings.value.interview).toEqual(DATE);
    expect(mergeProgress(b, a).settings.value.interview).toEqual(DATE);
  });

  it("schedules with the applied parameters: the grade buttons change", () => {
    const state = replayCard([{ id: "a", rating: 3, at: T0 }]);
    const byDefault = previewIntervals(state, T0 + 3 * 86_400_000, { fuzz: false });
    const fitted = previewIntervals(state, T0 + 3 * 86_400_000, { fuzz: false, weights: W.map((w, i) => (i === 8 ? w * 1.5 : w)) });
    expect(fitted[3].due).not.toBe(byDefault[3].due);
  });
});

describe("Due queue with a plan", () => {
  it("adds the cards the plan brings back today after the due ones, only from the deck", () => {
    const queue = buildQueue("due", ["a", "b", "c"], { seed: "", states: new Map(), weak: [], now: T0, newLimit: 0, rolloverHour: 4, planned: ["c", "x"] });
    expect(queue).toEqual(["c"]);
  });
});
