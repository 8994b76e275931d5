"use client";

import type { TopicIndexEntry } from "@/lib/deck/payload";
import { WeakList } from "@/components/decks/weak-list";
import { useWithUserTopics } from "@/hooks/use-with-user-topics";

const loading = <p className="text-slate-700 dark:text-slate-300">Loading your progress…</p>;

/** The weak list over built-in and user decks (user cards' prompts come from IndexedDB). */
export function WeakListWithUserDecks({ topics }: { topics: TopicIndexEntry[] }) {
  const all = useWithUserTopics(topics);
  return all ? <WeakList topics={all} /> : loading;
}
