import type { FitReport, Metrics, TooFew } from "@/lib/memory";
import { FSRS_PARAMETER_COUNT } from "@/lib/srs";
import type { FitMessage } from "./optimizer-protocol";

/*
 * What the optimizer worker answers, checked on the page before anything of it is shown or applied.
 * Hand-written guards, not zod: /settings shows the optimizer's controls on load, and zod would be
 * 90 KB of gzip on that page's first load for one message. Each guard builds a fresh value of the
 * known fields only, so nothing else the worker sent reaches the page.
 */

type Fields = Record<string, unknown>;
const fieldsOf = (v: unknown): Fields | null => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Fields) : null);
const isFinite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
// A metric is NaN when no held-out review could be scored: shown as "–", not refused.
const isMetric = (v: unknown): v is number => typeof v === "number" && (Number.isFinite(v) || Number.isNaN(v));
const STAGES = ["loading", "preparing", "fitting", "evaluating"] as const;
const MAX_ERROR_LENGTH = 2000;

function readMetrics(v: unknown): Metrics | null {
  const f = fieldsOf(v);
  if (!f || !isMetric(f.logLoss) || !isMetric(f.rmseBins) || !isCount(f.reviews)) return null;
  return { logLoss: f.logLoss, rmseBins: f.rmseBins, reviews: f.reviews };
}

function readReport(v: unknown): FitReport | TooFew | null {
  const f = fieldsOf(v);
  if (!f) return null;
  if (f.tooFew === true) return isCount(f.spaced) && isCount(f.needed) ? { tooFew: true, spaced: f.spaced, needed: f.needed } : null;
  const { weights } = f;
  if (!Array.isArray(weights) || weights.length !== FSRS_PARAMETER_COUNT || !weights.every(isFinite)) return null;
  const defaults = readMetrics(f.defaults);
  const fitted = readMetrics(f.fitted);
  const split = fieldsOf(f.split);
  if (!defaults || !fitted || !split || !isFinite(split.testFrom) || !isCount(split.trainDays) || !isCount(split.testDays)) return null;
  if (!isCount(f.reviews) || !isCount(f.spaced) || !isCount(f.trained)) return null;
  return {
    weights: [...weights],
    defaults,
    fitted,
    split: { testFrom: split.testFrom, trainDays: split.trainDays, testDays: split.testDays },
    reviews: f.reviews,
    spaced: f.spaced,
    trained: f.trained,
  };
}

function read(data: unknown): FitMessage | null {
  const f = fieldsOf(data);
  if (!f) return null;
  if (f.type === "stage") {
    const stage = STAGES.find((s) => s === f.stage);
    return stage ? { type: "stage", stage } : null;
  }
  if (f.type === "done") {
    const report = readReport(f.report);
    return report ? { type: "done", report } : null;
  }
  if (f.type === "error") return typeof f.message === "string" && f.message.length <= MAX_ERROR_LENGTH ? { type: "error", message: f.message } : null;
  return null;
}

/** What the worker sent, checked: a message outside the protocol becomes an error, never a setting. */
export function readFitMessage(data: unknown): FitMessage {
  return read(data) ?? { type: "error", message: "the optimizer answered something unexpected" };
}
