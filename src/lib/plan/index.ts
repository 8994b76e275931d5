export type { InterviewPlan, PlanDay, PlanInput, PlannedCard } from "./models";
export { buildPlan } from "./plan";
export { dayIndex, interviewDayStart, studyDays } from "./days";
