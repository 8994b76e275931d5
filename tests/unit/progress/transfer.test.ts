import { parseImport } from "@/lib/progress/transfer";
import {
  MAX_IMPORT_BYTES,
  type Progress,
  addReview,
  applyImport,
  emptyProgress,
  encodeProgress,
  exportProgress,
  mergeProgress,
  normalizeProgress,
  orphanReviewCount,
  previewImport,
  setFlag,
  setNote,
  setSettings,
  undoLast,
} from "@/lib/progress";

import { T0, entry, withReviews } from "./support";

function sample(): Progress {
  let p = withReviews(emptyProgress(), [
    entry("django/a", 3, T0, "e1"),
    entry("django/b", 1, T0 + 1, "e2", "weak"),
    entry("django/a", 4, T0 + 2, "e3", "shuffle"),
  ]);
  p = undoLast(p).progress;
  p = setFlag(p, "django/a", true, T0);
  p = setNote(p, "django/b", "check __str__", T0);
  return setSettings(p, { newPerSession: 30 }, T0);
}

function importText(text: string) {
  return parseImport(text, new TextEncoder().encode(text).length);
}

describe("export and import", () => {
  it("round-trips everything", () => {
    const p = sample();
    const parsed = importText(exportProgress(p, T0));
    expect(parsed).toEqual({ ok: true, progress: normalizeProgress(p) });
  });

  it("writes a readable file", () => {
    const file = JSON.parse(exportProgress(sample(), T0));
    expect(file).toMatchObject({
      format: "prepdeck-progress",
      version: 2,
      exportedAt: "2026-01-15T12:00:00.000Z",
      tombstones: ["e3"],
    });
    expect(file.log[0]).toEqual({ id: "e1", cardId: "django/a", rating: 3, at: T0, mode: "due" });
  });

  it("keeps answer times through export and import", () => {
    const p = withReviews(emptyProgress(), [{ ...entry("django/a", 3, T0, "t1"), ms: 4200 }, entry("django/a", 3, T0 + 9, "t2")]);
    const parsed = importText(exportProgress(p, T0));
    expect(parsed.ok && parsed.progress.log.map((e) => e.ms)).toEqual([4200, undefined]);
  });

  it("imports an export written by format 1: no answer times, default daily goal", () => {
    const v1File = {
      format: "prepdeck-progress",
      version: 1,
      exportedAt: "2026-01-15T12:00:00.000Z",
      log: [{ id: "e1", cardId: "django/a", rating: 3, at: T0, mode: "due" }],
      tombstones: [],
      flags: {},
      notes: {},
      settings: { value: { desiredRetention: 0.9, newPerSession: 30, rolloverHour: 4 }, at: T0 },
    };
    const parsed = importText(JSON.stringify(v1File));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.progress.log).toEqual([{ id: "e1", cardId: "django/a", rating: 3, at: T0, mode: "due" }]);
    expect(parsed.progress.settings.value).toEqual({ desiredRetention: 0.9, newPerSession: 30, rolloverHour: 4, dailyGoal: 20 });
  });

  it("rejects a negative answer time with where it is", () => {
    const file = JSON.parse(exportProgress(sample(), T0));
    file.log[0].ms = -5;
    const parsed = importText(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain("log[0].ms must not be negative");
  });

  it("also accepts a raw stored value, such as a backup key's content", () => {
    const p = sample();
    expect(importText(encodeProgress(p))).toEqual({ ok: true, progress: normalizeProgress(p) });
  });
});

