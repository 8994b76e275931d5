export type { InterviewPlan, PlanDay, PlanInput, PlannedCard } from "./models";
export { buildPlan } from "./plan";
export { dayIndex, interviewDayStart, studyDays } from "./days";
export { DEFAULT_SECONDS_PER_REVIEW, cardIdsOfTopics, planFor, plannedToday, secondsPerReview, selectedTopicKeys } from "./from-progress";
export { type FitAdvice, LOWER_TARGETS, adviseFit } from "./advice";
