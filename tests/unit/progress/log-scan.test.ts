import fc from "fast-check";

import { type Progress, type Rating, type ReviewEntry, decodeProgress, emptyProgress, encodeProgress, normalizeProgress } from "@/lib/progress";
import { logColumns } from "@/lib/progress/lazy-log";
import { prefixOf } from "@/lib/progress/log-fingerprint";
import type { LogColumns } from "@/lib/progress/log-columns";
import { scanLog, scanLogJs } from "@/lib/progress/log-scan";
import { scanLogWasm } from "@/lib/progress/log-scan-wasm";
import { encodeLog, storedRest } from "@/lib/progress/stored-format";

import { T0 } from "./support";

/*
 * The scan of a stored log works out the fingerprint of every prefix and the entries the
 * normal-form check must look at in the same pass (log-scan.ts). These tests hold it to what the
 * made entries give: the same prefixes (so a checkpoint matches exactly when it did), and the same
 * progress for a log that is not in normal form (ties out of order, an id twice, an undone review).
 */

const CARDS = ["django/a", "django/b", "python/c", "__proto__"];

interface RawEntry {
  card: number;
  rating: number;
  gap: number;
  suffix: string;
  full: boolean;
  mode: ReviewEntry["mode"];
}

const raw: fc.Arbitrary<RawEntry[]> = fc.array(
  fc.record({
    card: fc.nat(CARDS.length - 1),
    rating: fc.integer({ min: 1, max: 4 }),
    gap: fc.constantFrom(0, 0, 1, 7, 2 ** 32), // ties are common; a gap past 2^32 ms moves the time's high half
    suffix: fc.constantFrom("a", "b", "c", "d"), // few suffixes: ids at one time collide
    full: fc.boolean(), // an id written out in full ("~"), with the characters that need escaping
    mode: fc.constantFrom("due" as const, "shuffle" as const, "weak" as const, "interview" as const),
  }),
  { maxLength: 40 },
);

/** Entries in time order (ties in any id order, ids possibly repeated), as a stored log may hold them. */
function entriesOf(list: readonly RawEntry[]): ReviewEntry[] {
  let at = T0;
  return list.map((e) => {
    at += e.gap;
    const id = e.full ? `legacy,${e.suffix}%~` : `${at.toString(36)}-${e.suffix}`;
    return { id, cardId: CARDS[e.card] as string, rating: e.rating as Rating, at, mode: e.mode };
  });
}

function storedText(log: readonly ReviewEntry[], tombstones: string[]): string {
  const cardIndex = new Map<string, number>();
  const text = encodeLog(log, cardIndex);
  return JSON.stringify({ v: 2, cards: [...cardIndex.keys()], log: text, ...storedRest({ ...emptyProgress(), tombstones: [...tombstones].sort() }) });
}

function decoded(text: string): Progress {
  const d = decodeProgress(text);
  if (!d.ok) throw new Error(d.message);
  return d.progress;
}

describe("the scan of a stored log", () => {
  it("gives every prefix the fingerprint, last id and cards the made entries give", () => {
    fc.assert(
      fc.property(raw, (list) => {
        const p = normalizeProgress({ ...emptyProgress(), log: entriesOf(list) });
        const lazy = decoded(encodeProgress(p));
        expect(logColumns(lazy)).not.toBeNull();
        for (let n = 0; n <= p.log.length; n++) {
          const { cards, fingerprint, lastId } = prefixOf(p, n);
          expect(prefixOf(lazy, n)).toEqual({ cards, fingerprint, lastId });
        }
      }),
      { numRuns: 150 },
    );
  });

  it("reads a log that is not in normal form as its normal form, and one that is without making its entries", () => {
    fc.assert(
      fc.property(raw, fc.array(fc.nat(39), { maxLength: 3 }), (list, undone) => {
        const log = entriesOf(list);
        const tombstones = [...new Set(undone.flatMap((i) => (log[i] ? [log[i].id] : [])))];
        const expected = normalizeProgress({ ...emptyProgress(), log, tombstones });
        const progress = decoded(storedText(log, tombstones));
        expect(progress).toEqual(expected);
        const inNormalForm = expected.log.length === log.length && expected.log.every((e, i) => e === log[i] || e.id === log[i]?.id);
        expect(logColumns(progress) !== null).toBe(inNormalForm);
      }),
      { numRuns: 300 },
    );
  });
});

/** Everything a scan gives, as plain values. */
function plain(c: LogColumns) {
  const { ties, fulls, laneA, laneB, distinct, order, firstAt } = c.facts;
  return {
    length: c.length,
    card: [...c.card],
    code: [...c.code],
    at: [...c.at],
    ms: [...c.ms],
    idFrom: [...c.idFrom],
    idTo: [...c.idTo],
    fullId: [...c.fullId],
    facts: { ties: [...ties], fulls: [...fulls], laneA: [...laneA], laneB: [...laneB], distinct, order: [...order.subarray(0, distinct)], firstAt: [...firstAt.subarray(0, distinct)] },
  };
}

function jsScan(text: string, cards: readonly string[]): ReturnType<typeof plain> | string {
  try {
    return plain(scanLogJs(text, cards));
  } catch (error) {
    return error instanceof Error ? error.message : "thrown";
  }
}

/** A stored log's text and card table, as the encoder writes them. */
function encoded(list: readonly RawEntry[]): { text: string; cards: string[] } {
  const p = normalizeProgress({ ...emptyProgress(), log: entriesOf(list) });
  const cardIndex = new Map<string, number>();
  return { text: encodeLog(p.log, cardIndex), cards: [...cardIndex.keys()] };
}

