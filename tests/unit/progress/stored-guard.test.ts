import { decodeProgress, encodeProgress, normalizeProgress, emptyProgress, type Progress } from "@/lib/progress";

import { T0 } from "./support";

function doc(over: Record<string, unknown>): string {
  const base = JSON.parse(encodeProgress(emptyProgress())) as Record<string, unknown>;
  return JSON.stringify({ ...base, cards: ["d/a", "d/b"], ...over });
}

function message(raw: string): string {
  const r = decodeProgress(raw);
  if (r.ok) throw new Error("decoded");
  expect(r.reason).toBe("invalid");
  return r.message;
}

describe("the stored-value guard (every load, without zod)", () => {
  it.each([
    [{ cards: ["d/a", ""] }, "cards[1] must not be empty"],
    [{ cards: "d/a" }, "cards must be a list of ids"],
    [{ log: 5 }, "log must be a string"],
    [{ tomb: [3] }, "tomb[0] must be text"],
    [{ flags: { "d/a": [2, 5] } }, "flags.d/a must be [0 or 1, time]"],
    [{ notes: { "d/a": ["x", -1] } }, "notes.d/a must be [text, time]"],
    [{ settings: { value: { desiredRetention: 2, newPerSession: 20, rolloverHour: 4, dailyGoal: 20 }, at: 0 } }, "settings.value.desiredRetention must be between 0.7 and 0.99"],
    [{ settings: { value: { desiredRetention: 0.9, newPerSession: 20.5, rolloverHour: 4 }, at: 0 } }, "settings.value.newPerSession must be a whole number"],
    [{ settings: { value: {}, at: 1.5 } }, "settings.at must be a whole number of milliseconds"],
  ])("reports %j in plain words", (over, expected) => {
    expect(message(doc(over))).toBe(`stored progress is malformed: ${expected}`);
  });

  it("gives format 1 settings the default daily goal", () => {
    const raw = doc({ v: 1, settings: { value: { desiredRetention: 0.8, newPerSession: 10, rolloverHour: 3 }, at: 7 } });
    const r = decodeProgress(raw);
    expect(r.ok && r.progress.settings).toEqual({ value: { desiredRetention: 0.8, newPerSession: 10, rolloverHour: 3, dailyGoal: 20 }, at: 7 });
  });
});

describe("the log scanner", () => {
  it("reports a malformed entry by position", () => {
    for (const log of ["0C1-abc,", "0C1-abc,,0C2-x", "0Z1-abc", "0C1", "0C1-ab!c", "2C1-abc", "0C1~", "0C1.-abc"]) {
      expect(message(doc({ log }))).toMatch(/^stored progress is malformed: log entry \d+ /);
    }
  });

  it("puts a log written out of order, with repeated or undone ids, in normal form", () => {
    const at = T0;
    const a36 = at.toString(36);
    // Entry 2 comes before entry 1 in time; entry 3 repeats entry 1's id in full; entry 4 is undone.
    const log = [`0C${a36}-aaaaaa`, `1G${(0).toString(36)}~${a36}-aaaaab`, `0C0~${a36}-aaaaaa`, `1C1-dead00`].join(",");
    // Deltas: entry 2 has delta 0 from entry 1 (same at), entry 4 is at + 1.
    const raw = doc({ log, tomb: [`${(at + 1).toString(36)}-dead00`] });
    const r = decodeProgress(raw);
    if (!r.ok) throw new Error(r.message);
    const expected: Progress = normalizeProgress(r.progress);
    expect(r.progress).toEqual(expected);
    expect(r.progress.log.map((e) => e.id)).toEqual([`${a36}-aaaaaa`, `${a36}-aaaaab`]);
  });

  it("reads back exactly what was encoded, ids of any shape included", () => {
    const p = normalizeProgress({
      ...emptyProgress(),
      log: [
        { id: "legacy,id%with~chars", cardId: "d/a", rating: 2, at: T0, mode: "due" },
        { id: `${(T0 + 5).toString(36)}-lguo6i`, cardId: "d/a", rating: 3, at: T0 + 5, mode: "interview", ms: 4200 },
        { id: "x-1", cardId: "d/b", rating: 1, at: T0 + 9, mode: "shuffle" },
      ],
    });
    const r = decodeProgress(encodeProgress(p));
    expect(r.ok && r.progress).toEqual(p);
  });
});
