"use client";

import { useMemo } from "react";
import { useNow } from "@/hooks/use-now";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { topicOfCard } from "@/lib/drill";
import { computeStats, replayFacts } from "@/lib/stats";
import { useProgressStore } from "@/stores/progress-store";
import { ActivitySection } from "./activity-section";
import { ForecastSection } from "./forecast-section";
import { RetentionSection } from "./retention-section";
import { TodaySection } from "./today-section";
import { AnswerTimeSection, MasterySection } from "./topics-section";

/** /stats once the store is read: one replay of the log, then every statistic from it. */
export function StatsView({ topics }: { topics: TopicIndexEntry[] }) {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  const now = useNow(60_000);
  const refs = useMemo(() => topics.map((t) => ({ key: `${t.deckSlug}/${t.slug}`, title: t.title, count: t.count })), [topics]);
  const topicOf = useMemo(() => topicOfCard(topics), [topics]);
  // The replay depends on the log and the retention setting only, not on the minute.
  const facts = useMemo(() => (hydrated ? replayFacts(progress) : null), [hydrated, progress]);
  const stats = useMemo(() => (facts ? computeStats({ progress, facts, topics: refs, topicOf, now }) : null), [facts, progress, refs, topicOf, now]);

  if (!stats) return <p className="text-slate-700 dark:text-slate-300">Loading your progress…</p>;
  return (
    <div className="space-y-6">
      <TodaySection stats={stats} />
      <ActivitySection stats={stats} />
      <ForecastSection stats={stats} />
      <RetentionSection stats={stats} />
      <MasterySection stats={stats} />
      <AnswerTimeSection stats={stats} />
    </div>
  );
}
