import type { CardPhase } from "@/lib/srs";
import { type Progress, type ReviewEntry, cardStates } from "@/lib/progress";

import { CALENDAR_DAYS, calendar, dailyTotals, streaks } from "./activity";
import { FORECAST_DAYS, dueForecast } from "./forecast";
import type { ReplayFacts, Stats, TopicRef } from "./models";
import { weeklyRetention } from "./retention";
import { studyDay } from "./study-days";
import { topicStats } from "./topics";

const REVIEW_PHASE: CardPhase = "review";

/**
 * One replay of the log (the scheduling work, done once): every card's state now, and which reviews
 * were given while their card was in review phase, which is what true retention counts.
 */
export function replayFacts(progress: Progress): ReplayFacts {
  const inReview = new Set<ReviewEntry>();
  const states = cardStates(progress, true, (entry, before) => {
    if (before === REVIEW_PHASE) inReview.add(entry);
  });
  return { states, inReview };
}

/** Everything /stats shows, from the log, one replay's facts, the topics and the settings. */
export function computeStats(input: {
  progress: Progress;
  facts: ReplayFacts;
  topics: readonly TopicRef[];
  topicOf: (cardId: string) => string;
  now: number;
}): Stats {
  const { progress, facts, topics, topicOf, now } = input;
  const { rolloverHour, dailyGoal, desiredRetention } = progress.settings.value;
  const days = dailyTotals(progress.log, rolloverHour);
  const today = studyDay(now, rolloverHour);
  return {
    today,
    todayTotals: days.get(today) ?? { reviews: 0, ms: 0 },
    dailyGoal,
    streaks: streaks(days, today),
    calendar: calendar(days, today, CALENDAR_DAYS),
    forecast: dueForecast(facts.states.values(), now, rolloverHour, FORECAST_DAYS),
    desiredRetention,
    weeks: weeklyRetention(progress.log, facts.inReview, today, rolloverHour),
    topics: topicStats(topics, topicOf, progress.log, facts.states, facts.inReview, now, rolloverHour, progress.settings.value.memory?.w),
    totalReviews: progress.log.length,
  };
}
