"use client";

import { useEffect, useMemo } from "react";
import { useTopicCounts } from "@/hooks/use-topic-counts";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { sumCounts } from "@/lib/drill/topic-progress";
import type { TopicCounts } from "@/lib/srs/models";

/** A deck's counts: each topic's ("deck/topic") and their sum. */
export interface DeckCounts {
  byTopic: ReadonlyMap<string, TopicCounts>;
  total: TopicCounts;
}

/** Counts every topic of a deck from the progress store and hands them up (see deck-counts.tsx); renders nothing. */
export function DeckCountsSource({ topics, onCounts }: { topics: TopicIndexEntry[]; onCounts: (counts: DeckCounts | null) => void }) {
  const byTopic = useTopicCounts(topics);
  const counts = useMemo(() => (byTopic ? { byTopic, total: sumCounts(byTopic.values()) } : null), [byTopic]);
  useEffect(() => onCounts(counts), [counts, onCounts]);
  return null;
}
