// @vitest-environment jsdom
import { addReview, decodeProgress, encodeProgress, PROGRESS_KEY, type Progress, type ReviewEntry } from "@/lib/progress";
import { BACKUP_PREFIX, EPOCH_KEY, flushProgress, onStorageEvent, setSaveScheduler, useProgressStore } from "@/stores/progress-store";
import { selectCardStates } from "@/stores/selectors";

import { MINUTE, T0, quotaError, resetStore } from "./store-helpers";

const store = () => useProgressStore.getState();

function stored(): Progress {
  const decoded = decodeProgress(localStorage.getItem(PROGRESS_KEY));
  if (!decoded.ok) throw new Error(`stored progress does not decode: ${decoded.message}`);
  return decoded.progress;
}

const entryIds = (p: Progress) => p.log.map((e) => e.id).sort();

beforeEach(resetStore);
afterEach(() => {
  vi.restoreAllMocks();
});

describe("grade and undo", () => {
  it("gives back the card's exact previous state when a grade is undone", () => {
    store().grade("d/t/a", 3, "shuffle", T0);
    store().grade("d/t/a", 4, "shuffle", T0 + 10 * MINUTE);
    store().grade("d/t/b", 1, "due", T0 + 11 * MINUTE);
    const before = new Map(selectCardStates(store().progress));

    const entry = store().grade("d/t/a", 1, "shuffle", T0 + 3 * 24 * 60 * MINUTE);
    expect(selectCardStates(store().progress).get("d/t/a")).not.toEqual(before.get("d/t/a"));

    expect(store().undo(entry.id)).toEqual(entry);
    expect(selectCardStates(store().progress)).toEqual(before);
  });

  it("stores the answer time with the review, and saves it", async () => {
    await useProgressStore.persist.rehydrate();
    const timed = store().grade("d/t/a", 3, "shuffle", T0, 6400.4);
    const untimed = store().grade("d/t/b", 3, "shuffle", T0 + 1);
    expect(timed.ms).toBe(6400);
    expect(untimed).not.toHaveProperty("ms");
    expect(stored().log.map((e) => e.ms)).toEqual([6400, undefined]);
  });

  it("forgets a card altogether when its only grade is undone", () => {
    const entry = store().grade("d/t/a", 3, "weak", T0);
    store().undo();
    expect(store().progress.log).toEqual([]);
    expect(store().progress.tombstones).toEqual([entry.id]);
    expect(selectCardStates(store().progress).has("d/t/a")).toBe(false);
  });

  it("returns null and changes nothing when there is nothing to undo", () => {
    const progress = store().progress;
    expect(store().undo()).toBeNull();
    expect(store().undo("no-such-id")).toBeNull();
    expect(store().progress).toBe(progress);
  });

  it("never stamps a grade before the card's previous one when the clock went backwards", () => {
    store().grade("d/t/a", 3, "shuffle", T0);
    const late = store().grade("d/t/a", 1, "shuffle", T0 - 5 * MINUTE);
    expect(late.at).toBe(T0 + 1);
  });

  it("replays a grade given on a clock that went backwards as the card's latest", () => {
    const random = vi.spyOn(Math, "random").mockReturnValue(0.99);
    store().grade("d/t/a", 3, "shuffle", T0);
    random.mockReturnValue(0); // an id that sorts before the previous one's
    const late = store().grade("d/t/a", 1, "shuffle", T0 - 5 * MINUTE);
    expect(store().progress.log.at(-1)?.id).toBe(late.id);
  });
});

