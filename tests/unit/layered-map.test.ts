import fc from "fast-check";
import { LayeredMap } from "@/lib/layered-map";

describe("LayeredMap", () => {
  it("reads, sizes and iterates as a Map given the same sets, across flattening, and leaves earlier maps as they were", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer()), { maxLength: 700 }), (sets) => {
        const start = new Map([[1, -1], [2, -2]]);
        const plain = new Map(start);
        let layered: ReadonlyMap<number, number> = start;
        const snapshots: [ReadonlyMap<number, number>, [number, number][]][] = [];
        for (const [key, value] of sets) {
          layered = LayeredMap.with(layered, key, value);
          plain.set(key, value);
          snapshots.push([layered, [...plain]]);
        }
        expect([...layered]).toEqual([...plain]);
        expect([...layered.keys()]).toEqual([...plain.keys()]);
        expect([...layered.values()]).toEqual([...plain.values()]);
        expect(layered.size).toBe(plain.size);
        for (let k = -1; k <= 41; k++) {
          expect(layered.has(k)).toBe(plain.has(k));
          expect(layered.get(k)).toBe(plain.get(k));
        }
        const seen: [number, number][] = [];
        layered.forEach((v, k, m) => {
          seen.push([k, v]);
          expect(m).toBe(layered);
        });
        expect(seen).toEqual([...plain]);
        for (const [map, entries] of snapshots) expect([...map]).toEqual(entries);
        expect([...start]).toEqual([[1, -1], [2, -2]]);
      }),
      { numRuns: 60, seed: 20261207 },
    );
  });
});
