import {
  addReview,
  BACKUPS_KEPT,
  createDecodeCache,
  deleteBackup,
  emptyProgress,
  encodeProgress,
  listBackups,
  loadProgress,
  saveProgress,
  setFlag,
  STORAGE_QUOTA_CHARS,
  storageUsage,
  writeBackup,
  writeProgress,
} from "@/lib/progress";

import { FakeStorage, KEY, T0, brokenStorage, entry, withReviews } from "./support";

describe("loadProgress", () => {
  it("starts empty on a first visit", () => {
    expect(loadProgress(new FakeStorage(), KEY, T0)).toEqual({ progress: emptyProgress(), notice: null, readOnly: false });
  });

  it("loads what was saved", () => {
    const p = withReviews(emptyProgress(), [entry("a", 3, T0)]);
    const storage = new FakeStorage({ [KEY]: encodeProgress(p) });
    expect(loadProgress(storage, KEY, T0 + 1).progress).toEqual(p);
  });

  it("backs up unreadable data before starting fresh, then clears the key", () => {
    const storage = new FakeStorage({ [KEY]: "{broken" });
    const loaded = loadProgress(storage, KEY, T0);
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.notice).toMatchObject({ kind: "corrupt", backupKey: `${KEY}:backup:${T0}` });
    expect(loaded.readOnly).toBe(false);
    expect(storage.data.get(`${KEY}:backup:${T0}`)).toBe("{broken");
    expect(storage.data.has(KEY)).toBe(false);
  });

  it("backs up data of a newer version and never lets it be overwritten", () => {
    const raw = JSON.stringify({ v: 3, whatever: "future" });
    const storage = new FakeStorage({ [KEY]: raw });
    const loaded = loadProgress(storage, KEY, T0);
    expect(loaded.notice?.kind).toBe("future");
    expect(loaded.readOnly).toBe(true);
    expect(storage.data.get(KEY)).toBe(raw);
    expect(loaded.notice?.backupKey && storage.data.get(loaded.notice.backupKey)).toBe(raw);
    const saved = saveProgress(storage, KEY, addReview(emptyProgress(), entry("a", 3, T0)), T0);
    expect(saved).toMatchObject({ ok: false, reason: "future" });
    expect(storage.data.get(KEY)).toBe(raw);
  });

  it("refuses to write when unreadable data could not be backed up, and says so without claiming a copy", () => {
    const storage = new FakeStorage({ [KEY]: "{broken" });
    storage.failSet = true;
    const loaded = loadProgress(storage, KEY, T0);
    expect(loaded).toMatchObject({ readOnly: true, notice: { kind: "unreadable", backupKey: null } });
    expect(loaded.notice?.message).toMatch(/no room to keep a copy/);
    expect(loaded.notice?.message).not.toMatch(/newer|JSON|Error/);
    expect(loaded.notice?.details).toMatch(/QuotaExceededError/);
    storage.failSet = false;
    expect(storage.data.get(KEY)).toBe("{broken");
    expect(saveProgress(storage, KEY, emptyProgress(), T0)).toMatchObject({ ok: true });
  });

  it("writes over unreadable data that cannot be copied only when told to discard it", () => {
    const storage = new FakeStorage({ [KEY]: "{broken" });
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key !== KEY) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      setItem(key, value);
    };
    const next = addReview(emptyProgress(), entry("a", 3, T0, "kept"));
    expect(writeProgress(storage, KEY, next, T0)).toMatchObject({ ok: false, reason: "backup-failed" });
    expect(storage.data.get(KEY)).toBe("{broken");
    expect(writeProgress(storage, KEY, next, T0, undefined, { discardUnreadable: true })).toMatchObject({ ok: true });
    expect(loadProgress(storage, KEY, T0)).toMatchObject({ notice: null, progress: next });
  });

  it("works in memory when storage throws", () => {
    const loaded = loadProgress(brokenStorage, KEY, T0);
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.notice?.kind).toBe("unavailable");
    expect(saveProgress(brokenStorage, KEY, emptyProgress(), T0)).toMatchObject({ ok: false, reason: "unavailable" });
  });

  it("does not overwrite an older backup made in the same millisecond", () => {
    const storage = new FakeStorage({ [`${KEY}:backup:${T0}`]: "older", [KEY]: "{new-broken" });
    const loaded = loadProgress(storage, KEY, T0);
    expect(loaded.notice?.backupKey).toBe(`${KEY}:backup:${T0}-1`);
    expect(storage.data.get(`${KEY}:backup:${T0}`)).toBe("older");
    expect(storage.data.get(`${KEY}:backup:${T0}-1`)).toBe("{new-broken");
  });
});

