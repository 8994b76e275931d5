import { addReview, BACKUPS_KEPT, decodeProgress, emptyProgress, encodeProgress, PROGRESS_KEY, type Progress, type ReviewEntry, STORAGE_QUOTA_CHARS } from "@/lib/progress";
import { epochKey } from "@/stores/progress-sync";
import { selectCardStates } from "@/stores/selectors";

import { FakeStorage } from "../progress/support";
import { MINUTE, T0, testStore } from "./store-helpers";

const EPOCH_KEY = epochKey(PROGRESS_KEY);
const BACKUP_PREFIX = `${PROGRESS_KEY}:backup:`;
const entryIds = (p: Progress) => p.log.map((e) => e.id).sort();

describe("the store factory", () => {
  it("gives each store its own state", () => {
    const a = testStore();
    const b = testStore();
    a.state().grade("d/t/a", 3, "shuffle");
    expect(a.state().progress.log).toHaveLength(1);
    expect(b.state().progress.log).toEqual([]);
  });

  it("stamps grades, flags and notes with the clock it was given", () => {
    const t = testStore();
    t.advance(5 * MINUTE);
    const entry = t.state().grade("d/t/a", 3, "shuffle");
    t.state().setFlag("d/t/a", true);
    expect(entry.at).toBe(T0 + 5 * MINUTE);
    expect(t.state().progress.flags["d/t/a"]).toEqual({ value: true, at: T0 + 5 * MINUTE });
  });

  it("makes the same review ids from the same random source", () => {
    const ids = [1, 2].map(() => testStore({ seed: 9 }).state().grade("d/t/a", 3, "shuffle").id);
    expect(ids[0]).toBe(ids[1]);
  });
});

describe("grade and undo", () => {
  it("gives back the card's exact previous state when a grade is undone", () => {
    const t = testStore();
    t.state().grade("d/t/a", 3, "shuffle", T0);
    t.state().grade("d/t/a", 4, "shuffle", T0 + 10 * MINUTE);
    t.state().grade("d/t/b", 1, "due", T0 + 11 * MINUTE);
    const before = new Map(selectCardStates(t.state().progress));
    const entry = t.state().grade("d/t/a", 1, "shuffle", T0 + 3 * 24 * 60 * MINUTE);
    expect(selectCardStates(t.state().progress).get("d/t/a")).not.toEqual(before.get("d/t/a"));
    expect(t.state().undo(entry.id)).toEqual(entry);
    expect(selectCardStates(t.state().progress)).toEqual(before);
  });

  it("stores the answer time with the review, and saves it", async () => {
    const t = testStore();
    await t.hydrate();
    const timed = t.state().grade("d/t/a", 3, "shuffle", T0, 6400.4);
    const untimed = t.state().grade("d/t/b", 3, "shuffle", T0 + 1);
    expect(timed.ms).toBe(6400);
    expect(untimed).not.toHaveProperty("ms");
    expect(t.stored().log.map((e) => e.ms)).toEqual([6400, undefined]);
  });

  it("forgets a card altogether when its only grade is undone", () => {
    const t = testStore();
    const entry = t.state().grade("d/t/a", 3, "weak", T0);
    t.state().undo();
    expect(t.state().progress.log).toEqual([]);
    expect(t.state().progress.tombstones).toEqual([entry.id]);
  });

  it("returns null and changes nothing when there is nothing to undo", () => {
    const t = testStore();
    const progress = t.state().progress;
    expect(t.state().undo()).toBeNull();
    expect(t.state().undo("no-such-id")).toBeNull();
    expect(t.state().progress).toBe(progress);
  });

  it("never stamps a grade before the card's previous one when the clock went backwards", () => {
    const t = testStore();
    t.state().grade("d/t/a", 3, "shuffle", T0);
    const late = t.state().grade("d/t/a", 1, "shuffle", T0 - 5 * MINUTE);
    expect(late.at).toBe(T0 + 1);
    expect(t.state().progress.log.at(-1)?.id).toBe(late.id);
  });
});

