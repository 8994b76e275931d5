import { cardStates, exportProgress, PROGRESS_KEY, type Rating } from "@/lib/progress";
import { CHECKPOINT_EVERY, checkpointKey, readCheckpoint, statesFromCheckpoint } from "@/lib/progress/checkpoint";

import { FakeStorage } from "../progress/support";
import { MINUTE, T0, testStore } from "./store-helpers";

const CP_KEY = checkpointKey(PROGRESS_KEY);

/** Saves wait until `paint()`, as in the app they wait for the next frame. */
function paintedStore(storage?: FakeStorage) {
  const queued: (() => void)[] = [];
  const t = testStore({ storage, schedule: (run) => queued.push(run) });
  return Object.assign(t, { paint: () => queued.splice(0).forEach((run) => run()) });
}

/**
 * Grades `n` reviews over a few cards like the drill: each grade renders (deriving the card
 * states), then the frame is painted and the save runs.
 */
function gradeMany(t: ReturnType<typeof paintedStore>, n: number, from = 0) {
  for (let i = from; i < from + n; i++) {
    t.state().grade(`d/t/${i % 7}`, (((i * 5) % 4) + 1) as Rating, "due", T0 + i * 30 * MINUTE);
    t.state().cardStates(t.state().progress);
    t.paint();
  }
}

/** A localStorage that refuses writes past `limit` characters of keys and values, as browsers do. */
class SmallStorage extends FakeStorage {
  constructor(private readonly limit: number) {
    super();
  }
  override setItem(key: string, value: string): void {
    let used = 0;
    for (const [k, v] of this.data) if (k !== key) used += k.length + v.length;
    if (used + key.length + value.length > this.limit) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    super.setItem(key, value);
  }
}

describe("the store's checkpoint of card states", () => {
  it("is written with saves once states are derived, and the next load starts from it", async () => {
    const t = paintedStore();
    await t.hydrate();
    gradeMany(t, 5);
    // The first save with states at hand writes one (none was known).
    expect(readCheckpoint(t.storage!.data.get(CP_KEY) ?? null)?.length).toBe(1);
    gradeMany(t, CHECKPOINT_EVERY, 5);
    const stored = readCheckpoint(t.storage!.data.get(CP_KEY) ?? null);
    // Written again every CHECKPOINT_EVERY reviews, not with every save.
    expect(stored?.length).toBe(1 + CHECKPOINT_EVERY);

    // A new tab (the next page load) on the same storage.
    const next = paintedStore(t.storage!);
    await next.hydrate();
    const progress = next.state().progress;
    expect(statesFromCheckpoint(progress, stored).hit).toBe(true);
    expect(next.state().cardStates(progress)).toEqual(cardStates(progress));
  });

  it("writes one on page hide when the stored one is behind, so the next load replays nothing", async () => {
    const t = paintedStore();
    await t.hydrate();
    gradeMany(t, 12);
    t.state().flush();
    expect(readCheckpoint(t.storage!.data.get(CP_KEY) ?? null)?.length).toBe(12);
  });

  it("is not listed as a backup, counts in the storage used, never enters an export, and goes with a reset", async () => {
    const t = paintedStore();
    await t.hydrate();
    gradeMany(t, 10);
    t.state().flush();
    const text = t.storage!.data.get(CP_KEY)!;
    expect(text).toBeDefined();
    expect(t.state().backups.map((b) => b.key)).not.toContain(CP_KEY);
    let chars = 0;
    for (const [k, v] of t.storage!.data) chars += k.length + v.length;
    expect(t.state().usage?.usedChars).toBe(chars);
    expect(exportProgress(t.state().progress, T0)).not.toContain(text.slice(0, 20));

    const result = await t.state().reset();
    expect(result.ok).toBe(true);
    expect(t.storage!.data.has(CP_KEY)).toBe(false);
    expect(t.state().backups.map((b) => b.key)).not.toContain(CP_KEY);
  });

  it("goes with a replace import, so the imported log is replayed in full", async () => {
    const t = paintedStore();
    await t.hydrate();
    gradeMany(t, 10);
    t.state().flush();
    const other = paintedStore();
    await other.hydrate();
    gradeMany(other, 3);
    await t.state().importProgress(other.state().progress, "replace");
    expect(t.storage!.data.has(CP_KEY)).toBe(false);
    expect(t.state().cardStates(t.state().progress)).toEqual(cardStates(other.state().progress));
  });

  it("is dropped, not the progress, when storage is full", async () => {
    const probe = paintedStore();
    await probe.hydrate();
    gradeMany(probe, 30);
    probe.state().flush();
    const progressChars = probe.storage!.data.get(PROGRESS_KEY)!.length;
    const checkpointChars = probe.storage!.data.get(CP_KEY)!.length;

    // Room for the progress and its checkpoint now, but not for one more review beside both.
    const storage = new SmallStorage(PROGRESS_KEY.length + progressChars + CP_KEY.length + checkpointChars + 20);
    for (const [k, v] of probe.storage!.data) storage.data.set(k, v);
    const t = paintedStore(storage);
    await t.hydrate();
    const entry = t.state().grade("d/t/new", 3, "due", T0 + 100 * 30 * MINUTE);
    t.paint();
    expect(t.state().saveError).toBeNull();
    expect(t.stored().log.map((e) => e.id)).toContain(entry.id);
    expect(storage.data.has(CP_KEY)).toBe(false);
  });

  it("a checkpoint written by another tab is picked up, and a stale one only costs a full replay", async () => {
    const a = paintedStore();
    await a.hydrate();
    gradeMany(a, 10);
    a.state().flush();
    const b = paintedStore(a.storage!);
    await b.hydrate();
    // Tab b undoes a review in the middle: a's checkpoint no longer describes the log.
    const victim = b.state().progress.log[3]!;
    b.state().undo(victim.id);
    b.paint();
    a.state().syncFromStorage(PROGRESS_KEY, a.storage!.data.get(PROGRESS_KEY) ?? null);
    a.state().syncFromStorage(CP_KEY, a.storage!.data.get(CP_KEY) ?? null);
    const progress = a.state().progress;
    expect(progress.log.map((e) => e.id)).not.toContain(victim.id);
    expect(a.state().cardStates(progress)).toEqual(cardStates(progress));
  });
});
