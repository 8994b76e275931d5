"use client";

import { useMemo } from "react";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { useUserDecks } from "@/stores/user-decks-store";
import { StatsView } from "./stats-view";

/**
 * Stats whose per-topic sections include user decks' topics (read from IndexedDB); each added deck
 * is one mastery line (its topics open on demand), so ten added decks add ten lines, not fifty.
 */
export function StatsWithUserDecks({ topics }: { topics: TopicIndexEntry[] }) {
  const view = useUserDecks();
  const all = useMemo(() => {
    if (view.status === "loading") return null;
    // Storage that can't be read leaves the built-in decks as they are.
    const decks = view.status === "ready" ? view.decks : [];
    return { topics: [...topics, ...decks.flatMap((d) => d.topics)], grouped: new Map(decks.map((d) => [d.slug, d.title])) };
  }, [view, topics]);
  return all ? <StatsView topics={all.topics} grouped={all.grouped} /> : <p className="text-slate-700 dark:text-slate-300">Loading your progress…</p>;
}
