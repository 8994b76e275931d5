import type { Rating } from "@/lib/srs";

/** How a deck is drawn from its cards. */
export type DrillMode = "shuffle" | "due" | "weak" | "interview";

/** What a drill URL says: which topics, which mode, which shuffle. */
export interface Selection {
  topics: string[] | "all"; // "deck/topic" keys, or every topic
  mode: DrillMode; // shuffle (default), due, weak or interview
  seed: string | null; // shuffle seed; null until one is picked
  mock?: number; // interview mode only: a mock interview of this many questions (3..15)
}

/** What a key or button asks of a drill (the key table in components/drill/drill-keys.ts maps keys to these). */
export type DrillAction = "flip" | "grade1" | "grade2" | "grade3" | "grade4" | "undo" | "flag" | "note" | "skip" | "help" | "leave";

/** One graded card of a session. */
export interface SessionResult {
  cardId: string; // the card
  rating: Rating; // the grade given
  entryId: string; // the review log entry it created (for undo)
  index: number; // position in the queue where it was graded
  ms: number; // time spent on the card
  requeued: boolean; // an Again that put the card back at the end of the queue
}

/** A drill session in progress. Pure data; see session.ts for the transitions. */
export interface Session {
  queue: string[]; // card ids in the order they are shown
  index: number; // position of the current card; queue.length when finished
  flipped: boolean; // the answer side is showing
  results: SessionResult[]; // graded cards, oldest first
  skipped: number[]; // queue positions skipped
  startedAt: number; // when the session started
  cardStartedAt: number; // when the current card was first shown
}

/** The end-of-deck summary. */
export interface SessionSummary {
  graded: number; // distinct cards graded (a re-queued card counts once; byRating counts every grade)
  byRating: Record<Rating, number>; // cards per grade
  skipped: number; // cards skipped
  missed: string[]; // cards graded Again or Hard, in order
  becameWeak: string[]; // cards weak now that were not weak when the session started
  timeMs: number; // time spent in the session
  nextDue: number | null; // the earliest next review among the session's cards
}