describe("persistence", () => {
  it("saves after the grade, once per burst of changes, and at once on flush", async () => {
    await useProgressStore.persist.rehydrate();
    const queued: (() => void)[] = [];
    setSaveScheduler((run) => queued.push(run));
    const first = store().grade("d/t/a", 3, "shuffle", T0);
    const second = store().grade("d/t/b", 1, "shuffle", T0 + MINUTE);
    expect(queued).toHaveLength(1);
    expect(stored().log).toEqual([]);
    queued.shift()!();
    expect(stored().log).toEqual([first, second]);

    const third = store().grade("d/t/c", 4, "shuffle", T0 + 2 * MINUTE);
    flushProgress();
    expect(stored().log).toEqual([first, second, third]);
    queued.forEach((run) => run()); // the now-stale scheduled save does nothing more
    expect(stored().log).toEqual([first, second, third]);
  });

  it("saves a grade under prepdeck:progress once hydrated", async () => {
    await useProgressStore.persist.rehydrate();
    expect(store().hydrated).toBe(true);
    const entry = store().grade("d/t/a", 3, "shuffle", T0);
    expect(stored().log).toEqual([entry]);
  });

  it("does not write before hydration, and keeps such grades when hydration finishes", async () => {
    const early = store().grade("d/t/a", 2, "due", T0);
    expect(stored().log).toEqual([]);
    await useProgressStore.persist.rehydrate();
    expect(store().progress.log).toEqual([early]);
    expect(stored().log).toEqual([early]);
  });

  it("loads what an earlier visit saved", async () => {
    const saved: ReviewEntry = { id: "kx-aaaaaa", cardId: "d/t/a", rating: 4, at: T0, mode: "shuffle" };
    localStorage.setItem(PROGRESS_KEY, encodeProgress(addReview(useProgressStore.getInitialState().progress, saved)));
    await useProgressStore.persist.rehydrate();
    expect(store().progress.log).toEqual([saved]);
    expect(store().notice).toBeNull();
  });

  it("keeps unreadable stored data in a backup key and tells the user", async () => {
    const raw = '{"v":1,"cards":[';
    localStorage.setItem(PROGRESS_KEY, raw);
    await useProgressStore.persist.rehydrate();
    const { notice } = store();
    expect(notice?.kind).toBe("corrupt");
    expect(notice?.backupKey).toMatch(new RegExp(`^${BACKUP_PREFIX}`));
    expect(localStorage.getItem(notice?.backupKey ?? "")).toBe(raw);
    expect(store().progress.log).toEqual([]);
    expect(store().hydrated).toBe(true);
  });

  it("does not overwrite the backup of unreadable data with the next grade", async () => {
    const raw = "not json at all";
    localStorage.setItem(PROGRESS_KEY, raw);
    await useProgressStore.persist.rehydrate();
    const backupKey = store().notice?.backupKey ?? "";
    const entry = store().grade("d/t/a", 3, "shuffle", T0);
    expect(localStorage.getItem(backupKey)).toBe(raw);
    expect(stored().log).toEqual([entry]);
  });

  it("keeps a review in memory and reports it unsaved when the write fails, then saves both on the next change", async () => {
    await useProgressStore.persist.rehydrate();
    const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw quotaError();
    });
    const first = store().grade("d/t/a", 3, "shuffle", T0);
    // jsdom's DOMException comes from another realm than Error, so the message cannot name it here.
    expect(store().saveError).toMatch(/could not be saved/);
    expect(store().progress.log).toEqual([first]);
    expect(stored().log).toEqual([]);

    setItem.mockRestore();
    const second = store().grade("d/t/b", 1, "shuffle", T0 + MINUTE);
    expect(store().saveError).toBeNull();
    expect(entryIds(stored())).toEqual([first.id, second.id].sort());
  });

  it("saves an undo, so a reload does not bring the review back", async () => {
    await useProgressStore.persist.rehydrate();
    const entry = store().grade("d/t/a", 3, "shuffle", T0);
    store().undo();
    expect(stored().log).toEqual([]);
    expect(stored().tombstones).toEqual([entry.id]);
  });
});

