import { describe, expect, it } from "vitest";

import {
  type Progress,
  type ReviewEntry,
  addReview,
  createDecodeCache,
  decodeProgress,
  encodeProgress,
  loadProgress,
  normalizeProgress,
  readStoredProgress,
  saveProgress,
  setFlag,
  setNote,
} from "@/lib/progress";
import { RECENT_MAX_CHARS, SPLIT_FROM_CHARS, baseLayout, parseRecent, recentKey, spliceRecent } from "@/lib/progress/recent";

import { FakeStorage, KEY, T0, simulatedLog } from "./support";

const RECENT = recentKey(KEY);

/** A stored history long enough to be split (about 12,000 reviews), in normal form. */
function longHistory(seed = 5): Progress {
  return normalizeProgress(simulatedLog(12_000, 300, seed));
}

function grade(p: Progress, cardId: string, suffix: string, dt = 20_000): Progress {
  const at = (p.log[p.log.length - 1]?.at ?? T0) + dt;
  const e: ReviewEntry = { id: `${at.toString(36)}-${suffix}`, cardId, rating: 3, at, mode: "shuffle", ms: 6000 };
  return addReview(p, e);
}

/** The one text what is stored reads as: the base with the record spliced in. */
function whole(storage: FakeStorage): string {
  const base = storage.data.get(KEY) ?? "";
  const text = storage.data.get(RECENT);
  if (text === undefined) return base;
  const record = parseRecent(text);
  const spliced = record ? spliceRecent(base, record) : null;
  if (spliced === null) throw new Error("the record does not extend the base");
  return spliced;
}

function saved(result: ReturnType<typeof saveProgress>): Progress {
  if (!result.ok) throw new Error(result.error);
  return result.progress;
}

