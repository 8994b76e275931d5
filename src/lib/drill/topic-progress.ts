import { type CardState, topicCounts, type TopicCounts } from "@/lib/srs";
import type { TopicIndexEntry } from "@/lib/deck/payload";

/** The topic ("deck/topic") a card id names by its prefix: `deck/topic/question`. */
export function topicKeyOf(cardId: string): string {
  // Up to the second "/" (the whole id without one): no arrays, since a load runs it per reviewed card.
  const second = cardId.indexOf("/", cardId.indexOf("/") + 1);
  return second < 0 ? cardId : cardId.slice(0, second);
}

/**
 * Which topic ("deck/topic") a card id belongs to, without the topics' card lists: its id prefix,
 * or the topic whose pinned `otherIds` holds it.
 */
export function topicOfCard(topics: readonly TopicIndexEntry[]): (cardId: string) => string {
  const owner = new Map<string, string>();
  for (const t of topics) for (const id of t.otherIds) owner.set(id, `${t.deckSlug}/${t.slug}`);
  return (cardId) => owner.get(cardId) ?? topicKeyOf(cardId);
}

/** Ids by the topic their prefix names (topicKeyOf), each list in the order given. */
export function idsByTopicKey(ids: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of ids) {
    const key = topicKeyOf(id);
    const list = out.get(key);
    if (list) list.push(id);
    else out.set(key, [id]);
  }
  return out;
}

/**
 * Counts per topic from the reviewed cards alone, so a page listing topics needs no card ids:
 * a card belongs to `deck/topic` by its id prefix, or by the topic's list of pinned `otherIds`.
 * Reviews of ids the bank no longer has are not counted. `byKey` is idsByTopicKey of the states'
 * ids when at hand (the store keeps one per states): a page of 100 topic lines, each counting its
 * own topic, then looks its ids up instead of sorting 10,000 reviewed ids a hundred times.
 */
export function countsByTopic(
  topics: readonly TopicIndexEntry[],
  states: ReadonlyMap<string, CardState>,
  now: number,
  rolloverHour: number,
  knownIds?: ReadonlySet<string>,
  byKey?: ReadonlyMap<string, readonly string[]>,
): Map<string, TopicCounts> {
  // Without pinned ids, a card's topic is its prefix's: the grouping at hand is this one.
  const reviewedByTopic = byKey && !knownIds && topics.every((t) => t.otherIds.length === 0) ? byKey : groupReviewed(topics, states, knownIds);
  const out = new Map<string, TopicCounts>();
  for (const t of topics) {
    const key = `${t.deckSlug}/${t.slug}`;
    const reviewed = (reviewedByTopic.get(key) ?? []).slice(0, t.count);
    const counts = topicCounts(reviewed, states, now, rolloverHour);
    out.set(key, { ...counts, total: t.count, new: t.count - reviewed.length });
  }
  return out;
}

function groupReviewed(topics: readonly TopicIndexEntry[], states: ReadonlyMap<string, CardState>, knownIds?: ReadonlySet<string>): Map<string, string[]> {
  const reviewedByTopic = new Map<string, string[]>();
  const topicOf = topicOfCard(topics);
  for (const id of states.keys()) {
    if (knownIds && !knownIds.has(id)) continue;
    const key = topicOf(id);
    const list = reviewedByTopic.get(key);
    if (list) list.push(id);
    else reviewedByTopic.set(key, [id]);
  }
  return reviewedByTopic;
}

/** The parts of a count line, in the order it reads; they sum to `total`. */
export const COUNT_PARTS = ["new", "learning", "due", "review", "mastered"] as const;

/** The deck total: every part summed over its topics, so it adds up exactly as each topic does. */
export function sumCounts(counts: Iterable<TopicCounts>): TopicCounts {
  const sum: TopicCounts = { total: 0, new: 0, learning: 0, due: 0, review: 0, mastered: 0 };
  for (const c of counts) {
    sum.total += c.total;
    for (const part of COUNT_PARTS) sum[part] += c[part];
  }
  return sum;
}
