"use client";

import { useMemo } from "react";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { useUserDecks } from "@/stores/user-decks-store";
import { WeakList } from "@/components/decks/weak-list";
import { StatsView } from "@/app/stats/_components/stats-view";

const loading = <p className="text-slate-700 dark:text-slate-300">Loading your progress…</p>;

/** The build's topics and then every user deck's; null until the user decks are listed. */
function useWithUserTopics(topics: TopicIndexEntry[]): TopicIndexEntry[] | null {
  const view = useUserDecks();
  return useMemo(() => {
    if (view.status === "loading") return null;
    // Storage that can't be read leaves the built-in decks as they are.
    return view.status === "ready" ? [...topics, ...view.decks.flatMap((d) => d.topics)] : topics;
  }, [view, topics]);
}

/** The weak list over built-in and user decks (user cards' prompts come from IndexedDB). */
export function WeakListWithUserDecks({ topics }: { topics: TopicIndexEntry[] }) {
  const all = useWithUserTopics(topics);
  return all ? <WeakList topics={all} /> : loading;
}

/** Stats whose per-topic sections include user decks' topics. */
export function StatsWithUserDecks({ topics }: { topics: TopicIndexEntry[] }) {
  const all = useWithUserTopics(topics);
  return all ? <StatsView topics={all} /> : loading;
}
