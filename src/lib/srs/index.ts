export type {
  CardPhase,
  CardReviewInput,
  CardState,
  FlagLike,
  IntervalPreview,
  QueueOptions,
  Rating,
  ReviewInput,
  SchedulerOptions,
  TopicCounts,
  WeakCard,
  WeakReason,
} from "./models";
export {
  DEFAULT_DESIRED_RETENTION,
  FSRS_PARAMETER_COUNT,
  MAX_DESIRED_RETENTION,
  MIN_DESIRED_RETENTION,
  RATINGS,
  SCHEDULER_ID,
  type ReplayObserver,
  compareReviews,
  isRating,
  nextState,
  type PreparedScheduler,
  prepareScheduler,
  previewIntervals,
  replayAll,
  replayCard,
  replayOnto,
  retrievability,
  type SchedulerLike,
  weightsKey,
} from "./scheduler";
export { formatInterval } from "./format";
export { DEFAULT_ROLLOVER_HOUR, dayStart, isDueToday, nextDayStart } from "./days";
export {
  DEFAULT_NEW_LIMIT,
  MASTERED_STABILITY_DAYS,
  type StateLookup,
  dueQueue,
  newCards,
  nextDueAt,
  topicCounts,
} from "./queues";
export { hashString, mulberry32, seededShuffle } from "./shuffle";
export {
  WEAK_LAPSES,
  WEAK_REASONS,
  WEAK_RETRIEVABILITY,
  describeWeakReason,
  weakCandidates,
  weakCards,
} from "./weakness";