describe("parseImport rejects", () => {
  it("files over 5 MB before reading them", () => {
    const result = parseImport("{}", MAX_IMPORT_BYTES + 1);
    expect(result).toEqual({ ok: false, message: expect.stringContaining("too large") });
    expect(parseImport("x".repeat(MAX_IMPORT_BYTES + 1), 10).ok).toBe(false);
    expect(parseImport("{}", Number.NaN).ok).toBe(false);
  });

  it("text that is not JSON", () => {
    const result = importText("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^This file is not a PrepDeck backup: it is not valid JSON/);
  });

  it.each([
    ["null", "it is not a JSON object"],
    ["[]", "it is not a JSON object"],
    ['{"format":"something-else"}', 'format must be "prepdeck-progress"'],
    ['{"hello":1}', 'format must be "prepdeck-progress"'],
  ])("%s", (text, message) => {
    expect(importText(text)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it("a review with a bad rating, naming where it is", () => {
    const file = JSON.parse(exportProgress(sample(), T0));
    file.log.push({ id: "x", cardId: "c", rating: 1, at: T0, mode: "due" });
    file.log.push({ id: "y", cardId: "c", rating: 7, at: T0, mode: "due" });
    expect(importText(JSON.stringify(file))).toEqual({
      ok: false,
      message: "This file is not a PrepDeck backup: log[3].rating must be 1–4.",
    });
  });

  it.each([
    [(f: Record<string, unknown>) => ({ ...f, log: "nope" }), "log must be a list of reviews"],
    [(f: Record<string, unknown>) => ({ ...f, log: [{ id: "x", cardId: "c", rating: 3, at: -1, mode: "due" }] }), "log[0].at must not be negative"],
    [(f: Record<string, unknown>) => ({ ...f, log: [{ id: "x", cardId: "c", rating: 3, at: 1, mode: "cram" }] }), 'log[0].mode must be "shuffle", "due", "weak" or "interview"'],
    [(f: Record<string, unknown>) => ({ ...f, flags: { c: { value: "yes", at: 1 } } }), "flags.c.value must be true or false"],
    [(f: Record<string, unknown>) => ({ ...f, settings: { value: { desiredRetention: 2, newPerSession: 1, rolloverHour: 1 }, at: 0 } }), "settings.value.desiredRetention must be between 0.7 and 0.99"],
  ])("a wrong shape (%#)", (mutate, message) => {
    const file = mutate(JSON.parse(exportProgress(sample(), T0)));
    expect(importText(JSON.stringify(file))).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it("a file from a newer version with its own message", () => {
    const file = { ...JSON.parse(exportProgress(sample(), T0)), version: 7 };
    expect(importText(JSON.stringify(file))).toEqual({ ok: false, message: expect.stringContaining("newer version") });
  });
});

describe("parseImport and prototype pollution", () => {
  it("drops __proto__, constructor and prototype keys", () => {
    const file = JSON.parse(exportProgress(sample(), T0));
    const text = JSON.stringify(file).replace(
      '"format"',
      '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"format"',
    ).replace('"flags":{', '"flags":{"__proto__":{"value":true,"at":1},');
    const result = importText(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) {
      expect(Object.keys(result.progress.flags)).toEqual(["django/a"]);
      expect(Object.getPrototypeOf(result.progress.flags)).toBe(Object.prototype);
    }
  });
});

describe("previewImport", () => {
  it("counts what a merge would bring", () => {
    let current = withReviews(emptyProgress(), [entry("a", 3, T0, "shared"), entry("a", 3, T0 + 1, "mine")]);
    current = setFlag(current, "a", true, T0);
    let incoming = withReviews(emptyProgress(), [entry("a", 3, T0, "shared"), entry("b", 2, T0 + 2, "theirs"), entry("b", 2, T0 + 3, "gone")]);
    incoming = undoLast(incoming).progress; // "gone" is undone in the file
    incoming = { ...incoming, tombstones: [...incoming.tombstones, "mine"].sort() };
    incoming = setFlag(incoming, "a", false, T0 + 10);
    incoming = setFlag(incoming, "b", false, T0 + 10);
    incoming = setNote(incoming, "b", "hi", T0 + 10);
    incoming = setSettings(incoming, { rolloverHour: 6 }, T0 + 10);
    expect(previewImport(current, incoming)).toEqual({
      newReviews: 1,
      alreadyPresent: 1,
      undoneReviews: 1,
      flagsChanged: 1,
      notesChanged: 1,
      settingsChanged: true,
    });
  });

  it("counts nothing for a file equal to the current state", () => {
    const p = sample();
    expect(previewImport(p, p)).toEqual({
      newReviews: 0,
      alreadyPresent: 2,
      undoneReviews: 0,
      flagsChanged: 0,
      notesChanged: 0,
      settingsChanged: false,
    });
  });
});

describe("applyImport", () => {
  const current = addReview(emptyProgress(), entry("a", 3, T0, "mine"));
  const incoming = addReview(emptyProgress(), entry("b", 3, T0, "theirs"));

  it("merges", () => {
    expect(applyImport(current, incoming, "merge")).toEqual(mergeProgress(current, incoming));
  });

  it("replaces", () => {
    expect(applyImport(current, incoming, "replace").log.map((e) => e.id)).toEqual(["theirs"]);
  });
});

describe("orphanReviewCount", () => {
  it("counts reviews of cards the bank no longer has", () => {
    const p = withReviews(emptyProgress(), [entry("kept", 3, T0), entry("retired", 3, T0 + 1), entry("retired", 1, T0 + 2)]);
    expect(orphanReviewCount(p, new Set(["kept"]))).toBe(2);
    expect(orphanReviewCount(p, new Set(["kept", "retired"]))).toBe(0);
  });
});
