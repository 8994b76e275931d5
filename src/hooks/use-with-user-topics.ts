"use client";

import { useMemo } from "react";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { useUserDecks } from "@/stores/user-decks-store";

/** The build's topics and then every user deck's; null until the user decks are listed. */
export function useWithUserTopics(topics: TopicIndexEntry[]): TopicIndexEntry[] | null {
  const view = useUserDecks();
  return useMemo(() => {
    if (view.status === "loading") return null;
    // Storage that can't be read leaves the built-in decks as they are.
    return view.status === "ready" ? [...topics, ...view.decks.flatMap((d) => d.topics)] : topics;
  }, [view, topics]);
}
