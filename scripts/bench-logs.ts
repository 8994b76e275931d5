/**
 * Seeded review histories for the benchmarks (bench-history.ts, bench-stats.ts): shaped like a
 * real user's, one review every 1–7 minutes, ratings 12% Again, 15% Hard, 60% Good, 13% Easy.
 */
import { type Rating, type ReviewEntry, type ReviewMode, newEntryId } from "@/lib/progress";
import { mulberry32 } from "@/lib/srs";

export const START = Date.UTC(2026, 0, 1, 8, 0, 0);
const MODES: ReviewMode[] = ["due", "due", "due", "shuffle", "weak"];

function rating(r: number): Rating {
  return r < 0.12 ? 1 : r < 0.27 ? 2 : r < 0.87 ? 3 : 4;
}

/** `count` reviews over `ids`, starting at `start`, one every 1–7 minutes. */
export function generateLog(ids: readonly string[], count: number, seed: number, start = START): ReviewEntry[] {
  const rand = mulberry32(seed);
  const log: ReviewEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    at += 60_000 + Math.floor(rand() * 360_000);
    const cardId = ids[Math.floor(rand() * ids.length)] as string;
    log.push({ id: newEntryId(at, rand), cardId, rating: rating(rand()), at, mode: MODES[Math.floor(rand() * MODES.length)] as ReviewMode });
  }
  return log;
}

/**
 * The same history as `generateLog(ids, count, seed)`, moved in time so its last review is at
 * `end` exactly. A history that starts `count` average steps before `end` can end hours after it
 * (the steps' spread over 100,000 reviews is about ±9 h): reviews "in the future" make every grade
 * an insertion before the newest review, which the append-only save does not take, so a bench of
 * a user's grades would measure the full merge instead.
 */
export function generateLogEndingAt(ids: readonly string[], count: number, seed: number, end: number): ReviewEntry[] {
  const last = generateLog(ids, count, seed, 0).at(-1)?.at ?? 0;
  return generateLog(ids, count, seed, end - last);
}

/** The generated bank's ids: 100 topics × 100 cards, shaped like real ids. */
export function bankIds(topics = 100, perTopic = 100): string[] {
  const ids: string[] = [];
  for (let t = 1; t <= topics; t++) {
    for (let c = 1; c <= perTopic; c++) {
      ids.push(`bench/topic-${String(t).padStart(3, "0")}/how-does-feature-${String(c).padStart(3, "0")}-of-topic-${t}-work-in-practice`);
    }
  }
  return ids;
}

