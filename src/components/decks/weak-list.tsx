"use client";

import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { useMemo } from "react";
import { useNow } from "@/hooks/use-now";
import { useTopicCards } from "@/hooks/use-topic-cards";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { drillHref } from "@/lib/drill/selection";
import { describeWeakReason } from "@/lib/srs/weakness";
import { useProgressStore } from "@/stores/progress-store";
import { topicsOfCards, useWeakCandidateTopics, useWeakNow } from "@/stores/views/weak";

const NO_KEYS: string[] = [];

export function WeakList({ topics }: { topics: TopicIndexEntry[] }) {
  const setFlag = useProgressStore((s) => s.setFlag);
  // Only the topics that can hold weak cards are loaded (a flag or a review in them).
  const candidates = useWeakCandidateTopics(topics);
  const loaded = useTopicCards(candidates ?? NO_KEYS);
  const now = useNow();
  const ids = useMemo(() => (loaded.status === "ready" ? loaded.cards.map((c) => c.id) : null), [loaded]);
  const weak = useWeakNow(ids, now);

  if (candidates === null || loaded.status === "loading" || weak === null) {
    return <p className="text-slate-700 dark:text-slate-300">Loading your progress…</p>;
  }
  if (loaded.status === "error") return <p role="alert">The cards could not be loaded ({loaded.message}).</p>;
  if (weak.length === 0) {
    return (
      <div className="space-y-3 rounded-xl border border-slate-200 p-6 dark:border-slate-700">
        <p>No weak questions right now. Flag a card with F while drilling, or grade it Again or Hard, and it shows up here.</p>
        <Link {...PREFETCH_ON_INTENT} href={drillHref({ topics: "all", mode: "shuffle", seed: null })} className="inline-block min-h-11 rounded-lg bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
          Drill the full deck
        </Link>
      </div>
    );
  }
  const byId = new Map(loaded.status === "ready" ? loaded.cards.map((c) => [c.id, c]) : []);
  const weakTopics = topicsOfCards(topics, weak.map((w) => w.cardId));
  return (
    <div className="space-y-4">
      <Link {...PREFETCH_ON_INTENT} href={drillHref({ topics: weakTopics, mode: "weak", seed: null })} className="inline-block min-h-11 rounded-lg bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
        Drill the {weak.length} weak question{weak.length === 1 ? "" : "s"}
      </Link>
      <ul aria-label="Weak questions" className="space-y-3">
        {weak.map((w) => {
          const card = byId.get(w.cardId);
          if (!card) return null;
          return (
            <li key={w.cardId} className="flex flex-wrap items-start gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-700">
              <div className="min-w-0 flex-1 space-y-1">
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  <Link {...PREFETCH_ON_INTENT} href={card.topicHref} className="underline-offset-4 hover:underline">
                    {card.topicTitle}
                  </Link>
                </p>
                <p className="font-medium" dangerouslySetInnerHTML={{ __html: card.promptHtml }} />
                <ul className="flex flex-wrap gap-1" aria-label="Why it is weak">
                  {w.reasons.map((r) => (
                    <li key={r} className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-950 dark:bg-amber-900/60 dark:text-amber-100">
                      {describeWeakReason(r)}
                    </li>
                  ))}
                </ul>
              </div>
              {w.reasons.includes("flagged") && (
                <button type="button" onClick={() => setFlag(w.cardId, false)} className="min-h-11 rounded-lg border border-slate-300 px-3 py-2 text-sm font-semibold hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800">
                  Unflag<span className="sr-only"> {card.prompt}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
