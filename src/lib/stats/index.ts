export type {
  CalendarDay,
  DayTotals,
  Forecast,
  ForecastDay,
  ReplayFacts,
  RetentionRow,
  Stats,
  StatsReview,
  Streaks,
  TopicMastery,
  TopicRef,
  WeekRetention,
} from "./models";
export { CALENDAR_DAYS, MAX_COUNTED_ANSWER_MS, calendar, dailyTotals, streaks, todayAndStreak } from "./activity";
export { FORECAST_DAYS, dueForecast } from "./forecast";
export { RETENTION_WEEKS, weeklyRetention } from "./retention";
export { median, topicStats } from "./topics";
export { dayKey, forEachStudyDay, studyDay, studyDayStart } from "./study-days";
export { computeStats, replayFacts } from "./summary";
export { statsForTopics } from "./for-topics";
