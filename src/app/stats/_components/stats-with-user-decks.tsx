"use client";

import type { TopicIndexEntry } from "@/lib/deck/payload";
import { useWithUserTopics } from "@/hooks/use-with-user-topics";
import { StatsView } from "./stats-view";

/** Stats whose per-topic sections include user decks' topics (read from IndexedDB). */
export function StatsWithUserDecks({ topics }: { topics: TopicIndexEntry[] }) {
  const all = useWithUserTopics(topics);
  return all ? <StatsView topics={all} /> : <p className="text-slate-700 dark:text-slate-300">Loading your progress…</p>;
}
