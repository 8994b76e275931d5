import fc from "fast-check";

import { CURRENT_VERSION, type Rating, decodeProgress, emptyProgress, encodeProgress, loadProgress, migrations, normalizeProgress } from "@/lib/progress";

import { FakeStorage, KEY, T0 } from "./support";

const v0 = {
  version: 0,
  log: [
    { id: "legacy-1", cardId: "django/orm/queryset", rating: 3, at: T0, mode: "due" },
    { id: "legacy-0", cardId: "django/orm/queryset", rating: 1, at: T0 - 60_000, mode: "shuffle" },
  ],
  flags: { "django/orm/queryset": true },
  notes: { "django/orm/queryset": "lazy!" },
};

describe("migrations", () => {
  it("has a step for every version below the current one", () => {
    for (let v = 0; v < CURRENT_VERSION; v++) expect(migrations[v]).toBeTypeOf("function");
  });

  it("migrates a v0 document to v1, keeping every review and stamping flags and notes at 0", () => {
    const result = decodeProgress(JSON.stringify(v0));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.progress.log.map((e) => e.id)).toEqual(["legacy-0", "legacy-1"]);
    expect(result.progress.log[0]).toEqual(v0.log[1]);
    expect(result.progress.flags).toEqual({ "django/orm/queryset": { value: true, at: 0 } });
    expect(result.progress.notes).toEqual({ "django/orm/queryset": { value: "lazy!", at: 0 } });
    expect(result.progress.settings.at).toBe(0);
    // Once re-encoded it is the current format and decodes without migrating.
    const again = decodeProgress(encodeProgress(result.progress));
    expect(again).toEqual({ ok: true, progress: result.progress });
  });

  it("migrates a v1 document to v2: every review kept, no answer times, the default daily goal", () => {
    const settings = { value: { desiredRetention: 0.85, newPerSession: 10, rolloverHour: 3 }, at: 5 };
    const v1 = { v: 1, cards: ["django/a", "django/b"], log: "0Dmk6nb1c0-abc,1G2u~x%2Cy,0A5-def", tomb: ["t"], flags: {}, notes: {}, settings };
    const result = decodeProgress(JSON.stringify(v1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.progress.log.map((e) => [e.cardId, e.rating, e.id, e.ms])).toEqual([
      ["django/a", 2, "mk6nb1c0-abc", undefined],
      ["django/b", 3, "x,y", undefined],
      ["django/a", 1, `${(parseInt("mk6nb1c0", 36) + parseInt("2u", 36) + 5).toString(36)}-def`, undefined],
    ]);
    expect(result.progress.settings).toEqual({ value: { ...settings.value, dailyGoal: 20 }, at: 5 });
    const again = decodeProgress(encodeProgress(result.progress));
    expect(again).toEqual({ ok: true, progress: result.progress });
  });

  it("keeps every review of a random v1 log through the migration", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom<Rating>(1, 2, 3, 4), fc.integer({ min: 0, max: 10 ** 9 })), { maxLength: 40 }), (rows) => {
        const log = rows.map(([card, rating, at], i) => ({ id: `r${i}`, cardId: `c/${card}`, rating, at, mode: "due" as const }));
        const before = normalizeProgress({ ...emptyProgress(), log });
        // A v1 document is what v2 writes for a log without answer times, with v set to 1.
        const doc = JSON.parse(encodeProgress(before));
        delete doc.settings.value.dailyGoal;
        const migrated = decodeProgress(JSON.stringify({ ...doc, v: 1 }));
        expect(migrated.ok && migrated.progress.log).toEqual(before.log);
      }),
    );
  });

  it("reports a malformed v0 document as invalid, not as an exception", () => {
    const bad = { ...v0, log: [{ ...v0.log[0], rating: 9 }] };
    const result = decodeProgress(JSON.stringify(bad));
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    if (!result.ok) expect(result.message).toContain("log[0].rating must be 1–4");
  });

  it("loads v0 data from storage and says it was migrated", () => {
    const storage = new FakeStorage({ [KEY]: JSON.stringify(v0) });
    const loaded = loadProgress(storage, KEY, T0);
    expect(loaded.notice).toBeNull();
    expect(loaded.migratedFrom).toBe(0);
    expect(loaded.progress.log).toHaveLength(2);
  });
});