describe("persistence", () => {
  it("saves after the grade, once per burst of changes, and at once on flush", async () => {
    const queued: (() => void)[] = [];
    const t = testStore({ schedule: (run) => queued.push(run) });
    await t.hydrate();
    const first = t.state().grade("d/t/a", 3, "shuffle");
    const second = t.state().grade("d/t/b", 1, "shuffle", T0 + MINUTE);
    expect(queued).toHaveLength(1);
    expect(t.storage!.data.has(PROGRESS_KEY)).toBe(false);
    queued.shift()!();
    expect(t.stored().log).toEqual([first, second]);
    const third = t.state().grade("d/t/c", 4, "shuffle", T0 + 2 * MINUTE);
    t.state().flush();
    expect(t.stored().log).toEqual([first, second, third]);
    queued.forEach((run) => run()); // the now-stale scheduled save does nothing more
    expect(t.stored().log).toEqual([first, second, third]);
  });

  it("does not write before hydration, and keeps such grades when hydration finishes", async () => {
    const t = testStore();
    const early = t.state().grade("d/t/a", 2, "due");
    expect(t.storage!.data.has(PROGRESS_KEY)).toBe(false);
    await t.hydrate();
    expect(t.state().progress.log).toEqual([early]);
    expect(t.stored().log).toEqual([early]);
  });

  it("loads what an earlier visit saved", async () => {
    const saved: ReviewEntry = { id: "kx-aaaaaa", cardId: "d/t/a", rating: 4, at: T0, mode: "shuffle" };
    const t = testStore({ storage: new FakeStorage({ [PROGRESS_KEY]: encodeProgress(addReview(emptyProgress(), saved)) }) });
    await t.hydrate();
    expect(t.state().progress.log).toEqual([saved]);
    expect(t.state().notice).toBeNull();
  });

  it("keeps unreadable stored data in a backup key, tells the user, and the next grade leaves the backup alone", async () => {
    const raw = '{"v":1,"cards":[';
    const t = testStore({ storage: new FakeStorage({ [PROGRESS_KEY]: raw }) });
    await t.hydrate();
    const { notice } = t.state();
    expect(notice).toMatchObject({ kind: "corrupt", backupKey: `${BACKUP_PREFIX}${T0}` });
    expect(notice?.message).not.toMatch(/JSON|token|Error/);
    expect(notice?.details).toBeTruthy();
    expect(t.storage!.data.get(notice!.backupKey!)).toBe(raw);
    expect(t.state().backups.map((b) => b.key)).toEqual([notice!.backupKey]);
    const entry = t.state().grade("d/t/a", 3, "shuffle");
    expect(t.storage!.data.get(notice!.backupKey!)).toBe(raw);
    expect(t.stored().log).toEqual([entry]);
  });

  it("keeps a review in memory and reports it unsaved in plain words when the write fails, then saves both", async () => {
    const t = testStore();
    await t.hydrate();
    t.storage!.failSet = true;
    const first = t.state().grade("d/t/a", 3, "shuffle");
    expect(t.state().saveError).toMatch(/storage is full/);
    expect(t.state().saveError).not.toMatch(/QuotaExceededError/);
    expect(t.state().saveErrorDetails).toMatch(/QuotaExceededError/);
    expect(t.state().progress.log).toEqual([first]);
    t.storage!.failSet = false;
    const second = t.state().grade("d/t/b", 1, "shuffle", T0 + MINUTE);
    expect(t.state().saveError).toBeNull();
    expect(entryIds(t.stored())).toEqual([first.id, second.id].sort());
  });

  it("saves an undo, so a reload does not bring the review back", async () => {
    const t = testStore();
    await t.hydrate();
    const entry = t.state().grade("d/t/a", 3, "shuffle");
    t.state().undo();
    expect(t.stored().log).toEqual([]);
    expect(t.stored().tombstones).toEqual([entry.id]);
  });

  it("keeps storage used up to date after every write, counted in characters of keys and values", async () => {
    const t = testStore();
    await t.hydrate();
    t.state().grade("d/t/a", 3, "shuffle");
    const chars = () => [...t.storage!.data].reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(t.state().usage).toEqual({ usedChars: chars(), quotaChars: STORAGE_QUOTA_CHARS });
    t.state().setNote("d/t/a", "a longer note than before");
    expect(t.state().usage?.usedChars).toBe(chars());
    await t.state().reset();
    expect(t.state().usage?.usedChars).toBe(chars());
  });
});

