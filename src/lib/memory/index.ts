export type { DaySplit, Metrics, ReviewColumns, Revlog, TimedReview } from "./models";
export { MIN_SPACED_REVIEWS, byCard, daysBetween, minuteOffset, revlog, spacedReviews, splitByDays, toColumns } from "./history";
export { evaluate } from "./evaluate";
export { type SyntheticOptions, type SyntheticReview, syntheticHistory } from "./synthetic";
export { type ComputeParameters, type FitReport, type FitStage, type TooFew, MAX_TRAINING_REVIEWS, fitAndEvaluate, trainingCards } from "./fit";
export { type RetentionCost, SIMULATED_RETENTIONS, simulateRetentions } from "./simulate";
