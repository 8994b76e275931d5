import { FSRS_PARAMETER_COUNT } from "@/lib/srs";
import { z } from "@/lib/zod-jitless";
import type { FitMessage } from "./optimizer-protocol";

/* What the optimizer worker answers, checked on the page before anything of it is shown or applied. */

const count = z.number().int().min(0);
// A metric is NaN when no held-out review could be scored: shown as "–", not refused.
const metric = z.union([z.number(), z.nan()]);
const metricsSchema = z.object({ logLoss: metric, rmseBins: metric, reviews: count });

const reportSchema = z.object({
  weights: z.array(z.number()).length(FSRS_PARAMETER_COUNT), // zod 4's number refuses NaN and Infinity
  defaults: metricsSchema,
  fitted: metricsSchema,
  split: z.object({ testFrom: z.number(), trainDays: count, testDays: count }),
  reviews: count,
  spaced: count,
  trained: count,
});

const tooFewSchema = z.object({ tooFew: z.literal(true), spaced: count, needed: count });

export const fitMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("stage"), stage: z.enum(["loading", "preparing", "fitting", "evaluating"]) }),
  z.object({ type: z.literal("done"), report: z.union([tooFewSchema, reportSchema]) }),
  z.object({ type: z.literal("error"), message: z.string().max(2000) }),
]);

/** What the worker sent, checked: a message outside the protocol becomes an error, never a setting. */
export function readFitMessage(data: unknown): FitMessage {
  const parsed = fitMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : { type: "error", message: "the optimizer answered something unexpected" };
}
