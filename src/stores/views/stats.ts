import { useMemo } from "react";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { topicOfCard } from "@/lib/drill/topic-progress";
import { computeStats, replayFacts } from "@/lib/stats";
import { useProgressStore } from "../progress-store";

/** Every statistic of /stats at `now`, from one replay of the log; null until the store is read. */
export function useStats(topics: readonly TopicIndexEntry[], now: number) {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  const refs = useMemo(() => topics.map((t) => ({ key: `${t.deckSlug}/${t.slug}`, title: t.title, count: t.count })), [topics]);
  const topicOf = useMemo(() => topicOfCard(topics), [topics]);
  // The replay depends on the log and the retention setting only, not on the minute.
  const facts = useMemo(() => (hydrated ? replayFacts(progress) : null), [hydrated, progress]);
  return useMemo(() => (facts ? computeStats({ progress, facts, topics: refs, topicOf, now }) : null), [facts, progress, refs, topicOf, now]);
}
