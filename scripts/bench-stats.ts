/**
 * /stats at scale: the statistics over 100,000 stored reviews (10,000 cards in 100 topics, answer
 * times on every review), on the real domain code under tsx. Prints JSON.
 *
 *   npx tsx scripts/bench-stats.ts [--reviews 100000]
 *
 * Measured separately, median of 5 runs after two warm-ups:
 * - replayFacts: the one replay of the log through ts-fsrs (card states, and which reviews were of
 *   cards in review phase). The app does the same replay for its due counts on every page that
 *   shows them.
 * - computeStats: everything /stats shows, from the log and that replay. Budget: 300 ms.
 * - todayAndStreak: the home page's line (no replay).
 */
import { type ReviewEntry, decodeProgress, emptyProgress, encodeProgress, normalizeProgress } from "@/lib/progress";
import { computeStats, replayFacts, todayAndStreak } from "@/lib/stats";

import { bankIds, generateLogEndingAt } from "./bench-logs";
import { arg, time } from "./bench-measure";

const BUDGET_MS = 300;

const count = Number(arg("--reviews") ?? 100_000);
const ids = bankIds();
const topics = Array.from({ length: 100 }, (_, t) => ({ key: `bench/topic-${String(t + 1).padStart(3, "0")}`, title: `Topic ${t + 1}`, count: 100 }));
const topicOf = (id: string) => id.split("/").slice(0, 2).join("/");
// A history that ends an hour ago, with an answer time on every review (4–40 s).
const end = Date.now() - 3_600_000;
const raw = generateLogEndingAt(ids, count, 99, end);
const log: ReviewEntry[] = raw.map((e, i) => ({ ...e, ms: 4000 + ((i * 7919) % 36_000) }));
// Through the stored format and back, as the browser gets it.
const decoded = decodeProgress(encodeProgress(normalizeProgress({ ...emptyProgress(), log })));
if (!decoded.ok) throw new Error(decoded.message);
const progress = decoded.progress;
const now = Date.now();

const replay = time(() => replayFacts(progress), 5, 1);
const stats = time(() => computeStats({ progress, facts: replay.result, topics, topicOf, now }), 5, 1);
const home = time(() => todayAndStreak(progress.log, now, progress.settings.value.rolloverHour), 5, 1);

const s = stats.result;
console.log(
  JSON.stringify({
    reviews: progress.log.length,
    cards: ids.length,
    topics: topics.length,
    replayFactsMs: replay.ms,
    computeStatsMs: stats.ms,
    computeStatsBudgetMs: BUDGET_MS,
    withinBudget: stats.ms <= BUDGET_MS,
    homeLineMs: home.ms,
    check: {
      calendarReviews: s.calendar.reduce((n, d) => n + d.reviews, 0),
      forecastDue: s.forecast.days.reduce((n, d) => n + d.due, 0),
      overdue: s.forecast.overdue,
      reviewPhaseReviews: replay.result.inReview.size,
    },
  }),
);
