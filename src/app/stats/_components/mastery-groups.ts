import type { TopicMastery } from "@/lib/stats";

/*
 * Mastery rows grouped by deck, for /stats: the built-in decks' topics are listed one by one as
 * always; each deck added in this browser is one row (its topics summed), opened on demand. Ten
 * added decks of five topics cost ten rows, not fifty.
 */
export interface MasteryGroup {
  deckSlug: string;
  title: string; // the deck's title (its slug when unknown)
  total: TopicMastery; // the deck's topics summed; recall averaged over reviewed cards, as per topic
  topics: TopicMastery[];
}

const deckOf = (key: string) => key.slice(0, key.indexOf("/"));

function summed(key: string, title: string, topics: readonly TopicMastery[]): TopicMastery {
  const sum = (f: (t: TopicMastery) => number) => topics.reduce((n, t) => n + f(t), 0);
  const reviewed = sum((t) => (t.recall === null ? 0 : t.total - t.new));
  const reviews = sum((t) => t.retention.reviews);
  const passed = sum((t) => t.retention.passed);
  return {
    key,
    title,
    total: sum((t) => t.total),
    new: sum((t) => t.new),
    learning: sum((t) => t.learning),
    review: sum((t) => t.review),
    mastered: sum((t) => t.mastered),
    recall: reviewed > 0 ? sum((t) => (t.recall === null ? 0 : t.recall * (t.total - t.new))) / reviewed : null,
    retention: { reviews, passed, rate: reviews > 0 ? passed / reviews : null },
    answerSeconds: null, // a median of medians is no median: answer times stay per topic
    timedReviews: sum((t) => t.timedReviews),
  };
}

/** Splits `topics` (bank order) into the rows listed one by one and one group per deck of `grouped` (slug -> title). */
export function masteryGroups(topics: readonly TopicMastery[], grouped: ReadonlyMap<string, string>): { listed: TopicMastery[]; groups: MasteryGroup[] } {
  const listed: TopicMastery[] = [];
  const byDeck = new Map<string, TopicMastery[]>();
  for (const t of topics) {
    const deckSlug = deckOf(t.key);
    if (!grouped.has(deckSlug)) listed.push(t);
    else byDeck.set(deckSlug, [...(byDeck.get(deckSlug) ?? []), t]);
  }
  const groups = [...byDeck].map(([deckSlug, members]) => {
    const title = grouped.get(deckSlug) ?? deckSlug;
    return { deckSlug, title, total: summed(deckSlug, title, members), topics: members };
  });
  return { listed, groups };
}
