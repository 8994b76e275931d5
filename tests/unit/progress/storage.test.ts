import {
  addReview,
  emptyProgress,
  encodeProgress,
  listBackups,
  loadProgress,
  saveProgress,
  setFlag,
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

  it("refuses to write when unreadable data could not be backed up", () => {
    const storage = new FakeStorage({ [KEY]: "{broken" });
    storage.failSet = true;
    const loaded = loadProgress(storage, KEY, T0);
    expect(loaded).toMatchObject({ readOnly: true, notice: { kind: "corrupt", backupKey: null } });
    storage.failSet = false;
    expect(storage.data.get(KEY)).toBe("{broken");
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
    if (!failed.ok) expect(failed.error).toContain("QuotaExceededError");
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
  it("lists this key's backups oldest first", () => {
    const storage = new FakeStorage({
      [`${KEY}:backup:20`]: "b",
      [`${KEY}:backup:3`]: "a",
      "other:backup:1": "x",
      [KEY]: "",
    });
    expect(listBackups(storage, KEY)).toEqual([`${KEY}:backup:3`, `${KEY}:backup:20`]);
    expect(listBackups(brokenStorage, KEY)).toEqual([]);
  });
});
