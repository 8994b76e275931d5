import { parseImport } from "@/lib/progress/transfer";
import fc from "fast-check";

import {
  type Progress,
  addReview,
  applyImport,
  cardStates,
  encodeProgress,
  exportProgress,
  loadProgress,
  mergeProgress,
  newEntryId,
  reviewTimeFor,
  saveProgress,
  setFlag,
  setNote,
  undoLast,
} from "@/lib/progress";
import { type Rating, mulberry32 } from "@/lib/srs";

import { FakeStorage, KEY, MINUTE, T0 } from "./support";

/*
 * 2–4 tabs, each with its own in-memory Progress, share one fake localStorage through
 * saveProgress / loadProgress, like the app does. Random grades, undos, flags, notes, export/import,
 * in-memory merges, write failures and clock jumps must never lose or duplicate a review.
 */

const cards = ["django/a", "django/b", "django/c"];
const tab = fc.nat(3);

type Command =
  | { kind: "grade"; tab: number; card: string; rating: Rating }
  | { kind: "undo"; tab: number }
  | { kind: "flag"; tab: number; card: string; value: boolean }
  | { kind: "note"; tab: number; card: string; text: string }
  | { kind: "export-import"; from: number; to: number }
  | { kind: "merge"; into: number; from: number }
  | { kind: "sync"; tab: number }
  | { kind: "storage"; failing: boolean }
  | { kind: "clock"; minutes: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("grade" as const), tab, card: fc.constantFrom(...cards), rating: fc.constantFrom<Rating>(1, 2, 3, 4) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("undo" as const), tab }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("flag" as const), tab, card: fc.constantFrom(...cards), value: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("note" as const), tab, card: fc.constantFrom(...cards), text: fc.constantFrom("", "n1", "n2") }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("export-import" as const), from: tab, to: tab }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("merge" as const), into: tab, from: tab }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("sync" as const), tab }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("storage" as const), failing: fc.boolean() }) },
  // Mostly forward, sometimes days ahead, sometimes backwards (clock changes).
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("clock" as const), minutes: fc.integer({ min: -3 * 1440, max: 10 * 1440 }) }) },
);

class World {
  readonly storage = new FakeStorage();
  readonly tabs: Progress[];
  readonly rands: (() => number)[];
  readonly graded = new Set<string>();
  readonly undone = new Set<string>();
  now = T0;

  constructor(count: number) {
    this.tabs = Array.from({ length: count }, () => loadProgress(this.storage, KEY, this.now).progress);
    this.rands = Array.from({ length: count }, (_, i) => mulberry32(1000 + i));
  }

  private index(n: number): number {
    return n % this.tabs.length;
  }

  private get(n: number): Progress {
    const p = this.tabs[this.index(n)];
    if (!p) throw new Error("no such tab");
    return p;
  }

  private change(n: number, p: Progress): void {
    const i = this.index(n);
    this.tabs[i] = p;
    const saved = saveProgress(this.storage, KEY, p, this.now);
    if (saved.ok) this.tabs[i] = saved.progress;
  }

  run(c: Command): void {
    this.now += MINUTE;
    switch (c.kind) {
      case "grade": {
        const p = this.get(c.tab);
        const at = reviewTimeFor(p, c.card, this.now);
        const id = newEntryId(at, this.rands[this.index(c.tab)] ?? Math.random);
        this.graded.add(id);
        return this.change(c.tab, addReview(p, { id, cardId: c.card, rating: c.rating, at, mode: "due" }));
      }
      case "undo": {
        const { progress, undone } = undoLast(this.get(c.tab));
        if (undone) this.undone.add(undone.id);
        return this.change(c.tab, progress);
      }
      case "flag":
        return this.change(c.tab, setFlag(this.get(c.tab), c.card, c.value, this.now));
      case "note":
        return this.change(c.tab, setNote(this.get(c.tab), c.card, c.text, this.now));
      case "export-import": {
        const text = exportProgress(this.get(c.from), this.now);
        const parsed = parseImport(text, new TextEncoder().encode(text).length);
        if (!parsed.ok) throw new Error(parsed.message);
        return this.change(c.to, applyImport(this.get(c.to), parsed.progress, "merge"));
      }
      case "merge":
        this.tabs[this.index(c.into)] = mergeProgress(this.get(c.into), this.get(c.from));
        return;
      case "sync": {
        // The `storage` event: adopt what another tab wrote, keeping our own unsaved changes.
        const loaded = loadProgress(this.storage, KEY, this.now);
        this.tabs[this.index(c.tab)] = mergeProgress(this.get(c.tab), loaded.progress);
        return;
      }
      case "storage":
        this.storage.failSet = c.failing;
        return;
      case "clock":
        this.now = Math.max(0, this.now + c.minutes * MINUTE);
        return;
    }
  }

  /** Storage works again; every tab saves once, then every tab reloads. */
  settle(): void {
    this.storage.failSet = false;
    this.tabs.forEach((p, i) => this.change(i, p));
    this.tabs.forEach((_, i) => {
      this.tabs[i] = loadProgress(this.storage, KEY, this.now).progress;
    });
  }
}

describe("several tabs sharing one storage", () => {
  it("never lose or duplicate a review, converge, and replay to valid schedules", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.array(command, { minLength: 5, maxLength: 60, size: "max" }), (tabCount, commands) => {
        const world = new World(tabCount);
        for (const c of commands) world.run(c);
        const beforeSettle = [...world.tabs];
        world.settle();

        const [first, ...rest] = world.tabs;
        if (!first) throw new Error("no tabs");
        for (const other of rest) expect(encodeProgress(other)).toBe(encodeProgress(first));
        // Nothing any tab held (flags, notes and settings included) is missing from the result.
        for (const held of beforeSettle) expect(encodeProgress(mergeProgress(first, held))).toBe(encodeProgress(first));

        const expected = [...world.graded].filter((id) => !world.undone.has(id)).sort();
        const ids = first.log.map((e) => e.id);
        expect(ids.length).toBe(new Set(ids).size);
        expect([...ids].sort()).toEqual(expected);

        for (const state of cardStates(first).values()) {
          expect(Number.isFinite(state.stability) && state.stability > 0).toBe(true);
          expect(state.difficulty).toBeGreaterThanOrEqual(1);
          expect(state.difficulty).toBeLessThanOrEqual(10);
          expect(Number.isFinite(state.due)).toBe(true);
          expect(state.due).toBeGreaterThanOrEqual(state.lastReview);
        }
      }),
      { numRuns: 100 },
    );
  });
});
