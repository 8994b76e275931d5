import { DIGIT_VALUES } from "./base36";
import { LogColumns } from "./log-columns";
import { LOG_SCAN_WASM } from "./wasm/log-scan-bytes";

/*
 * The scan of a long stored log (log-scan.ts) in WebAssembly (wasm/log-scan.wat). A page load runs
 * the scan once over 2 MB, before V8 has optimised it: in JavaScript that took 65 ms of a later
 * load of 100,000 reviews in Chromium on this project's bench machine, where WebAssembly's first
 * compiler makes fast code for it at once. Same columns and facts as the JavaScript scan
 * (property-tested in log-scan.test.ts). Anything it does not take on gives null, and the caller
 * scans in JavaScript: no WebAssembly, or a policy that forbids compiling it; a text that is not
 * all ASCII (only an id written out in full can hold other characters: positions in UTF-8 bytes
 * would not be positions in the text); any entry it cannot read (the JavaScript scan then throws
 * the exact error) or a number of more than 10 digits.
 */

interface ScanModule {
  commas: (from: number, to: number) => number;
  scan: (...args: number[]) => number;
  globals: { distinct: WebAssembly.Global; ties: WebAssembly.Global; fulls: WebAssembly.Global };
}

function instantiate(memory: WebAssembly.Memory): ScanModule | null {
  try {
    const bytes = Uint8Array.from(atob(LOG_SCAN_WASM), (c) => c.charCodeAt(0));
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    const { commas, scan, distinct, ties, fulls } = exports;
    if (typeof commas !== "function" || typeof scan !== "function") return null;
    if (!(distinct instanceof WebAssembly.Global) || !(ties instanceof WebAssembly.Global) || !(fulls instanceof WebAssembly.Global)) return null;
    // A trap (it would be a bug: every read and write is within what the caller laid out) reads as
    // "not taken on": the JavaScript scan then reads the log, never a decode failure that would set
    // the user's progress aside as unreadable.
    const call = (f: typeof scan, args: number[]): number => {
      try {
        const v: unknown = Reflect.apply(f, undefined, args);
        return typeof v === "number" ? v : -1;
      } catch {
        return -1;
      }
    };
    return { commas: (from, to) => call(commas, [from, to]), scan: (...args) => call(scan, args), globals: { distinct, ties, fulls } };
  } catch {
    return null; // WebAssembly refused (a Content-Security-Policy without 'wasm-unsafe-eval')
  }
}

function countOf(global: WebAssembly.Global): number {
  const v: unknown = global.value;
  return typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : -1;
}

const PAGE = 65536;
const TEXT = 256; // where the text starts: the digit table is before it

/**
 * The columns of `text` against `cards`, scanned in WebAssembly; null when it is left to scanLogJs
 * (log-scan.ts). The columns are views of one WebAssembly memory (the text's bytes and every
 * column: about 64 bytes a review), which lives as long as they do; they cannot be transferred.
 */
export function scanLogWasm(text: string, cards: readonly string[]): LogColumns | null {
  if (typeof WebAssembly !== "object" || typeof TextEncoder !== "function" || typeof atob !== "function") return null;
  const n = text.length;
  const m = cards.length;
  let memory: WebAssembly.Memory;
  try {
    memory = new WebAssembly.Memory({ initial: Math.ceil((TEXT + n + 1) / PAGE) });
  } catch {
    return null;
  }
  const table = new Int8Array(memory.buffer, 0, TEXT).fill(-1);
  table.set(DIGIT_VALUES);
  const { read, written } = new TextEncoder().encodeInto(text, new Uint8Array(memory.buffer, TEXT, n));
  if (read !== n || written !== n) return null; // not all ASCII
  const wasm = instantiate(memory);
  if (!wasm) return null;
  const commas = wasm.commas(TEXT, TEXT + n);
  if (commas < 0) return null;
  const count = n === 0 ? 0 : commas + 1;
  // After the text and a zero byte (what ends the last number): each column, 8-byte aligned.
  let end = TEXT + n + 1;
  const take = (bytes: number): number => {
    const at = Math.ceil(end / 8) * 8;
    end = at + bytes;
    return at;
  };
  const [pAt, pMs] = [take(8 * count), take(8 * count)];
  const [pCard, pFrom, pTo, pLaneA, pLaneB, pTies, pFulls] = [take(4 * count), take(4 * count), take(4 * count), take(4 * count), take(4 * count), take(4 * count), take(4 * count)];
  const [pRank, pOrder, pFirst] = [take(4 * m), take(4 * m), take(4 * m)];
  const [pCode, pFull] = [take(count), take(count)];
  try {
    memory.grow(Math.max(0, Math.ceil(end / PAGE) - memory.buffer.byteLength / PAGE));
  } catch {
    return null;
  }
  const { buffer } = memory; // a new one after grow
  new Int32Array(buffer, pRank, m).fill(-1);
  if (wasm.scan(TEXT, n, count, m, pAt, pMs, pCard, pFrom, pTo, pLaneA, pLaneB, pCode, pFull, pRank, pOrder, pFirst, pTies, pFulls) !== 0) return null;
  const [distinct, ties, fulls] = [countOf(wasm.globals.distinct), countOf(wasm.globals.ties), countOf(wasm.globals.fulls)];
  if (distinct < 0 || ties < 0 || fulls < 0) return null;
  const facts = {
    ties: Array.from(new Int32Array(buffer, pTies, ties)),
    fulls: Array.from(new Int32Array(buffer, pFulls, fulls)),
    laneA: new Int32Array(buffer, pLaneA, count),
    laneB: new Int32Array(buffer, pLaneB, count),
    distinct,
    order: new Int32Array(buffer, pOrder, m),
    firstAt: new Int32Array(buffer, pFirst, m),
  };
  const column = { card: new Int32Array(buffer, pCard, count), code: new Uint8Array(buffer, pCode, count), at: new Float64Array(buffer, pAt, count), ms: new Float64Array(buffer, pMs, count) };
  return new LogColumns(text, cards, count, column.card, column.code, column.at, column.ms, new Int32Array(buffer, pFrom, count), new Int32Array(buffer, pTo, count), new Uint8Array(buffer, pFull, count), facts);
}