describe("another tab", () => {
  function otherTabWrites(t: ReturnType<typeof testStore>, entry: ReviewEntry): string {
    const raw = encodeProgress(addReview(t.stored(), entry));
    t.storage!.data.set(PROGRESS_KEY, raw);
    return raw;
  }

  it("merges the other tab's reviews and keeps this tab's unsaved ones", async () => {
    const t = testStore();
    await t.hydrate();
    const saved = t.state().grade("d/t/a", 3, "shuffle", T0);
    t.storage!.failSet = true;
    const unsaved = t.state().grade("d/t/b", 2, "shuffle", T0 + MINUTE);
    t.storage!.failSet = false;
    const theirs: ReviewEntry = { id: "kx-zzzzzz", cardId: "d/t/c", rating: 4, at: T0 + 2 * MINUTE, mode: "due" };
    t.state().syncFromStorage(PROGRESS_KEY, otherTabWrites(t, theirs));
    const expected = [saved.id, unsaved.id, theirs.id].sort();
    expect(entryIds(t.state().progress)).toEqual(expected);
    expect(entryIds(t.stored())).toEqual(expected);
  });

  it("writes back a review that another tab's concurrent write dropped from storage", async () => {
    const t = testStore();
    await t.hydrate();
    const mine = t.state().grade("d/t/a", 3, "shuffle", T0);
    const theirs: ReviewEntry = { id: "kx-yyyyyy", cardId: "d/t/b", rating: 2, at: T0 + MINUTE, mode: "shuffle" };
    const raw = encodeProgress(addReview({ ...t.stored(), log: [] }, theirs));
    t.storage!.data.set(PROGRESS_KEY, raw);
    t.state().syncFromStorage(PROGRESS_KEY, raw);
    expect(entryIds(t.state().progress)).toEqual([mine.id, theirs.id].sort());
    expect(entryIds(t.stored())).toEqual([mine.id, theirs.id].sort());
  });

  it("adopts another tab's reset instead of merging its own reviews back", async () => {
    const t = testStore();
    await t.hydrate();
    t.state().grade("d/t/a", 3, "shuffle", T0);
    t.storage!.data.set(PROGRESS_KEY, encodeProgress({ ...t.stored(), log: [] }));
    t.storage!.data.set(EPOCH_KEY, "other-tab-reset");
    t.state().syncFromStorage(EPOCH_KEY, "other-tab-reset");
    expect(t.state().progress.log).toEqual([]);
    const after = t.state().grade("d/t/b", 4, "shuffle", T0 + MINUTE);
    expect(entryIds(t.stored())).toEqual([after.id]);
  });

  it("keeps a grade given after another tab's reset but before hearing of it, and not the old reviews", async () => {
    const queued: (() => void)[] = [];
    const t = testStore({ schedule: (run) => queued.push(run) });
    await t.hydrate();
    t.state().grade("d/t/a", 3, "shuffle", T0);
    queued.shift()!();
    // Another tab resets; this tab grades before the storage event reaches it.
    t.storage!.data.set(PROGRESS_KEY, encodeProgress({ ...t.stored(), log: [] }));
    t.storage!.data.set(EPOCH_KEY, "other-tab-reset");
    const late = t.state().grade("d/t/b", 4, "shuffle", T0 + MINUTE);
    queued.shift()!();
    queued.splice(0).forEach((run) => run());
    expect(entryIds(t.state().progress)).toEqual([late.id]);
    expect(entryIds(t.stored())).toEqual([late.id]);
  });

  it("follows a settings change made in another tab", async () => {
    const t = testStore();
    await t.hydrate();
    const other = { ...t.stored(), settings: { value: { ...t.stored().settings.value, newPerSession: 7 }, at: T0 + MINUTE } };
    const raw = encodeProgress(other);
    t.storage!.data.set(PROGRESS_KEY, raw);
    t.state().syncFromStorage(PROGRESS_KEY, raw);
    expect(t.state().progress.settings.value.newPerSession).toBe(7);
  });

  it("ignores events for other keys, cleared storage and unreadable values", async () => {
    const t = testStore();
    await t.hydrate();
    t.state().grade("d/t/a", 3, "shuffle", T0);
    const progress = t.state().progress;
    t.state().syncFromStorage("something-else", encodeProgress({ ...progress, log: [] }));
    t.state().syncFromStorage(PROGRESS_KEY, null);
    t.state().syncFromStorage(PROGRESS_KEY, "{broken");
    expect(t.state().progress).toBe(progress);
  });
});

