"use client";

import dynamic from "next/dynamic";
import { createContext, type ReactNode, useContext, useState } from "react";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import type { DeckCounts } from "@/components/decks/deck-counts-source";
import { TopicProgress } from "@/components/decks/topic-progress";
import { AfterLoad } from "@/components/shell/after-load";

/*
 * A deck's count lines (its total and one per topic) from one island: the progress store loads once,
 * after the page, and counts every topic in one pass; each line reads its topic from the context.
 * Eighteen islands of their own (an idle callback, a lazy component and a store subscription each)
 * cost the home page about 300 ms of a slowed phone's main thread (Lighthouse, 4× CPU).
 */

// Nothing here imports the domain (its counting pulls in ts-fsrs): this file is in the page's first load.
const CountsContext = createContext<DeckCounts | null>(null);

// The store, ts-fsrs and the counting: loaded once the page has loaded and is idle (see shell/lazy.tsx).
const DeckCountsSource = dynamic(() => import("@/components/decks/deck-counts-source").then((m) => m.DeckCountsSource), { ssr: false });

export function DeckCountsProvider({ topics, children }: { topics: TopicIndexEntry[]; children: ReactNode }) {
  const [counts, setCounts] = useState<DeckCounts | null>(null);
  return (
    <CountsContext value={counts}>
      <AfterLoad>
        <DeckCountsSource topics={topics} onCounts={setCounts} />
      </AfterLoad>
      {children}
    </CountsContext>
  );
}

/** One topic's counts ("deck/topic"), or a same-sized placeholder until they are read. */
export function DeckTopicLine({ topicKey }: { topicKey: string }) {
  const counts = useContext(CountsContext);
  return <TopicProgress counts={counts?.byTopic.get(topicKey) ?? null} />;
}

/** The deck's total: the topics' counts summed, so it adds up exactly as each topic line does. */
export function DeckTotalLine() {
  const total = useContext(CountsContext)?.total ?? null;
  return <TopicProgress counts={total} label={`All ${total?.total ?? ""} questions`} testId="deck-progress" />;
}
