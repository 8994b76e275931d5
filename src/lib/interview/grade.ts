import type { Rating } from "@/lib/srs";

/**
 * The grade the key-point checklist suggests, from the share of points ticked:
 * - under 40 %: Again (1);
 * - under 70 %: Hard (2);
 * - otherwise Good (3);
 * - every point, within the time budget: Easy (4).
 * An answer without key points has no suggestion (null): the candidate picks.
 */
export function suggestGrade({ ticked, total, elapsedMs, budgetMs }: { ticked: number; total: number; elapsedMs: number; budgetMs: number }): Rating | null {
  if (total <= 0) return null;
  const share = Math.min(ticked, total) / total;
  if (share < AGAIN_BELOW) return 1;
  if (share < HARD_BELOW) return 2;
  if (share >= 1 && elapsedMs <= budgetMs) return 4;
  return 3;
}

/** Below this share of points: Again. @default 0.4 */
export const AGAIN_BELOW = 0.4;
/** Below this share of points: Hard. @default 0.7 */
export const HARD_BELOW = 0.7;