describe("reset", () => {
  it("empties the log after a verified backup of the previous progress, listed with its size", async () => {
    const t = testStore();
    await t.hydrate();
    const a = t.state().grade("d/t/a", 3, "shuffle", T0);
    const b = t.state().grade("d/t/b", 1, "shuffle", T0 + MINUTE);
    const result = await t.state().reset();
    expect(result).toEqual({ ok: true, backupKey: `${BACKUP_PREFIX}${T0}` });
    expect(t.state().progress.log).toEqual([]);
    expect(t.stored().log).toEqual([]);
    const raw = t.storage!.data.get(`${BACKUP_PREFIX}${T0}`)!;
    const backup = decodeProgress(raw);
    expect(backup.ok && entryIds(backup.progress)).toEqual([a.id, b.id].sort());
    expect(t.state().backups).toEqual([{ key: `${BACKUP_PREFIX}${T0}`, at: T0, chars: raw.length }]);
  });

  it("keeps the settings", async () => {
    const t = testStore();
    await t.hydrate();
    t.state().updateSettings({ newPerSession: 7 });
    t.state().grade("d/t/a", 3, "shuffle");
    await t.state().reset();
    expect(t.state().progress.settings.value.newPerSession).toBe(7);
  });

  it("keeps only the newest three backups after many resets", async () => {
    const t = testStore();
    await t.hydrate();
    for (let i = 0; i < 5; i++) {
      t.advance(MINUTE);
      t.state().grade("d/t/a", 3, "shuffle");
      expect((await t.state().reset()).ok).toBe(true);
    }
    expect(t.state().backups.map((b) => b.at)).toEqual([T0 + 5 * MINUTE, T0 + 4 * MINUTE, T0 + 3 * MINUTE]);
    expect(t.storage!.backups()).toHaveLength(BACKUPS_KEPT);
  });

  it("deletes a backup on request and lists the rest", async () => {
    const t = testStore();
    await t.hydrate();
    t.state().grade("d/t/a", 3, "shuffle");
    await t.state().reset();
    const [only] = t.state().backups;
    expect(t.state().deleteBackup(only!.key)).toBe(true);
    expect(t.state().backups).toEqual([]);
    expect(t.state().deleteBackup(PROGRESS_KEY)).toBe(false);
    expect(t.storage!.data.has(PROGRESS_KEY)).toBe(true);
  });

  it("leaves stored and in-memory progress alone and says why when the backup cannot be written", async () => {
    const t = testStore();
    await t.hydrate();
    const entry = t.state().grade("d/t/a", 3, "shuffle");
    t.storage!.failSet = true;
    const result = await t.state().reset();
    t.storage!.failSet = false;
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Nothing was changed/) });
    expect(result.ok || result.details).toMatch(/QuotaExceededError/);
    expect(t.state().progress.log).toEqual([entry]);
    expect(t.stored().log).toEqual([entry]);
    expect(t.state().backups).toEqual([]);
  });
});

describe("stored data that can neither be read nor backed up", () => {
  /** A storage with room for the 4 MB unreadable value and little else. */
  function fullOfJunk() {
    const raw = "x".repeat(4_000_000);
    const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key.includes(":backup:") && value.length > 1000) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      setItem(key, value);
    };
    return { raw, storage };
  }

  it("says so plainly, never claims a backup, and never calls it a newer version", async () => {
    const { raw, storage } = fullOfJunk();
    const t = testStore({ storage });
    await t.hydrate();
    expect(t.state().notice).toMatchObject({ kind: "unreadable", backupKey: null });
    expect(t.state().notice?.message).toMatch(/Download it/);
    expect(t.state().blocked).toBe("unreadable");
    t.state().grade("d/t/a", 3, "shuffle");
    expect(t.state().saveError).not.toMatch(/newer/);
    expect(storage.data.get(PROGRESS_KEY)).toBe(raw);
    expect(storage.backups()).toEqual([]);
  });

  it("refuses a plain reset, and a confirmed reset without backup really replaces it", async () => {
    const { storage } = fullOfJunk();
    const t = testStore({ storage });
    await t.hydrate();
    expect((await t.state().reset()).ok).toBe(false);
    const result = await t.state().reset({ discardUnreadable: true });
    expect(result).toEqual({ ok: true, backupKey: null });
    expect(t.state().notice).toBeNull();
    expect(t.state().blocked).toBeNull();
    expect(t.stored()).toEqual(emptyProgress());
    // A reload finds readable progress: no notice comes back.
    const reloaded = testStore({ storage });
    await reloaded.hydrate();
    expect(reloaded.state().notice).toBeNull();
    expect(reloaded.state().blocked).toBeNull();
  });

  it("never writes over a newer version's data, even when asked to discard unreadable data", async () => {
    const raw = JSON.stringify({ v: 99, log: "" });
    const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
    const t = testStore({ storage });
    await t.hydrate();
    expect(t.state().blocked).toBe("future");
    expect((await t.state().reset({ discardUnreadable: true })).ok).toBe(false);
    expect(storage.data.get(PROGRESS_KEY)).toBe(raw);
  });
});
