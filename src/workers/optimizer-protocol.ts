import type { FitReport, FitStage, ReviewColumns, TooFew } from "@/lib/memory";

/*
 * Messages between Settings (src/components/memory/use-optimizer.ts) and the optimizer worker.
 * Both sides check what they receive: the worker with the plain guard below (zod would add 450 kB
 * to a worker that needs one check), the page with the guards in ./optimizer-messages.ts.
 */

/** What the page asks the optimizer worker. */
export interface FitRequest {
  type: "fit";
  columns: ReviewColumns; // the review log in columns
  rolloverHour: number; // the user's study-day boundary
  now: number; // the present moment (the worker reads no clock)
}

/** What the optimizer worker answers. */
export type FitMessage =
  | { type: "stage"; stage: FitStage | "loading" } // progress through the fit
  | { type: "done"; report: FitReport | TooFew } // the result
  | { type: "error"; message: string }; // the fit failed (the worker is done for)

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** The request the worker was sent, or a reason it is not one. */
export function readFitRequest(data: unknown): FitRequest | string {
  if (field(data, "type") !== "fit") return "not a fit request";
  const columns = field(data, "columns");
  const card = field(columns, "card");
  const rating = field(columns, "rating");
  const at = field(columns, "at");
  if (!(card instanceof Int32Array && rating instanceof Uint8Array && at instanceof Float64Array)) return "the review columns are missing";
  if (card.length !== rating.length || card.length !== at.length) return "the review columns differ in length";
  const rolloverHour = field(data, "rolloverHour");
  const now = field(data, "now");
  if (typeof rolloverHour !== "number" || !Number.isInteger(rolloverHour) || rolloverHour < 0 || rolloverHour > 23) return "the rollover hour is not an hour";
  if (typeof now !== "number" || !Number.isFinite(now)) return "the present moment is not a time";
  return { type: "fit", columns: { card, rating, at }, rolloverHour, now };
}
