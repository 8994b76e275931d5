import fc from "fast-check";
import { cardStates, emptyProgress, type Progress, type Rating } from "@/lib/progress";
import type { CardState } from "@/lib/srs";
import { createCardStatesSelector } from "@/stores/selectors";

import { MINUTE, T0, testStore, type TestStore } from "./store-helpers";

let t: TestStore;
let selectCardStates: (p: Progress) => ReadonlyMap<string, CardState>;
const store = () => t.state();

beforeEach(() => {
  t = testStore();
  selectCardStates = createCardStatesSelector();
});

type Op = { kind: "grade"; card: number; rating: Rating; minutes: number } | { kind: "undo"; pick: number | null };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("grade" as const), card: fc.integer({ min: 0, max: 3 }), rating: fc.constantFrom<Rating>(1, 2, 3, 4), minutes: fc.integer({ min: -600, max: 20_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("undo" as const), pick: fc.option(fc.nat(), { nil: null }) }) },
);

describe("selectCardStates", () => {
  it("returns the same map while the log is unchanged", () => {
    store().grade("d/t/a", 3, "shuffle", T0);
    const progress = store().progress;
    expect(selectCardStates(progress)).toBe(selectCardStates(progress));
  });

  it("groups the reviewed ids by topic once per states, again after a grade", () => {
    const select = createCardStatesSelector();
    store().grade("d/t/a", 3, "shuffle", T0);
    store().grade("d/u/b", 3, "shuffle", T0 + MINUTE);
    const before = store().progress;
    const grouped = select.byTopicKey(before);
    expect(select.byTopicKey(before)).toBe(grouped);
    expect([...grouped]).toEqual([["d/t", ["d/t/a"]], ["d/u", ["d/u/b"]]]);
    store().grade("d/t/c", 1, "shuffle", T0 + 2 * MINUTE);
    expect(select.byTopicKey(store().progress).get("d/t")).toEqual(["d/t/a", "d/t/c"]);
  });

  it("replays a grade incrementally to what a full replay gives", () => {
    store().grade("d/t/a", 3, "shuffle", T0);
    const first = selectCardStates(store().progress);
    store().grade("d/t/b", 1, "shuffle", T0 + MINUTE);
    const second = selectCardStates(store().progress);
    expect(second).not.toBe(first);
    expect(first.has("d/t/b")).toBe(false);
    expect(new Map(second)).toEqual(cardStates(store().progress));
  });

  it("follows a change of desired retention", () => {
    store().grade("d/t/a", 3, "shuffle", T0);
    store().grade("d/t/a", 3, "shuffle", T0 + 20 * MINUTE);
    const before = selectCardStates(store().progress).get("d/t/a");
    store().updateSettings({ desiredRetention: 0.97 }, T0);
    const after = selectCardStates(store().progress);
    expect(after.get("d/t/a")?.due).not.toBe(before?.due);
    expect(new Map(after)).toEqual(cardStates(store().progress));
  });

  it("equals a full replay after any sequence of grades and undos", () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) => {
        t.useStore.setState({ progress: emptyProgress() });
        for (const op of ops) {
          if (op.kind === "grade") {
            store().grade(`d/t/c${op.card}`, op.rating, "shuffle", T0 + op.minutes * MINUTE);
          } else {
            const log = store().progress.log;
            const victim = op.pick === null ? undefined : log[op.pick % Math.max(1, log.length)];
            if (victim) store().undo(victim.id);
            else store().undo();
          }
          expect(new Map(selectCardStates(store().progress))).toEqual(cardStates(store().progress));
        }
      }),
      { numRuns: 60, seed: 20260115 },
    );
  });
});
