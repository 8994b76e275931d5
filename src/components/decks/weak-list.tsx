"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useNow } from "@/hooks/use-now";
import { useTopicCards } from "@/hooks/use-topic-cards";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { drillHref, topicOfCard } from "@/lib/drill";
import { describeWeakReason, weakCards } from "@/lib/srs";
import { useProgressStore } from "@/stores/progress-store";
import { selectCardStates } from "@/stores/selectors";

/** Topics that can hold weak cards: those with a flag or a review (no other card can be weak). */
function candidateTopics(topics: readonly TopicIndexEntry[], ids: Iterable<string>): string[] {
  const topicOf = topicOfCard(topics);
  const wanted = new Set<string>();
  for (const id of ids) wanted.add(topicOf(id));
  return topics.map((t) => `${t.deckSlug}/${t.slug}`).filter((k) => wanted.has(k));
}

export function WeakList({ topics }: { topics: TopicIndexEntry[] }) {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  const setFlag = useProgressStore((s) => s.setFlag);
  const keys = useMemo(() => {
    if (!hydrated) return [];
    const touched = new Set<string>(progress.log.map((e) => e.cardId));
    for (const [id, f] of Object.entries(progress.flags)) if (f.value) touched.add(id);
    return candidateTopics(topics, touched);
  }, [hydrated, progress, topics]);
  const loaded = useTopicCards(keys);
  const now = useNow();
  const weak = useMemo(() => {
    if (loaded.status !== "ready") return null;
    const ids = loaded.cards.map((c) => c.id);
    return weakCards(ids, selectCardStates(progress), progress.flags, progress.log, now);
  }, [loaded, progress, now]);

  if (!hydrated || loaded.status === "loading" || weak === null) {
    return <p className="text-slate-700 dark:text-slate-300">Loading your progress…</p>;
  }
  if (loaded.status === "error") return <p role="alert">The cards could not be loaded ({loaded.message}).</p>;
  if (weak.length === 0) {
    return (
      <div className="space-y-3 rounded-xl border border-slate-200 p-6 dark:border-slate-700">
        <p>No weak questions right now. Flag a card with F while drilling, or grade it Again or Hard, and it shows up here.</p>
        <Link href={drillHref({ topics: "all", mode: "shuffle", seed: null })} className="inline-block min-h-11 rounded-lg bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
          Drill the full deck
        </Link>
      </div>
    );
  }
  const byId = new Map(loaded.status === "ready" ? loaded.cards.map((c) => [c.id, c]) : []);
  const weakTopics = candidateTopics(topics, weak.map((w) => w.cardId));
  return (
    <div className="space-y-4">
      <Link href={drillHref({ topics: weakTopics, mode: "weak", seed: null })} className="inline-block min-h-11 rounded-lg bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
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
                  <Link href={card.topicHref} className="underline-offset-4 hover:underline">
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
