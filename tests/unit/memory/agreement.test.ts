import { fsrs, generatorParameters } from "ts-fsrs";
import { loadFsrsBrowser } from "../../../scripts/fsrs-node";

// A set of parameters other than the defaults (what a fit returns), so agreement is not a coincidence of defaults.
const W = [...generatorParameters().w].map((w, i) => (i <= 3 ? w * 0.6 : i === 20 ? 0.3 : i === 8 ? w * 1.2 : w));

describe("fsrs-browser and ts-fsrs on the same parameters", () => {
  it("compute the same next stability and difficulty for every grade", async () => {
    const { Fsrs } = await loadFsrsBrowser();
    const wasm = new Fsrs(new Float32Array(W));
    const ts = fsrs(generatorParameters({ w: W, enable_fuzz: false }));
    for (const [s, d, t] of [[1.5, 5, 1], [10, 3, 12], [40, 8, 20], [3, 6.5, 9]] as const) {
      const next = wasm.nextStates(s, d, 0.9, t);
      const r = ts.forgetting_curve(t, s);
      for (const [g, item] of [[1, next.again], [2, next.hard], [3, next.good], [4, next.easy]] as const) {
        const expected = ts.next_state({ stability: s, difficulty: d }, t, g, r);
        expect(item.memory.stability).toBeCloseTo(expected.stability, 2);
        expect(item.memory.difficulty).toBeCloseTo(expected.difficulty, 3);
      }
    }
  });

  it("derive the same memory state from a review history", async () => {
    const { Fsrs } = await loadFsrsBrowser();
    const wasm = new Fsrs(new Float32Array(W));
    const ts = fsrs(generatorParameters({ w: W, enable_fuzz: false }));
    const ratings = [3, 3, 1, 3, 4];
    const deltas = [0, 2, 7, 1, 5];
    let state = null as { stability: number; difficulty: number } | null;
    ratings.forEach((g, i) => {
      const t = deltas[i] ?? 0;
      state = ts.next_state(state, t, g, state ? ts.forgetting_curve(t, state.stability) : undefined);
    });
    const [stability, difficulty] = Array.from(wasm.memoryState(Uint32Array.from(ratings), Uint32Array.from(deltas)));
    expect(stability).toBeCloseTo(state?.stability ?? 0, 1);
    expect(difficulty).toBeCloseTo(state?.difficulty ?? 0, 2);
  });
});
