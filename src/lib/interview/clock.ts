import type { ClockPhase } from "./models";

/** The share of the budget at which the clock turns amber. @default 0.8 */
export const NEAR_SHARE = 0.8;

/** Where `elapsedMs` stands against `budgetMs`: within it, near its end (from 80 %), or past it. */
export function clockPhase(elapsedMs: number, budgetMs: number): ClockPhase {
  if (elapsedMs > budgetMs) return "over";
  if (elapsedMs >= budgetMs * NEAR_SHARE) return "near";
  return "within";
}

/**
 * What a screen reader hears about the clock: once when it starts, once at 80 % and once at the
 * budget, never every second. `phase` is the current phase; null for "say nothing new".
 */
export function clockAnnouncement(previous: ClockPhase | null, phase: ClockPhase, budgetMs: number): string | null {
  if (previous === phase) return null;
  const budget = describeDuration(budgetMs);
  if (previous === null && phase === "within") return `Clock started: ${budget} to answer.`;
  if (phase === "near") return `${describeDuration(budgetMs * (1 - NEAR_SHARE))} left.`;
  if (phase === "over") return `Time budget of ${budget} reached. Take the time you need.`;
  return null;
}

/** "2 minutes", "1 minute 30 seconds", "24 seconds". */
export function describeDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  const parts = [m > 0 ? `${m} minute${m === 1 ? "" : "s"}` : "", s > 0 || m === 0 ? `${s} second${s === 1 ? "" : "s"}` : ""];
  return parts.filter(Boolean).join(" ");
}
