export type { AnswerMedium, ClockPhase, InterviewAttempt, InterviewSettings } from "./models";
export { AGAIN_BELOW, HARD_BELOW, suggestGrade } from "./grade";
export { NEAR_SHARE, clockAnnouncement, clockPhase, describeDuration } from "./clock";
export { DUE_WEIGHT, MOCK_DEFAULT, MOCK_MAX, MOCK_MIN, WEAK_WEIGHT, cardWeight, dealMockInterview, type MockOptions } from "./mock";
export { DEFAULT_INTERVIEW_SETTINGS, INTERVIEW_SETTINGS_KEY, MAX_MINUTES, MIN_MINUTES, parseInterviewSettings, serializeInterviewSettings } from "./settings";
export { summarizeInterview, type InterviewSummary } from "./summary";