describe("saveProgress", () => {
  it("keeps another tab's reviews and returns the merged state", () => {
    const storage = new FakeStorage();
    const tabA = addReview(emptyProgress(), entry("a", 3, T0, "from-a"));
    const tabB = addReview(emptyProgress(), entry("b", 3, T0 + 1, "from-b"));
    expect(saveProgress(storage, KEY, tabA, T0).ok).toBe(true);
    const saved = saveProgress(storage, KEY, tabB, T0 + 1);
    expect(saved.ok && saved.progress.log.map((e) => e.id)).toEqual(["from-a", "from-b"]);
    expect(loadProgress(storage, KEY, T0 + 2).progress.log.map((e) => e.id)).toEqual(["from-a", "from-b"]);
  });

  it("returns ok:false on a failed write and loses nothing once writes work again", () => {
    const storage = new FakeStorage();
    let p = addReview(emptyProgress(), entry("a", 3, T0, "one"));
    saveProgress(storage, KEY, p, T0);
    storage.failSet = true;
    p = addReview(p, entry("a", 1, T0 + 1, "two"));
    const failed = saveProgress(storage, KEY, p, T0 + 1);
    expect(failed).toMatchObject({ ok: false, reason: "write-failed" });
    if (!failed.ok) {
      expect(failed.error).toMatch(/storage is full/);
      expect(failed.error).not.toContain("QuotaExceededError");
      expect(failed.details).toContain("QuotaExceededError");
    }
    storage.failSet = false;
    p = addReview(p, entry("a", 3, T0 + 2, "three"));
    expect(saveProgress(storage, KEY, p, T0 + 2).ok).toBe(true);
    expect(loadProgress(storage, KEY, T0 + 3).progress.log.map((e) => e.id)).toEqual(["one", "two", "three"]);
  });

  it("backs up a stored value that turned unreadable before writing over it", () => {
    const storage = new FakeStorage();
    saveProgress(storage, KEY, emptyProgress(), T0);
    storage.data.set(KEY, "garbage from somewhere");
    const saved = saveProgress(storage, KEY, setFlag(emptyProgress(), "a", true, T0), T0 + 5);
    expect(saved.ok).toBe(true);
    expect(storage.data.get(`${KEY}:backup:${T0 + 5}`)).toBe("garbage from somewhere");
  });

  it("does not write when nothing changed", () => {
    const storage = new FakeStorage();
    const p = addReview(emptyProgress(), entry("a", 3, T0));
    saveProgress(storage, KEY, p, T0);
    const calls = storage.setCalls;
    saveProgress(storage, KEY, p, T0 + 1);
    expect(storage.setCalls).toBe(calls);
  });
});

describe("writeProgress", () => {
  it("replaces the stored state instead of merging", () => {
    const storage = new FakeStorage();
    saveProgress(storage, KEY, addReview(emptyProgress(), entry("a", 3, T0, "old")), T0);
    const replaced = writeProgress(storage, KEY, addReview(emptyProgress(), entry("b", 3, T0, "new")), T0);
    expect(replaced.ok).toBe(true);
    expect(loadProgress(storage, KEY, T0).progress.log.map((e) => e.id)).toEqual(["new"]);
  });
});

describe("listBackups", () => {
  it("lists this key's backups newest first, with time and size in characters", () => {
    const storage = new FakeStorage({
      [`${KEY}:backup:20`]: "bb",
      [`${KEY}:backup:3`]: "a",
      [`${KEY}:backup:20-1`]: "ccc",
      "other:backup:1": "x",
      [KEY]: "",
    });
    expect(listBackups(storage, KEY)).toEqual([
      { key: `${KEY}:backup:20-1`, at: 20, chars: 3 },
      { key: `${KEY}:backup:20`, at: 20, chars: 2 },
      { key: `${KEY}:backup:3`, at: 3, chars: 1 },
    ]);
    expect(listBackups(brokenStorage, KEY)).toEqual([]);
  });
});

