import fc from "fast-check";

import { decodeProgress, encodeProgress, PROGRESS_KEY, type Progress } from "@/lib/progress";
import type { LockManagerLike } from "@/stores/progress-sync";

import { FakeStorage } from "../progress/support";
import { MINUTE, testStore, type TestStore } from "./store-helpers";

/*
 * Two or three tabs share one storage. Grades, resets, scheduled saves, Web Lock grants and
 * `storage` events (delivered late, in order) interleave at random. A reset must stick (every
 * review stored or held by the resetting tab when it ran stays gone), and no other review may be
 * lost: in particular one graded after another tab's reset but before this tab heard of it.
 * Run with Web Locks (saves and resets wait for a shared lock, granted one at a time) and without
 * (the epoch check alone).
 */

/** Web Locks with grants the test hands out: `grant()` runs the oldest waiting callback. */
class FakeLocks implements LockManagerLike {
  readonly waiting: (() => void)[] = [];
  request<T>(_name: string, callback: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push(() => {
        try {
          resolve(callback() as T);
        } catch (error) {
          reject(error);
        }
      });
    });
  }
  grant(): boolean {
    const next = this.waiting.shift();
    next?.();
    return next !== undefined;
  }
}

interface Tab {
  t: TestStore;
  saves: (() => void)[]; // scheduled saves, not run yet
  events: { key: string; newValue: string | null }[]; // storage events, not delivered yet
}

const ids = (p: Progress) => p.log.map((e) => e.id).sort();

class World {
  readonly shared = new FakeStorage();
  readonly tabs: Tab[] = [];
  readonly graded = new Set<string>();
  readonly erased = new Set<string>();
  readonly locks: FakeLocks | null;

  constructor(count: number, withLocks: boolean) {
    this.locks = withLocks ? new FakeLocks() : null;
    for (let i = 0; i < count; i++) {
      const tab: Tab = { t: null as unknown as TestStore, saves: [], events: [] };
      tab.t = testStore({ storage: this.storageFor(i), schedule: (run) => tab.saves.push(run), locks: this.locks, seed: 100 + i });
      this.tabs.push(tab);
    }
  }

  /** The shared storage as tab `i` sees it: its writes become events in the other tabs. */
  private storageFor(i: number): FakeStorage {
    const view = Object.create(this.shared) as FakeStorage;
    view.setItem = (key, value) => {
      this.shared.setItem(key, value);
      // A reset backs up what is stored plus the resetting tab's state: those reviews must stay gone.
      if (key.startsWith(`${PROGRESS_KEY}:backup:`)) {
        const backup = decodeProgress(value);
        if (backup.ok) for (const e of backup.progress.log) this.erased.add(e.id);
      }
      this.tabs.forEach((other, j) => j !== i && other.events.push({ key, newValue: value }));
    };
    view.removeItem = (key) => {
      this.shared.removeItem(key);
      this.tabs.forEach((other, j) => j !== i && other.events.push({ key, newValue: null }));
    };
    return view;
  }

  async start(): Promise<void> {
    for (const tab of this.tabs) await tab.t.hydrate();
  }

  tab(n: number): Tab {
    return this.tabs[n % this.tabs.length]!;
  }

  /** Runs everything still waiting until nothing is left. */
  settle(): void {
    for (let round = 0; round < 50; round++) {
      let busy = false;
      while (this.locks?.grant()) busy = true;
      for (const tab of this.tabs) {
        for (const run of tab.saves.splice(0)) {
          run();
          busy = true;
        }
        for (const e of tab.events.splice(0)) {
          tab.t.state().syncFromStorage(e.key, e.newValue);
          busy = true;
        }
      }
      if (!busy) return;
    }
    throw new Error("the tabs never settled");
  }
}

type Command =
  | { kind: "grade"; tab: number; card: number }
  | { kind: "reset"; tab: number }
  | { kind: "save"; tab: number }
  | { kind: "deliver"; tab: number }
  | { kind: "grant" }
  | { kind: "clock" };

const tab = fc.nat(2);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("grade" as const), tab, card: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reset" as const), tab }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("save" as const), tab }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("deliver" as const), tab }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("grant" as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("clock" as const) }) },
);

function run(world: World, c: Command): void {
  switch (c.kind) {
    case "grade": {
      const { t } = world.tab(c.tab);
      world.graded.add(t.state().grade(`d/t/c${c.card}`, 3, "due", t.now()).id);
      return;
    }
    case "reset":
      void world.tab(c.tab).t.state().reset();
      return;
    case "save":
      world.tab(c.tab).saves.shift()?.();
      return;
    case "deliver": {
      const tab = world.tab(c.tab);
      const e = tab.events.shift();
      if (e) tab.t.state().syncFromStorage(e.key, e.newValue);
      return;
    }
    case "grant":
      world.locks?.grant();
      return;
    case "clock":
      for (const tab of world.tabs) tab.t.advance(MINUTE);
      return;
  }
}

async function check(tabCount: number, withLocks: boolean, commands: Command[]): Promise<void> {
  const world = new World(tabCount, withLocks);
  await world.start();
  for (const c of commands) run(world, c);
  world.settle();

  const stored = decodeProgress(world.shared.data.get(PROGRESS_KEY) ?? null);
  if (!stored.ok) throw new Error(stored.message);
  for (const tab of world.tabs) expect(encodeProgress(tab.t.state().progress)).toBe(encodeProgress(stored.progress));
  const expected = [...world.graded].filter((id) => !world.erased.has(id)).sort();
  expect(ids(stored.progress)).toEqual(expected);
}

describe("a reset in one tab while others grade", () => {
  for (const withLocks of [true, false]) {
    it(`sticks, and loses no review graded around it (${withLocks ? "with" : "without"} Web Locks)`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 2, max: 3 }), fc.array(command, { minLength: 5, maxLength: 50 }), (tabCount, commands) => check(tabCount, withLocks, commands)),
        { numRuns: 150 },
      );
    });
  }

  it("keeps the grade given between another tab's reset and hearing of it", async () => {
    await check(2, false, [
      { kind: "grade", tab: 1, card: 0 },
      { kind: "save", tab: 1 },
      { kind: "reset", tab: 0 },
      { kind: "grade", tab: 1, card: 1 }, // tab 1 has not had the reset's events yet
      { kind: "save", tab: 1 },
    ]);
  });
});