describe("another tab", () => {
  function otherTabWrites(entry: ReviewEntry): string {
    const raw = encodeProgress(addReview(stored(), entry));
    localStorage.setItem(PROGRESS_KEY, raw);
    return raw;
  }

  it("merges the other tab's reviews and keeps this tab's unsaved ones", async () => {
    await useProgressStore.persist.rehydrate();
    const saved = store().grade("d/t/a", 3, "shuffle", T0);

    const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw quotaError();
    });
    const unsaved = store().grade("d/t/b", 2, "shuffle", T0 + MINUTE);
    setItem.mockRestore();

    const theirs: ReviewEntry = { id: "kx-zzzzzz", cardId: "d/t/c", rating: 4, at: T0 + 2 * MINUTE, mode: "due" };
    onStorageEvent(PROGRESS_KEY, otherTabWrites(theirs));

    const expected = [saved.id, unsaved.id, theirs.id].sort();
    expect(entryIds(store().progress)).toEqual(expected);
    // The merge is itself a change, and storage works again: it is saved.
    expect(entryIds(stored())).toEqual(expected);
  });

  it("adopts the other tab's undo of a review both tabs had", async () => {
    await useProgressStore.persist.rehydrate();
    const entry = store().grade("d/t/a", 3, "shuffle", T0);
    const theirs = stored();
    const raw = encodeProgress({ ...theirs, log: [], tombstones: [entry.id] });
    localStorage.setItem(PROGRESS_KEY, raw);
    onStorageEvent(PROGRESS_KEY, raw);
    expect(store().progress.log).toEqual([]);
  });

  it("writes back a review that another tab's concurrent write dropped from storage", async () => {
    await useProgressStore.persist.rehydrate();
    const mine = store().grade("d/t/a", 3, "shuffle", T0);
    // The other tab read storage before this tab's write landed, and wrote over it.
    const theirs: ReviewEntry = { id: "kx-yyyyyy", cardId: "d/t/b", rating: 2, at: T0 + MINUTE, mode: "shuffle" };
    const raw = encodeProgress(addReview({ ...stored(), log: [] }, theirs));
    localStorage.setItem(PROGRESS_KEY, raw);
    onStorageEvent(PROGRESS_KEY, raw);
    expect(entryIds(store().progress)).toEqual([mine.id, theirs.id].sort());
    expect(entryIds(stored())).toEqual([mine.id, theirs.id].sort());

    // Again, with nothing new in the other tab's write: this tab's state is unchanged, storage is behind.
    const behind = encodeProgress({ ...stored(), log: stored().log.filter((e) => e.id !== mine.id) });
    localStorage.setItem(PROGRESS_KEY, behind);
    onStorageEvent(PROGRESS_KEY, behind);
    expect(entryIds(stored())).toEqual([mine.id, theirs.id].sort());
  });

  it("adopts another tab's reset instead of merging its own reviews back", async () => {
    await useProgressStore.persist.rehydrate();
    store().grade("d/t/a", 3, "shuffle", T0);
    // Another tab resets: it writes empty progress and a new epoch.
    localStorage.setItem(PROGRESS_KEY, encodeProgress({ ...stored(), log: [] }));
    localStorage.setItem(EPOCH_KEY, "other-tab-reset");
    onStorageEvent(EPOCH_KEY, "other-tab-reset");
    expect(store().progress.log).toEqual([]);
    const after = store().grade("d/t/b", 4, "shuffle", T0 + MINUTE);
    expect(entryIds(stored())).toEqual([after.id]);
  });

  it("adopts a reset it has not heard of yet when it next saves", async () => {
    await useProgressStore.persist.rehydrate();
    store().grade("d/t/a", 3, "shuffle", T0);
    localStorage.setItem(PROGRESS_KEY, encodeProgress({ ...stored(), log: [] }));
    localStorage.setItem(EPOCH_KEY, "other-tab-reset");
    store().setFlag("d/t/a", true, T0 + MINUTE); // a change, whose save finds the new epoch first
    expect(stored().log).toEqual([]);
    expect(store().progress.log).toEqual([]);
  });

  it("ignores events for other keys, cleared storage and unreadable values", async () => {
    await useProgressStore.persist.rehydrate();
    store().grade("d/t/a", 3, "shuffle", T0);
    const progress = store().progress;
    onStorageEvent("something-else", encodeProgress({ ...progress, log: [] }));
    onStorageEvent(PROGRESS_KEY, null);
    onStorageEvent(PROGRESS_KEY, "{broken");
    expect(store().progress).toBe(progress);
  });
});

describe("reset", () => {
  it("empties the log after keeping the previous progress in a backup key", async () => {
    await useProgressStore.persist.rehydrate();
    const a = store().grade("d/t/a", 3, "shuffle", T0);
    const b = store().grade("d/t/b", 1, "shuffle", T0 + MINUTE);
    store().reset();

    expect(store().progress.log).toEqual([]);
    expect(stored().log).toEqual([]);
    const backupKey = store().lastBackupKey;
    expect(backupKey).toMatch(new RegExp(`^${BACKUP_PREFIX}`));
    const backup = decodeProgress(localStorage.getItem(backupKey ?? ""));
    expect(backup.ok && backup.progress.log.map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
  });

  it("keeps the settings", async () => {
    await useProgressStore.persist.rehydrate();
    store().updateSettings({ newPerSession: 7 }, T0);
    store().grade("d/t/a", 3, "shuffle", T0);
    store().reset();
    expect(store().progress.settings.value.newPerSession).toBe(7);
  });

  function resetWithFullStorage(): ReviewEntry {
    const entry = store().grade("d/t/a", 3, "shuffle", T0);
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw quotaError();
    });
    expect(store().reset()).toBe(false);
    vi.restoreAllMocks();
    return entry;
  }

  it("leaves stored and in-memory progress alone when the backup cannot be written", async () => {
    await useProgressStore.persist.rehydrate();
    const entry = resetWithFullStorage();
    expect(store().lastBackupKey).toBeNull();
    expect(store().progress.log).toEqual([entry]);
    expect(stored().log).toEqual([entry]);
  });
});
