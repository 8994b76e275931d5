import type { FitReport, FitStage, ReviewColumns, TooFew } from "@/lib/memory";

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