describe("the record of recent reviews", () => {
  it("takes a long history's grades, flags and notes without writing the history again, and reads as the text one write would store", () => {
    const history = longHistory();
    const text = encodeProgress(history);
    expect(text.length).toBeGreaterThan(SPLIT_FROM_CHARS);
    const storage = new FakeStorage({ [KEY]: text });
    const cache = createDecodeCache();
    let p = loadProgress(storage, KEY, T0, cache).progress;
    const steps: ((q: Progress) => Progress)[] = [
      (q) => grade(q, q.log[0]?.cardId ?? "x", "aaaaaa"),
      (q) => grade(q, 'django/brand "new" card\\', "bbbbbb"),
      (q) => setFlag(q, "django/brand \"new\" card\\", true, T0 + 1),
      (q) => setNote(q, q.log[5]?.cardId ?? "x", "line one\nline two", T0 + 2),
      (q) => grade(q, "django/another-new-one", "cccccc", 0),
    ];
    for (const step of steps) {
      p = saved(saveProgress(storage, KEY, step(p), T0, cache));
      // The history under the key is the very text loaded: only the record changed.
      expect(storage.data.get(KEY)).toBe(text);
      expect(whole(storage)).toBe(encodeProgress(p));
      expect(storage.data.get(RECENT)?.length).toBeLessThan(2_000);
    }
    // A new tab (no cache) reads the same state.
    const fresh = loadProgress(storage, KEY, T0);
    expect(fresh.progress).toEqual(p);
    expect(fresh.unsaved).toBeUndefined();
    expect(readStoredProgress(storage, KEY)).toEqual({ ok: true, progress: p });
  });

  it("is folded into the history by the save that would take it past its limit", () => {
    const storage = new FakeStorage({ [KEY]: encodeProgress(longHistory(6)) });
    const cache = createDecodeCache();
    let p = loadProgress(storage, KEY, T0, cache).progress;
    let folded = false;
    for (let i = 0; i < 5000 && !folded; i++) {
      p = saved(saveProgress(storage, KEY, grade(p, `django/t/card-${i % 40}`, i.toString(36).padStart(6, "0")), T0, cache));
      folded = i > 0 && !storage.data.has(RECENT);
      if (!folded) expect((storage.data.get(RECENT) ?? "").length).toBeLessThanOrEqual(RECENT_MAX_CHARS);
    }
    expect(folded).toBe(true);
    expect(storage.data.get(KEY)).toBe(encodeProgress(p));
    // And the next grade starts a new record over the new history.
    p = saved(saveProgress(storage, KEY, grade(p, "django/t/card-1", "zzzzzz"), T0, cache));
    expect(storage.data.has(RECENT)).toBe(true);
    expect(whole(storage)).toBe(encodeProgress(p));
  });

  it("is merged in, not lost, when the history beside it is not the one it extends", () => {
    const history = longHistory(7);
    const storage = new FakeStorage({ [KEY]: encodeProgress(history) });
    const cache = createDecodeCache();
    const mine = saved(saveProgress(storage, KEY, grade(loadProgress(storage, KEY, T0, cache).progress, "django/mine", "minemi"), T0, cache));
    // An older version of the app, which knows no record, writes the history with a review of its own.
    const theirs = grade(history, "django/theirs", "theirs", 10_000);
    storage.data.set(KEY, encodeProgress(theirs));
    const loaded = loadProgress(storage, KEY, T0, createDecodeCache());
    expect(loaded.unsaved).toBe(true);
    expect(loaded.notice).toBeNull();
    const ids = new Set(loaded.progress.log.map((e) => e.id));
    for (const e of [...mine.log.slice(-1), ...theirs.log.slice(-1)]) expect(ids.has(e.id)).toBe(true);
    expect(loaded.progress.log).toHaveLength(history.log.length + 2);
    // The next save writes it whole and drops the record.
    const after = saved(saveProgress(storage, KEY, loaded.progress, T0, createDecodeCache()));
    expect(storage.data.has(RECENT)).toBe(false);
    expect(decodeProgress(storage.data.get(KEY) ?? null)).toEqual({ ok: true, progress: after });
  });

  it("is not spliced into a history whose flags changed in place (same length): it is merged in", () => {
    const history = setFlag(longHistory(12), "django/flagged", true, T0 + 1);
    const text = encodeProgress(history);
    const storage = new FakeStorage({ [KEY]: text });
    const cache = createDecodeCache();
    saved(saveProgress(storage, KEY, grade(loadProgress(storage, KEY, T0, cache).progress, "django/mine", "minemi"), T0, cache));
    // Another version unflags the card a millisecond later: same length, a change far from the text's end.
    const unflagged = encodeProgress(setFlag(history, "django/flagged", false, T0 + 2));
    expect(unflagged.length).toBe(text.length);
    storage.data.set(KEY, unflagged);
    const loaded = loadProgress(storage, KEY, T0, createDecodeCache());
    expect(loaded.unsaved).toBe(true);
    expect(loaded.progress.flags["django/flagged"]).toEqual({ value: false, at: T0 + 2 });
    expect(loaded.progress.log.some((e) => e.id.endsWith("-minemi"))).toBe(true);
  });

  it("that cannot be read is kept as a backup and removed, and the history still loads", () => {
    const history = longHistory(8);
    const storage = new FakeStorage({ [KEY]: encodeProgress(history), [RECENT]: "R1\nnot a record" });
    const loaded = loadProgress(storage, KEY, T0);
    expect(loaded.progress).toEqual(history);
    expect(loaded.notice?.kind).toBe("corrupt");
    expect(loaded.notice?.message).toMatch(/newest reviews could not be read/);
    expect(storage.backups().map(([, v]) => v)).toEqual(["R1\nnot a record"]);
    expect(storage.data.has(RECENT)).toBe(false);
  });

  it("is left in place when it cannot be read or copied (storage full)", () => {
    const history = longHistory(9);
    const storage = new FakeStorage({ [KEY]: encodeProgress(history), [RECENT]: "garbage" });
    storage.failSet = true;
    const loaded = loadProgress(storage, KEY, T0);
    expect(loaded.progress).toEqual(history);
    expect(storage.data.get(RECENT)).toBe("garbage");
  });

  it("is dropped by a whole write (a reset), so it cannot bring old reviews back", () => {
    const storage = new FakeStorage({ [KEY]: encodeProgress(longHistory(10)) });
    const cache = createDecodeCache();
    const p = loadProgress(storage, KEY, T0, cache).progress;
    saved(saveProgress(storage, KEY, grade(p, "django/x", "xxxxxx"), T0, cache));
    expect(storage.data.has(RECENT)).toBe(true);
    // An undo cannot be said by a text that only grows: the whole text is written.
    const undone = { ...p, tombstones: [...p.tombstones, p.log[p.log.length - 1]?.id ?? ""].sort() };
    const after = saved(saveProgress(storage, KEY, normalizeProgress(undone), T0, cache));
    expect(storage.data.has(RECENT)).toBe(false);
    expect(storage.data.get(KEY)).toBe(encodeProgress(after));
  });

  it("finds the log's end in a history whose last id ends in an escaped quote", () => {
    const p = normalizeProgress({ ...longHistory(11), log: [...longHistory(11).log, { id: 'legacy"', cardId: "django/q", rating: 3, at: T0 + 10 ** 11, mode: "due" }] });
    const text = encodeProgress(p);
    const layout = baseLayout(text);
    expect(layout).not.toBeNull();
    expect(text.slice(layout?.logEnd ?? 0, (layout?.logEnd ?? 0) + 9)).toBe('","tomb":');
    expect(text.slice((layout?.logEnd ?? 0) - 2, layout?.logEnd)).toBe('\\"');
    const storage = new FakeStorage({ [KEY]: text });
    const cache = createDecodeCache();
    const next = saved(saveProgress(storage, KEY, grade(loadProgress(storage, KEY, T0, cache).progress, "django/q", "qqqqqq"), T0, cache));
    expect(whole(storage)).toBe(encodeProgress(next));
  });

  it("is not used for a short history", () => {
    const storage = new FakeStorage({ [KEY]: encodeProgress(normalizeProgress(simulatedLog(300, 40))) });
    const cache = createDecodeCache();
    const p = saved(saveProgress(storage, KEY, grade(loadProgress(storage, KEY, T0, cache).progress, "django/a", "aaaaaa"), T0, cache));
    expect(storage.data.has(RECENT)).toBe(false);
    expect(storage.data.get(KEY)).toBe(encodeProgress(p));
  });
});
