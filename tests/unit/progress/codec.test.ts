import fc from "fast-check";

import {
  type Progress,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  normalizeProgress,
  setFlag,
  setNote,
  setSettings,
  undoLast,
} from "@/lib/progress";
import { fromBase36, toBase36 } from "@/lib/progress/base36";

import { T0, entry, simulatedLog, withReviews } from "./support";

function sample(): Progress {
  let p = withReviews(emptyProgress(), [
    entry("django/orm/what-is-a-queryset", 3, T0),
    entry("django/orm/what-is-a-queryset", 1, T0 + 60_000),
    entry("django/views/cbv", 4, T0 + 120_000, "legacy id, with commas, 100% and ~tildes~", "shuffle"),
    entry("django/views/cbv", 2, T0 + 120_000, "uuid-6f1c2a9e-1b2c-4d5e-8f90-123456789abc", "weak"),
    entry("django/views/ünïcødé-✓", 3, T0 + 180_000),
    entry("django/orm/what-is-a-queryset", 3, T0 + 240_000),
  ]);
  p = undoLast(p).progress;
  p = setFlag(p, "django/views/cbv", true, T0);
  p = setNote(p, "django/views/cbv", 'a "quoted" note, with \\ and\nnewline', T0);
  return setSettings(p, { desiredRetention: 0.85, rolloverHour: 3 }, T0);
}

describe("encodeProgress / decodeProgress", () => {
  it("stores interview grades with their own letters (M–P) and reads them back, older letters unchanged", () => {
    const p = withReviews(emptyProgress(), [
      entry("django/a", 1, T0, "i1", "interview"),
      entry("django/a", 4, T0 + 1, "i4", "interview"),
      entry("django/a", 3, T0 + 2, "w3", "weak"),
    ]);
    const stored = JSON.parse(encodeProgress(p)) as { log: string };
    expect(stored.log.split(",").map((e) => /[A-P]/.exec(e)?.[0])).toEqual(["M", "P", "I"]);
    expect(decodeProgress(encodeProgress(p))).toEqual({ ok: true, progress: normalizeProgress(p) });
  });

  it("round-trips a progress exactly, ids included", () => {
    const p = sample();
    const decoded = decodeProgress(encodeProgress(p));
    expect(decoded).toEqual({ ok: true, progress: normalizeProgress(p) });
  });

  it("encodes equal states to identical strings", () => {
    const p = sample();
    const shuffled: Progress = { ...p, log: [...p.log].reverse(), flags: { ...p.flags } };
    expect(encodeProgress(shuffled)).toBe(encodeProgress(p));
  });

  it("treats null and empty as a first visit", () => {
    expect(decodeProgress(null)).toEqual({ ok: true, progress: emptyProgress() });
    expect(decodeProgress("")).toEqual({ ok: true, progress: emptyProgress() });
  });

  it.each([
    ["{", "unreadable"],
    ["not json", "unreadable"],
    ["null", "invalid"],
    ["[]", "invalid"],
    ['"text"', "invalid"],
    ["42", "invalid"],
    ['{"v":"1"}', "invalid"],
    ['{"v":1}', "invalid"],
    ['{"v":99}', "future"],
    ['{"version":5}', "future"],
    ['{"v":1,"cards":[],"log":"0C1-abc","tomb":[],"flags":{},"notes":{},"settings":{"value":{"desiredRetention":0.9,"newPerSession":20,"rolloverHour":4},"at":0}}', "invalid"],
  ])("reports %s as %s", (raw, reason) => {
    const result = decodeProgress(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message.length).toBeGreaterThan(0);
    }
  });

  it("never throws, whatever the stored string", () => {
    const valid = encodeProgress(sample());
    fc.assert(
      fc.property(fc.string(), fc.nat(valid.length), fc.string(), (junk, cut, insert) => {
        expect(() => decodeProgress(junk)).not.toThrow();
        expect(() => decodeProgress(valid.slice(0, cut) + insert + valid.slice(cut))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("stores 100,000 reviews with answer times over 10,000 card ids in at most 40 bytes per review", () => {
    const p = simulatedLog(100_000, 10_000);
    let started = performance.now();
    const encoded = encodeProgress(p);
    const encodeMs = performance.now() - started;
    const bytes = new TextEncoder().encode(encoded).length;
    const perEntry = bytes / p.log.length;
    started = performance.now();
    const decoded = decodeProgress(encoded);
    const decodeMs = performance.now() - started;
    console.info(
      `codec: ${bytes} bytes for ${p.log.length} reviews over 10,000 ids = ${perEntry.toFixed(2)} bytes/review ` +
        `(encode ${encodeMs.toFixed(0)} ms, decode ${decodeMs.toFixed(0)} ms)`,
    );
    expect(perEntry).toBeLessThanOrEqual(40);
    expect(bytes).toBeLessThan(4 * 1024 * 1024);
    expect(decoded.ok && decoded.progress.log).toEqual(normalizeProgress(p).log);
  }, 30_000); // about a second on an idle machine; the shared one can be far slower
});

describe("base 36 helpers", () => {
  it("agree with Number#toString(36) and parseInt over the safe integer range", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(toBase36(n)).toBe(n.toString(36));
        expect(fromBase36(n.toString(36))).toBe(n);
      }),
      { numRuns: 2000 },
    );
    for (const n of [0, 35, 36, 36 ** 5 - 1, 36 ** 5, 36 ** 10, Number.MAX_SAFE_INTEGER]) {
      expect(toBase36(n)).toBe(n.toString(36));
    }
  });

  it("reports digits past the safe range as NaN", () => {
    expect(fromBase36("zzzzzzzzzzzzzzzzzzzz")).toBeNaN();
  });
});
