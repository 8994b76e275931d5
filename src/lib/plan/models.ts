/**
 * Plain types of the interview-date plan (issue 26). Times are epoch milliseconds; a "study day"
 * starts at the user's rollover hour, as everywhere else in the app.
 */
import type { CardState, SchedulerOptions } from "@/lib/srs";

/** What a plan is made from. */
export interface PlanInput {
  cardIds: readonly string[]; // the cards the date is for, in bank order (new cards included)
  states: ReadonlyMap<string, CardState>; // every reviewed card's state; a missing id is a new card
  now: number; // the present moment
  interviewAt: number; // the start (rollover moment) of the interview's study day
  target: number; // predicted recall every card should have at `interviewAt`
  rolloverHour: number; // local hour at which a study day starts
  newPerDay: number; // new cards to introduce a day (raised when the days left need more)
  secondsPerReview: number; // the user's measured time per review
  minutesPerDay: number; // study time the user has each day
  scheduler: SchedulerOptions; // desired retention and the applied parameters
  /**
   * Study days before the date that form the final review.
   * @default 3
   */
  finalDays?: number;
}

/** One study day of the plan. */
export interface PlanDay {
  start: number; // when the study day starts (today: the present moment)
  reviews: number; // reviews planned that day (learning steps included)
  minutes: number; // reviews × measured time per review
  final: boolean; // one of the final-review days
}

/** One card's part of the plan. */
export interface PlannedCard {
  cardId: string; // the card
  reviews: number[]; // planned review times, each before the interview, every one graded Good
  recallOnDay: number; // predicted recall at the interview after those reviews
  reachable: boolean; // false: even the planned reviews leave it below the target (too little time)
}

/** The plan until the interview day. */
export interface InterviewPlan {
  interviewAt: number; // start of the interview's study day
  target: number; // recall aimed for on the day
  daysLeft: number; // study days before the interview day (today included)
  days: PlanDay[]; // one per study day, today first; empty when the interview is today or past
  cards: PlannedCard[]; // every selected card, in input order
  today: string[]; // cards with a review planned today (what the Due queue brings back)
  unreachable: string[]; // cards that cannot reach the target in the days left
  peakMinutes: number; // the busiest day's minutes
  capacity: number; // reviews a day that fit in the user's minutes
  fits: boolean; // every day fits in the user's minutes
}
