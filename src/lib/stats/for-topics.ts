import type { TopicIndexEntry } from "@/lib/deck/payload";
import { topicOfCard } from "@/lib/drill/topic-progress";
import type { Progress } from "@/lib/progress";
import type { ReplayFacts, Stats } from "./models";
import { computeStats, replayFacts } from "./summary";

/**
 * Everything /stats shows for a set of topics (the questions index's entries), on the page or in
 * its worker alike. `facts` is the log's one replay when already at hand: it depends on the log and
 * the scheduler settings only, not on `now`.
 */
export function statsForTopics(progress: Progress, topics: readonly TopicIndexEntry[], now: number, facts: ReplayFacts = replayFacts(progress)): Stats {
  const refs = topics.map((t) => ({ key: `${t.deckSlug}/${t.slug}`, title: t.title, count: t.count }));
  return computeStats({ progress, facts, topics: refs, topicOf: topicOfCard(topics), now });
}
