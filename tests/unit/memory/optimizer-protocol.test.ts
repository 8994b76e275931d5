import { readFileSync } from "node:fs";
import { generatorParameters } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { fitAndEvaluate, syntheticHistory, toColumns } from "@/lib/memory";
import { FSRS_BROWSER_VERSION, FSRS_WASM_URL } from "@/lib/memory/assets";
import { readFitMessage } from "@/workers/optimizer-messages";
import { readFitRequest } from "@/workers/optimizer-protocol";

const START = Date.UTC(2025, 0, 6, 9);
const history = syntheticHistory({ weights: undefined, cards: 300, days: 120, start: START, seed: 3 });
const columns = () => toColumns(history);

describe("optimizer worker protocol", () => {
  it("the worker accepts a fit request the page builds", () => {
    const request = { type: "fit", columns: columns(), rolloverHour: 4, now: START };
    expect(readFitRequest(request)).toEqual(request);
  });

  it("the worker refuses columns of different lengths, a rollover that is not an hour, or no columns", () => {
    const c = columns();
    expect(readFitRequest({ type: "fit", columns: { ...c, at: c.at.subarray(1) }, rolloverHour: 4, now: START })).toMatch(/differ in length/);
    expect(readFitRequest({ type: "fit", columns: c, rolloverHour: 24, now: START })).toMatch(/rollover/);
    expect(readFitRequest({ type: "fit", columns: { card: [1], rating: [3], at: [0] }, rolloverHour: 4, now: START })).toMatch(/columns are missing/);
    expect(readFitRequest({ type: "fit", columns: c, rolloverHour: 4, now: Number.NaN })).toMatch(/not a time/);
    expect(readFitRequest(null)).toBe("not a fit request");
  });

  it("the page accepts the worker's report and stages, and a too-few answer", () => {
    const defaults = Float32Array.from(generatorParameters().w);
    const report = fitAndEvaluate(columns(), 4, START, () => defaults);
    expect("tooFew" in report).toBe(false);
    const done = readFitMessage({ type: "done", report });
    expect(done).toEqual({ type: "done", report });
    expect(readFitMessage({ type: "stage", stage: "fitting" })).toEqual({ type: "stage", stage: "fitting" });
    expect(readFitMessage({ type: "done", report: { tooFew: true, spaced: 12, needed: 400 } })).toMatchObject({ type: "done" });
  });

  it("the page turns a report with unusable parameters, or an unknown message, into an error (nothing to apply)", () => {
    const report = fitAndEvaluate(columns(), 4, START, () => Float32Array.from(generatorParameters().w));
    if ("tooFew" in report) throw new Error("expected a fit");
    const bad = [
      { type: "done", report: { ...report, weights: report.weights.slice(1) } },
      { type: "done", report: { ...report, weights: report.weights.map((w, i) => (i === 4 ? Number.NaN : w)) } },
      { type: "stage", stage: "sleeping" },
      { type: "result", report },
      "done",
    ];
    for (const message of bad) expect(readFitMessage(message)).toEqual({ type: "error", message: "the optimizer answered something unexpected" });
  });

  it("the page keeps only the protocol's fields, shows an unscored metric as NaN, and refuses infinities, fractions and long errors", () => {
    const report = fitAndEvaluate(columns(), 4, START, () => Float32Array.from(generatorParameters().w));
    if ("tooFew" in report) throw new Error("expected a fit");
    const extra = readFitMessage({ type: "done", report: { ...report, injected: "<img onerror=x>", split: { ...report.split, more: 1 } }, also: 1 });
    expect(extra).toEqual({ type: "done", report });
    const unscored = { ...report, fitted: { ...report.fitted, logLoss: Number.NaN } };
    expect(readFitMessage({ type: "done", report: unscored })).toEqual({ type: "done", report: unscored });
    const refused = [
      { type: "done", report: { ...report, split: { ...report.split, testFrom: Number.POSITIVE_INFINITY } } },
      { type: "done", report: { ...report, fitted: { ...report.fitted, reviews: 2.5 } } },
      { type: "done", report: { ...report, trained: -1 } },
      { type: "done", report: { tooFew: true, spaced: 12 } },
      { type: "error", message: "x".repeat(2001) },
    ];
    for (const message of refused) expect(readFitMessage(message)).toEqual({ type: "error", message: "the optimizer answered something unexpected" });
    expect(readFitMessage({ type: "error", message: "out of memory" })).toEqual({ type: "error", message: "out of memory" });
  });

  it("serves the wasm of the installed fsrs-browser, named by its version", () => {
    expect(JSON.parse(readFileSync("node_modules/fsrs-browser/package.json", "utf8")).version).toBe(FSRS_BROWSER_VERSION);
    expect(FSRS_WASM_URL).toBe(`/vendor/fsrs-browser-${FSRS_BROWSER_VERSION}.wasm`);
  });
});
