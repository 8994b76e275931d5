import type { Rating } from "@/lib/srs";

/** Where the answering clock stands against the time budget. */
export type ClockPhase = "within" | "near" | "over"; // under 80 %, from 80 %, past the budget

/** How the candidate answered a question. */
export type AnswerMedium = "recording" | "aloud" | "typed"; // recorded, spoken without a microphone, typed

/** One answered question of an interview, as the review and the summary show it. */
export interface InterviewAttempt {
  cardId: string; // the card
  medium: AnswerMedium; // how it was answered
  elapsedMs: number; // time taken to answer
  budgetMs: number; // the time budget it had
  pointsTotal: number; // key points the answer has
  pointsTicked: number; // key points the candidate said they covered
  suggested: Rating | null; // the grade the checklist suggested (null without key points)
  chosen: Rating; // the grade the candidate confirmed
}

/** Settings of interview mode, kept in this browser only. */
export interface InterviewSettings {
  minutes: number; // time budget per question, 1..5 (default 2)
  keepRecordings: boolean; // keep the last recording of each card in IndexedDB (default false)
}
