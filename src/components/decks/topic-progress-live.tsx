"use client";

import { useMemo } from "react";
import { useTopicCounts } from "@/hooks/use-topic-counts";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { sumCounts } from "@/lib/drill/topic-progress";
import { DueLinePlaceholder } from "@/components/decks/progress-placeholders";
import { TopicProgress } from "@/components/decks/topic-progress";

/** One topic's counts from the progress store (loaded after the page, see lazy.tsx). */
export function TopicProgressLive({ topic }: { topic: TopicIndexEntry }) {
  const topics = useMemo(() => [topic], [topic]);
  const counts = useTopicCounts(topics);
  return <TopicProgress counts={counts ? (counts.get(`${topic.deckSlug}/${topic.slug}`) ?? null) : null} />;
}

/** A deck's line on the home page: what is due today and what is new, from the same counts. */
export function DeckDueLive({ topics }: { topics: TopicIndexEntry[] }) {
  const counts = useTopicCounts(topics);
  const total = useMemo(() => (counts ? sumCounts(counts.values()) : null), [counts]);
  if (!total) return <DueLinePlaceholder />;
  const due = total.due + total.learning;
  return (
    <span className="text-sm text-slate-700 dark:text-slate-300" data-testid="deck-due">
      {due > 0 ? <strong className="font-semibold text-amber-800 dark:text-amber-300">{due} due</strong> : "0 due"} · {total.new} new
    </span>
  );
}

