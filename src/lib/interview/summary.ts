import type { InterviewAttempt } from "./models";

export interface InterviewSummary {
  attempts: InterviewAttempt[]; // in the order asked
  totalMs: number; // time spent answering, all questions together
  overBudget: number; // answers that took longer than their budget
  weakest: string[]; // up to three card ids to drill next, weakest first
}

const share = (a: InterviewAttempt) => (a.pointsTotal > 0 ? a.pointsTicked / a.pointsTotal : 1);

/**
 * The end of an interview. The weakest answers are those with the lowest chosen grade, then the
 * fewest key points covered, then the most time over budget; a question answered twice counts by
 * its last answer.
 */
export function summarizeInterview(attempts: readonly InterviewAttempt[]): InterviewSummary {
  const last = new Map<string, InterviewAttempt>();
  for (const a of attempts) last.set(a.cardId, a);
  const weakest = [...last.values()]
    .filter((a) => a.chosen <= 2 || share(a) < 1 || a.elapsedMs > a.budgetMs)
    .sort((a, b) => a.chosen - b.chosen || share(a) - share(b) || b.elapsedMs - b.budgetMs - (a.elapsedMs - a.budgetMs))
    .slice(0, 3)
    .map((a) => a.cardId);
  return {
    attempts: [...attempts],
    totalMs: attempts.reduce((sum, a) => sum + a.elapsedMs, 0),
    overBudget: attempts.filter((a) => a.elapsedMs > a.budgetMs).length,
    weakest,
  };
}