describe("the scan of a long log in WebAssembly", () => {
  it("gives the columns and facts of the scan in JavaScript", () => {
    fc.assert(
      fc.property(raw, (list) => {
        const { text, cards } = encoded(list);
        const wasm = scanLogWasm(text, cards);
        expect(wasm).not.toBeNull();
        expect(plain(wasm as LogColumns)).toEqual(jsScan(text, cards));
      }),
      { numRuns: 200 },
    );
  });

  it("never reads a text the JavaScript scan refuses, and reads the others as it does (or leaves them to it)", () => {
    const edits = fc.array(fc.tuple(fc.nat(), fc.constantFrom("", ",", "~", "-", ".", "A", "Q", "0", "z", "zzzzzzzzzzzz", "é", "\u0000", " ")), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(raw, edits, fc.boolean(), (list, changes, dropCard) => {
        const { text: clean, cards } = encoded(list);
        let text = clean;
        for (const [at, s] of changes) {
          const i = text.length === 0 ? 0 : at % (text.length + 1);
          text = text.slice(0, i) + s + text.slice(i + (at % 2)); // inserted, or in place of a character
        }
        const table = dropCard ? cards.slice(1) : cards;
        const expected = jsScan(text, table);
        const wasm = scanLogWasm(text, table);
        if (typeof expected === "string") expect(wasm).toBeNull();
        else if (wasm !== null) expect(plain(wasm)).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });

  it("agrees with the JavaScript scan at the grammar's edges", () => {
    const big = "zzzzzzzzzz"; // 36^10 - 1 ms: three of them pass Number.MAX_SAFE_INTEGER
    const cases: [string, string[]][] = [
      ["0A0-a", ["x"]], // at 0: the first entry is no tie
      ["0A0-a,0A0-b", ["x"]],
      ["0A1~,0A2-a", ["x"]], // an empty full id
      ["0A1~", ["x"]],
      ["0A1-", ["x"]],
      ["0A1-a,", ["x"]],
      ["1A1-a", ["x"]], // an unknown card
      ["0Q1-a", ["x"]], // no such letter
      ["0A1.-a", ["x"]],
      ["0A1-a!", ["x"]],
      [`0A${big}-a,0A${big}-b`, ["x"]],
      [`0A${big}-a,0A${big}-b,0A${big}-c`, ["x"]], // a time past the safe range
      ["0A1-a,0A1~%2C,0M2.3~%25x", ["x"]],
    ];
    for (const [text, cards] of cases) {
      const expected = jsScan(text, cards);
      const wasm = scanLogWasm(text, cards);
      if (typeof expected === "string") expect(wasm, text).toBeNull();
      else expect(wasm && plain(wasm), text).toEqual(expected);
    }
  });

  it("leaves a text that is not all ASCII, or a number of more than 10 digits, to the JavaScript scan", () => {
    expect(scanLogWasm("0A1~é-id", ["django/a"])).toBeNull();
    expect(scanLogWasm("0A10000000000-a", ["django/a"])).toBeNull(); // 11 digits
    expect(scanLogJs("0A10000000000-a", ["django/a"]).at[0]).toBe(36 ** 10);
    expect(plain(scanLogWasm("0A1-a,0B0.5~x%2Cy", ["django/a"]) as LogColumns)).toEqual(jsScan("0A1-a,0B0.5~x%2Cy", ["django/a"]));
  });
});

describe("a long log where WebAssembly fails", () => {
  const list: RawEntry[] = Array.from({ length: 3000 }, (_, i) => ({ card: i % 4, rating: (i % 4) + 1, gap: i % 5 === 0 ? 0 : 61_000, suffix: "abcd"[i % 4] as string, full: i % 97 === 0, mode: "due" }));
  const { text, cards } = encoded(list);
  const real = WebAssembly;

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("is long enough to be scanned in WebAssembly", () => {
    expect(text.length).toBeGreaterThanOrEqual(20_000);
    expect(scanLogWasm(text, cards)).not.toBeNull();
  });

  it("is scanned in JavaScript when a policy forbids compiling WebAssembly", () => {
    const refuse = function () {
      throw new real.CompileError("WebAssembly.Module(): Wasm code generation disallowed by embedder");
    };
    vi.stubGlobal("WebAssembly", { Memory: real.Memory, Global: real.Global, Instance: real.Instance, CompileError: real.CompileError, Module: refuse });
    expect(scanLogWasm(text, cards)).toBeNull();
    expect(plain(scanLog(text, cards))).toEqual(jsScan(text, cards));
  });

  it("is read, not set aside as unreadable, when the WebAssembly scan traps", () => {
    const trap = () => {
      throw new real.RuntimeError("unreachable");
    };
    const global = () => new real.Global({ value: "i32", mutable: true }, 0);
    const Instance = function () {
      return { exports: { commas: trap, scan: trap, distinct: global(), ties: global(), fulls: global() } };
    };
    vi.stubGlobal("WebAssembly", { Memory: real.Memory, Global: real.Global, Module: real.Module, RuntimeError: real.RuntimeError, Instance });
    expect(scanLogWasm(text, cards)).toBeNull();
    const stored = JSON.stringify({ v: 2, cards, log: text, ...storedRest(emptyProgress()) });
    const d = decodeProgress(stored);
    expect(d.ok).toBe(true);
    if (d.ok) expect(logColumns(d.progress)?.length).toBe(scanLogJs(text, cards).length);
  });
});
