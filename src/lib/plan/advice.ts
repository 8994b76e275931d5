import type { InterviewPlan } from "./models";

/** What to change when the plan does not fit in the user's minutes. */
export interface FitAdvice {
  minutesNeeded: number; // minutes a day the busiest day needs
  lowerTarget: number | null; // the highest lower target that fits, if one of the tried ones does
  heaviestTopics: { key: string; reviews: number }[]; // topics with the most planned reviews, most first
}

/** Targets tried, highest first, when the plan does not fit. */
export const LOWER_TARGETS = [0.85, 0.8, 0.75, 0.7] as const;

/**
 * Advice for a plan that does not fit (null when it fits). `replan` makes the same plan with
 * another target; `topicOf` names a card's "deck/topic".
 */
export function adviseFit(plan: InterviewPlan, replan: (target: number) => InterviewPlan | null, topicOf: (cardId: string) => string): FitAdvice | null {
  if (plan.fits) return null;
  let lowerTarget: number | null = null;
  for (const t of LOWER_TARGETS) {
    if (t >= plan.target) continue;
    if (replan(t)?.fits) {
      lowerTarget = t;
      break;
    }
  }
  const byTopic = new Map<string, number>();
  for (const c of plan.cards) {
    const key = topicOf(c.cardId);
    byTopic.set(key, (byTopic.get(key) ?? 0) + c.reviews.length);
  }
  const heaviestTopics = [...byTopic.entries()]
    .map(([key, reviews]) => ({ key, reviews }))
    .sort((a, b) => b.reviews - a.reviews || (a.key < b.key ? -1 : 1))
    .slice(0, 3);
  return { minutesNeeded: Math.ceil(plan.peakMinutes), lowerTarget, heaviestTopics };
}
