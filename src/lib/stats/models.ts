/**
 * Plain, serialisable types of the statistics. Times are epoch milliseconds; a study day is an
 * integer "day number" (days since 1970-01-01 of the local calendar date on which it starts, after
 * the rollover hour) and is shown as its date.
 */
import type { CardState, Rating } from "@/lib/srs";

/** What the statistics read from one review; progress's ReviewEntry satisfies it. */
export interface StatsReview {
  cardId: string; // the card graded
  rating: Rating; // 1 Again .. 4 Easy
  at: number; // when
  ms?: number; // time from the card shown to the grade; absent for reviews logged before format 2
}

/** Reviews and time on one study day. */
export interface DayTotals {
  reviews: number; // reviews given that day
  ms: number; // answer time that day, each review counted up to MAX_COUNTED_ANSWER_MS
}

/** One cell of the calendar heatmap. */
export interface CalendarDay extends DayTotals {
  day: number; // study-day number
}

/** Days in a row with at least one review. */
export interface Streaks {
  current: number; // ending today, or yesterday while today has no review yet
  longest: number; // the longest run ever
}

/** Cards coming due on one study day. */
export interface ForecastDay {
  day: number; // study-day number
  due: number; // cards due that day
}

/** The due forecast. */
export interface Forecast {
  overdue: number; // cards due on an earlier study day and not reviewed since
  days: ForecastDay[]; // today first
}

/** True retention over a set of reviews of cards in review phase. */
export interface RetentionRow {
  reviews: number; // reviews of cards in review phase
  passed: number; // of those, not graded Again
  rate: number | null; // passed / reviews, null without reviews
}

/** True retention of one week (seven study days). */
export interface WeekRetention extends RetentionRow {
  from: number; // first study day
  to: number; // last study day
}

/** A topic as the statistics see it. */
export interface TopicRef {
  key: string; // "deck/topic"
  title: string; // shown in tables
  count: number; // cards the bank has in it
}

/** Where a topic's cards stand. */
export interface TopicMastery {
  key: string; // "deck/topic"
  title: string; // topic title
  total: number; // cards in the topic
  new: number; // never reviewed
  learning: number; // in (re)learning steps
  review: number; // in review phase, not mastered yet (due ones included)
  mastered: number; // as the home page counts them (see @/lib/srs topicCounts)
  recall: number | null; // average probability of recall now over reviewed cards, null if none
  retention: RetentionRow; // true retention of the topic, all time
  answerSeconds: number | null; // median answer time (s) over reviews that have one
  timedReviews: number; // reviews with an answer time
}

/** Everything /stats shows. */
export interface Stats {
  today: number; // today's study-day number
  todayTotals: DayTotals; // today's reviews and time
  dailyGoal: number; // the user's goal (reviews a day)
  streaks: Streaks; // current and longest
  calendar: CalendarDay[]; // the last CALENDAR_DAYS study days, oldest first
  forecast: Forecast; // the next FORECAST_DAYS study days
  desiredRetention: number; // the setting true retention is shown next to
  weeks: WeekRetention[]; // true retention per week, newest first
  topics: TopicMastery[]; // per topic, in bank order
  totalReviews: number; // reviews in the log
}

/** Card states plus which reviews were of cards in review phase (from one replay). */
export interface ReplayFacts {
  states: ReadonlyMap<string, CardState>; // every reviewed card's state now
  inReview: ReadonlySet<StatsReview>; // the reviews given while their card was in review phase
}
