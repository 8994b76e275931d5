import { useMemo } from "react";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { topicOfCard } from "@/lib/drill/topic-progress";
import type { WeakCard } from "@/lib/srs";
import type { Progress } from "@/lib/progress";
import { logColumns } from "@/lib/progress/lazy-log";
import { type LogColumns, lastRatingsOf, reviewedCardsOf } from "@/lib/progress/log-columns";
import { weakCandidates, weakCards, weakCardsByLastRating } from "@/lib/srs/weakness";
import { useProgressStore } from "../progress-store";
import type { ProgressSource } from "./source";

/** The weak cards among `ids` at `now`, most reasons first, each with why. */
export function weakNow({ progress, cardStates }: ProgressSource, ids: readonly string[], now: number): WeakCard[] {
  const weights = progress.settings.value.memory?.w;
  const columns = logColumns(progress);
  if (!columns) return weakCards(ids, cardStates(progress), progress.flags, progress.log, now, weights);
  const last = lastRatingsOf(columns);
  return weakCardsByLastRating(ids, cardStates(progress), progress.flags, (cardId) => last.get(cardId), now, weights);
}

/** Cards with a review or a flag (weakCandidates), from a lazily decoded log's columns when it has them. */
function candidates(progress: Pick<Progress, "flags" | "log">, columns: LogColumns | null): Set<string> {
  if (!columns) return weakCandidates(progress.flags, progress.log);
  const ids = reviewedCardsOf(columns);
  for (const [id, f] of Object.entries(progress.flags)) if (f?.value === true) ids.add(id);
  return ids;
}

/** The "deck/topic" keys, in bank order, of the topics holding any of `ids`. */
export function topicsOfCards(topics: readonly TopicIndexEntry[], ids: Iterable<string>): string[] {
  const topicOf = topicOfCard(topics);
  const wanted = new Set<string>();
  for (const id of ids) wanted.add(topicOf(id));
  return topics.map((t) => `${t.deckSlug}/${t.slug}`).filter((k) => wanted.has(k));
}

/** The topics that can hold weak cards (a flag or a review in them); null until the store is read. */
export function useWeakCandidateTopics(topics: readonly TopicIndexEntry[]): string[] | null {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  return useMemo(() => (hydrated ? topicsOfCards(topics, candidates(progress, logColumns(progress))) : null), [hydrated, progress, topics]);
}

/** The weak cards among `ids` at `now`; null while `ids` is (their cards still loading). */
export function useWeakNow(ids: readonly string[] | null, now: number): WeakCard[] | null {
  const progress = useProgressStore((s) => s.progress);
  const cardStates = useProgressStore((s) => s.cardStates);
  return useMemo(() => (ids ? weakNow({ progress, cardStates }, ids, now) : null), [ids, progress, cardStates, now]);
}
