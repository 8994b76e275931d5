import type { TopicIndexEntry } from "@/lib/deck/payload";
import type { TopicCounts } from "@/lib/srs";
import { useTopicCountsNow } from "@/stores/views/schedule";
import { useNow } from "./use-now";

/** Per-topic counts once stored progress is read; null before (render a placeholder). */
export function useTopicCounts(topics: readonly TopicIndexEntry[]): Map<string, TopicCounts> | null {
  return useTopicCountsNow(topics, useNow(60_000));
}
