import fc from "fast-check";
import type { RootContent } from "mdast";
import { covered, type Range } from "@/lib/content/details-skip";
import { stripTrailingDecoration } from "@/lib/content/question-text";

/** The scans these replaced, kept here as the reference: the fast versions must agree on any input. */
function coveredByRescan(nodes: readonly RootContent[], ranges: readonly Range[]): boolean {
  return ranges.every((r) => {
    let inside = false;
    for (const n of nodes) {
      const start = n.position?.start.offset;
      const end = n.position?.end.offset;
      if (start === undefined || end === undefined) return false;
      if (end <= r.from || start >= r.to) continue;
      if (n.type !== "details" || start > r.from || end < r.to) return false;
      inside = true;
    }
    return inside;
  });
}

const TRAILING_DECORATION = /[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\u20e3*_~]+$/u;
function stripByRegex(text: string): string {
  const stripped = text.replace(TRAILING_DECORATION, "");
  return stripped.length > 0 ? stripped : text;
}

const point = (offset: number) => ({ line: 1, column: offset + 1, offset });

/** Cut points in order, paired up: sorted intervals that do not overlap (some empty). */
const intervals = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 16 }).map((xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) out.push([sorted[i]!, sorted[i + 1]!]);
  return out;
});

const nodesOf = (spans: [number, number][], kinds: boolean[], unplaced: number) =>
  spans.map(([from, to], i): RootContent => {
    const position = i === unplaced ? undefined : { start: point(from), end: point(to) };
    return kinds[i % Math.max(1, kinds.length)] ? ({ type: "details", summary: [], summaryBlocks: [], summaryText: "", children: [], position } as unknown as RootContent) : { type: "paragraph", children: [], position };
  });

describe("covered (one pass over nodes and ranges)", () => {
  it("agrees with a scan of every node for every range, for ordered nodes and ranges", () => {
    fc.assert(
      fc.property(intervals, intervals, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.integer({ min: -1, max: 30 }), (spans, rangeSpans, kinds, unplaced) => {
        const nodes = nodesOf(spans, kinds, unplaced % 10 === 0 ? unplaced / 10 : -1);
        const ranges = rangeSpans.filter(([from, to]) => to > from).map(([from, to]) => ({ from, to }));
        expect(covered(nodes, ranges)).toBe(coveredByRescan(nodes, ranges));
      }),
      { numRuns: 3000 },
    );
  });

  it("holds when details nodes hold the ranges, and not when a paragraph reaches into one", () => {
    const nodes = nodesOf([[0, 10], [10, 30], [30, 40], [40, 60]], [false, true], -1);
    expect(covered(nodes, [{ from: 12, to: 20 }, { from: 21, to: 29 }, { from: 45, to: 50 }])).toBe(true);
    expect(covered(nodes, [{ from: 12, to: 20 }, { from: 35, to: 50 }])).toBe(false);
    expect(covered(nodes, [{ from: 12, to: 20 }, { from: 61, to: 70 }])).toBe(false);
  });
});

describe("stripTrailingDecoration (from the end)", () => {
  const pieces = ["a", "é", "?", " ", "\t", "\n", "\u00a0", "*", "_", "~", "👶", "⭐", "🏽", "\u200d", "\ufe0f", "\u20e3", "#", "1", "\ud83d", "\udc76", "字", "👨‍💻", "🇫🇷", "ー"];
  it("removes what the regex anchored at the end removes, for any text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((xs) => xs.join("")), (text) => {
        expect(stripTrailingDecoration(text)).toBe(stripByRegex(text));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 12 }), (text) => {
        expect(stripTrailingDecoration(text)).toBe(stripByRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps a text made only of decoration", () => {
    expect(stripTrailingDecoration("⭐⭐ ")).toBe("⭐⭐ ");
    expect(stripTrailingDecoration("What is X? 👶 ⭐")).toBe("What is X?");
  });
});
