import { buildQueue, orderWithoutProgress, type Selection } from "@/lib/drill";

const IDS = Array.from({ length: 12 }, (_, i) => `d/t/card-${i}`);
const opts = { seed: "s33d", states: new Map(), weak: [], now: 0, newLimit: 20, rolloverHour: 4 };

describe("orderWithoutProgress", () => {
  it("is the very order buildQueue gives a shuffle and an interview of every card: the first card can be shown before the store is read", () => {
    for (const mode of ["shuffle", "interview"] as const) {
      const selection: Selection = { topics: "all", mode, seed: "s33d" };
      const order = orderWithoutProgress(selection, IDS);
      expect(order).toEqual(buildQueue(mode, IDS, opts));
      expect(order).not.toEqual(IDS);
    }
  });

  it("is null for decks drawn from stored progress: due, weak, and a mock interview", () => {
    expect(orderWithoutProgress({ topics: "all", mode: "due", seed: null }, IDS)).toBeNull();
    expect(orderWithoutProgress({ topics: "all", mode: "weak", seed: "x" }, IDS)).toBeNull();
    expect(orderWithoutProgress({ topics: "all", mode: "interview", seed: "x", mock: 5 }, IDS)).toBeNull();
  });
});
