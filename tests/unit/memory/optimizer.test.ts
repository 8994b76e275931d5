import { generatorParameters } from "ts-fsrs";
import { evaluate, byCard, fitAndEvaluate, splitByDays, syntheticHistory, toColumns, trainingCards, type FitReport } from "@/lib/memory";
import { loadFsrsBrowser } from "../../../scripts/fsrs-node";

const DEFAULTS = [...generatorParameters().w];
// A learner who forgets faster than FSRS's average one: lower first-review stabilities, slower growth.
const TRUE = DEFAULTS.map((w, i) => (i <= 3 ? w * 0.4 : i === 8 ? w * 0.8 : i === 20 ? 0.4 : w));
const START = Date.UTC(2025, 0, 6, 9);

describe("optimizer (fsrs-browser, single-threaded)", () => {
  it("recovers a synthetic learner's parameters: held-out log loss within 1% of the true parameters'", async () => {
    const { Fsrs } = await loadFsrsBrowser();
    const history = syntheticHistory({ weights: TRUE, cards: 700, days: 150, start: START, seed: 7 });
    const columns = toColumns(history);
    const fsrs = new Fsrs();
    const report = fitAndEvaluate(columns, 4, START, (offset, log) => fsrs.computeParametersAnki(offset, log.cids, log.eases, log.ids, log.types, null, true));
    expect("tooFew" in report).toBe(false);
    const fit = report as FitReport;
    const truth = evaluate(byCard(columns), TRUE, fit.split.testFrom, 4);
    console.info(`reviews ${fit.reviews}, held out ${fit.fitted.reviews}: log loss true ${truth.logLoss.toFixed(4)}, fitted ${fit.fitted.logLoss.toFixed(4)}, default ${fit.defaults.logLoss.toFixed(4)}; RMSE(bins) true ${truth.rmseBins.toFixed(4)}, fitted ${fit.fitted.rmseBins.toFixed(4)}, default ${fit.defaults.rmseBins.toFixed(4)}`);
    expect(fit.fitted.logLoss).toBeLessThanOrEqual(truth.logLoss * 1.01);
    expect(fit.fitted.logLoss).toBeLessThanOrEqual(fit.defaults.logLoss);
  }, 240_000);

  it("refuses to fit too few spaced reviews, and says how many it needs", async () => {
    const history = syntheticHistory({ weights: undefined, cards: 20, days: 30, start: START, seed: 1 });
    const report = fitAndEvaluate(toColumns(history), 4, START, () => {
      throw new Error("must not be called");
    });
    expect(report).toMatchObject({ tooFew: true, needed: 400 });
  });

  it("trains on whole cards, every k-th, so that at most the cap of reviews before the held-out days remain", () => {
    const cards = byCard(toColumns(syntheticHistory({ weights: undefined, cards: 300, days: 120, start: START, seed: 3 })));
    const before = START + 100 * 86_400_000;
    const count = (list: typeof cards) => list.reduce((n, l) => n + l.filter((r) => r.at < before).length, 0);
    const all = count(cards);
    expect(trainingCards(cards, before, all)).toEqual(cards);
    const subset = trainingCards(cards, before, Math.floor(all / 3));
    expect(count(subset)).toBeLessThanOrEqual(Math.floor(all / 3));
    expect(subset.length).toBeGreaterThan(cards.length / 5);
    // Whole histories: each kept card has every one of its reviews.
    for (const list of subset) expect(cards).toContainEqual(list);
  });

  it("holds out the last fifth of the study days", () => {
    const history = syntheticHistory({ weights: undefined, cards: 50, days: 50, start: START, seed: 2 });
    const split = splitByDays(toColumns(history), 4);
    expect(split).not.toBeNull();
    expect(split?.testDays).toBe(Math.round(((split?.trainDays ?? 0) + (split?.testDays ?? 0)) * 0.2));
  });
});
