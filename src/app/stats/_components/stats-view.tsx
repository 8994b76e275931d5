"use client";

import { useNow } from "@/hooks/use-now";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { useStats, useStoredReviewCount } from "@/stores/views/stats";
import { ActivitySection } from "./activity-section";
import { ForecastSection } from "./forecast-section";
import { RetentionSection } from "./retention-section";
import { TodaySection } from "./today-section";
import { AnswerTimeSection, MasterySection } from "./topics-section";
import { formatCount } from "@/components/ui/count-format";

/**
 * /stats once the store is read: one replay of the log, then every statistic from it. The decks in
 * `grouped` (slug -> title) show as one mastery line each.
 */
export function StatsView({ topics, grouped }: { topics: TopicIndexEntry[]; grouped?: ReadonlyMap<string, string> }) {
  const stats = useStats(topics, useNow(60_000));
  const reviews = useStoredReviewCount();

  if (!stats) {
    // A long history is counted in a worker: say what takes the time.
    const what = reviews === null ? "Loading your progress…" : `Counting your ${formatCount(reviews)} reviews…`;
    return (
      <p role="status" className="text-slate-700 dark:text-slate-300">
        {what}
      </p>
    );
  }
  return (
    <div className="space-y-6">
      <TodaySection stats={stats} />
      <ActivitySection stats={stats} />
      <ForecastSection stats={stats} />
      <RetentionSection stats={stats} />
      <MasterySection stats={stats} grouped={grouped} />
      <AnswerTimeSection stats={stats} />
    </div>
  );
}
