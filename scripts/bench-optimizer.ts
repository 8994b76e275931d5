/**
 * The optimizer at scale (issue 26): fsrs-browser (fsrs-rs in WebAssembly), single-threaded as the
 * app's worker runs it, fitting a synthetic history of about 100,000 reviews generated from known
 * parameters, then scoring defaults, fitted and true parameters on the held-out days. Prints JSON.
 *
 *   npx tsx scripts/bench-optimizer.ts [--cards 6600] [--days 365]
 *
 * Wall time and this process's CPU time are both reported: on a shared machine the wall time
 * includes waiting for a core; the CPU time is what the fit costs. Budget: 60 s.
 */
import { performance } from "node:perf_hooks";
import { generatorParameters } from "ts-fsrs";
import { byCard, evaluate, type FitReport, fitAndEvaluate, syntheticHistory, toColumns } from "@/lib/memory";

import { loadFsrsBrowser } from "./fsrs-node";

const BUDGET_MS = 60_000;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(v) ? v : fallback;
}

const TRUE = [...generatorParameters().w].map((w, i) => (i <= 3 ? w * 0.4 : i === 8 ? w * 0.8 : i === 20 ? 0.4 : w));
const start = Date.UTC(2025, 0, 6, 9);
const history = syntheticHistory({ weights: TRUE, cards: arg("--cards", 6600), days: arg("--days", 365), start, seed: 11 });
const columns = toColumns(history);
const { Fsrs } = await loadFsrsBrowser();
const fsrs = new Fsrs();

let fitWallMs = 0;
let fitCpuMs = 0;
const wall0 = performance.now();
const cpu0 = process.cpuUsage();
const report = fitAndEvaluate(columns, 4, start, (offset, log) => {
  const w = performance.now();
  const c = process.cpuUsage();
  const out = fsrs.computeParametersAnki(offset, log.cids, log.eases, log.ids, log.types, null, true);
  fitWallMs = performance.now() - w;
  const used = process.cpuUsage(c);
  fitCpuMs = (used.user + used.system) / 1000;
  return out;
});
const totalWallMs = performance.now() - wall0;
const used = process.cpuUsage(cpu0);
if ("tooFew" in report) throw new Error("the synthetic history was too small to fit");
const fit: FitReport = report;
const truth = evaluate(byCard(columns), TRUE, fit.split.testFrom, 4);
console.log(
  JSON.stringify({
    reviews: fit.reviews,
    trainedReviews: fit.trained,
    heldOutReviews: fit.fitted.reviews,
    fitWallMs: Math.round(fitWallMs),
    fitCpuMs: Math.round(fitCpuMs),
    totalWallMs: Math.round(totalWallMs),
    totalCpuMs: Math.round((used.user + used.system) / 1000),
    budgetMs: BUDGET_MS,
    withinBudget: totalWallMs < BUDGET_MS,
    logLoss: { default: fit.defaults.logLoss, fitted: fit.fitted.logLoss, true: truth.logLoss },
    rmseBins: { default: fit.defaults.rmseBins, fitted: fit.fitted.rmseBins, true: truth.rmseBins },
  }),
);
