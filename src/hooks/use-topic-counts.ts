import { useMemo } from "react";
import { useNow } from "./use-now";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { countsByTopic } from "@/lib/drill";
import type { TopicCounts } from "@/lib/srs";
import { useProgressStore } from "@/stores/progress-store";
import { selectCardStates } from "@/stores/selectors";

/** Per-topic counts once stored progress is read; null before (render a placeholder). */
export function useTopicCounts(topics: readonly TopicIndexEntry[]): Map<string, TopicCounts> | null {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  const now = useNow(60_000);
  return useMemo(() => {
    if (!hydrated) return null;
    const { rolloverHour } = progress.settings.value;
    return countsByTopic(topics, selectCardStates(progress), now, rolloverHour);
  }, [hydrated, progress, topics, now]);
}