describe("writeBackup", () => {
  it("writes a copy and verifies it by reading it back", () => {
    const storage = new FakeStorage();
    expect(writeBackup(storage, KEY, "raw", T0)).toEqual({ ok: true, backupKey: `${KEY}:backup:${T0}` });
    expect(storage.data.get(`${KEY}:backup:${T0}`)).toBe("raw");
  });

  it("reports no backup when the copy reads back differently", () => {
    const storage = new FakeStorage();
    const getItem = storage.getItem.bind(storage);
    storage.getItem = (key) => (key.includes(":backup:") && storage.data.has(key) ? "torn" : getItem(key));
    expect(writeBackup(storage, KEY, "raw", T0).ok).toBe(false);
  });

  it("never overwrites another backup, even made in the same millisecond", () => {
    const storage = new FakeStorage({ [`${KEY}:backup:${T0}`]: "older" });
    expect(writeBackup(storage, KEY, "newer", T0)).toEqual({ ok: true, backupKey: `${KEY}:backup:${T0}-1` });
    expect(storage.data.get(`${KEY}:backup:${T0}`)).toBe("older");
  });

  it("keeps the newest three backups, never deleting the one it just wrote", () => {
    const storage = new FakeStorage({ [`${KEY}:backup:${T0 + 10}`]: "from the future clock" });
    for (let i = 0; i < 5; i++) writeBackup(storage, KEY, `copy ${i}`, T0 + i);
    const kept = listBackups(storage, KEY).map((b) => b.key);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept).toContain(`${KEY}:backup:${T0 + 4}`);
    expect(kept).toEqual([`${KEY}:backup:${T0 + 10}`, `${KEY}:backup:${T0 + 4}`, `${KEY}:backup:${T0 + 3}`]);
    expect(storage.data.get(KEY)).toBeUndefined();
  });

  it("says why when the copy cannot be written", () => {
    const storage = new FakeStorage();
    storage.failSet = true;
    expect(writeBackup(storage, KEY, "raw", T0)).toMatchObject({ ok: false, details: expect.stringContaining("QuotaExceededError") });
  });
});

describe("deleteBackup", () => {
  it("deletes a backup of the key and nothing else", () => {
    const storage = new FakeStorage({ [`${KEY}:backup:1`]: "a", [KEY]: "p", other: "o" });
    expect(deleteBackup(storage, KEY, `${KEY}:backup:1`)).toBe(true);
    expect(deleteBackup(storage, KEY, KEY)).toBe(false);
    expect(deleteBackup(storage, KEY, "other")).toBe(false);
    expect([...storage.data.keys()].sort()).toEqual(["other", KEY]);
  });
});

describe("storageUsage", () => {
  it("counts characters of every key and value, the way browsers count the limit", () => {
    const storage = new FakeStorage({ [KEY]: "é".repeat(10), other: "xy" });
    expect(storageUsage(storage)).toEqual({ usedChars: KEY.length + 10 + "other".length + 2, quotaChars: STORAGE_QUOTA_CHARS });
  });

  it("never reports more than the limit, and nothing when storage cannot be read", () => {
    const storage = new FakeStorage({ a: "x".repeat(STORAGE_QUOTA_CHARS + 10) });
    expect(storageUsage(storage)?.usedChars).toBe(STORAGE_QUOTA_CHARS);
    expect(storageUsage(brokenStorage)).toBeNull();
  });
});

describe("the decode cache", () => {
  it("reuses the decoded state of a value it wrote, and decodes again once another tab wrote", () => {
    const storage = new FakeStorage();
    const cache = createDecodeCache();
    const p = addReview(emptyProgress(), entry("a", 3, T0, "one"));
    const saved = saveProgress(storage, KEY, p, T0, cache);
    expect(saved.ok && loadProgress(storage, KEY, T0, cache).progress).toBe(saved.ok && saved.progress);
    storage.data.set(KEY, encodeProgress(addReview(p, entry("b", 3, T0 + 1, "two"))));
    expect(loadProgress(storage, KEY, T0, cache).progress.log.map((e) => e.id)).toEqual(["one", "two"]);
  });
});
