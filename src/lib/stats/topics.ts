import { type CardState, prepareScheduler, retrievability, topicCounts } from "@/lib/srs";

import type { RetentionRow, StatsReview, TopicMastery, TopicRef } from "./models";
import { emptyRetention, tally } from "./retention";

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Acc {
  reviewed: string[];
  retention: RetentionRow;
  times: number[];
}

/**
 * Per topic, in the order given: new / learning / review / mastered (the home page's rule), the
 * average probability of recall now, true retention (all time) and the median answer time.
 * `topicOf` names a card's topic; cards and reviews of topics not in `topics` are left out.
 */
export function topicStats(
  topics: readonly TopicRef[],
  topicOf: (cardId: string) => string,
  log: readonly StatsReview[],
  states: ReadonlyMap<string, CardState>,
  inReview: ReadonlySet<StatsReview>,
  now: number,
  rolloverHour: number,
  weights?: readonly number[], // the applied fitted parameters (absent: the defaults)
): TopicMastery[] {
  const acc = new Map<string, Acc>(topics.map((t) => [t.key, { reviewed: [], retention: emptyRetention(), times: [] }]));
  // One lookup per card, not per review: a long log repeats the same few thousand ids.
  const byCard = new Map<string, Acc | undefined>();
  const accOf = (cardId: string) => {
    if (!byCard.has(cardId)) byCard.set(cardId, acc.get(topicOf(cardId)));
    return byCard.get(cardId);
  };
  for (const cardId of states.keys()) accOf(cardId)?.reviewed.push(cardId);
  for (const review of log) {
    const a = accOf(review.cardId);
    if (!a) continue;
    if (review.ms !== undefined) a.times.push(review.ms);
    if (inReview.has(review)) tally(a.retention, review);
  }
  const curve = prepareScheduler({ weights });
  return topics.map((t) => {
    const a = acc.get(t.key) ?? { reviewed: [], retention: emptyRetention(), times: [] };
    // A topic that lost cards keeps their reviews; count at most as many as it has.
    const reviewed = a.reviewed.slice(0, t.count);
    const counts = topicCounts(reviewed, states, now, rolloverHour);
    let recallSum = 0;
    for (const id of reviewed) {
      const state = states.get(id);
      if (state) recallSum += retrievability(state, now, curve);
    }
    const answerMs = median(a.times);
    return {
      key: t.key,
      title: t.title,
      total: t.count,
      new: t.count - reviewed.length,
      learning: counts.learning,
      review: reviewed.length - counts.learning - counts.mastered,
      mastered: counts.mastered,
      recall: reviewed.length > 0 ? recallSum / reviewed.length : null,
      retention: a.retention,
      answerSeconds: answerMs === null ? null : answerMs / 1000,
      timedReviews: a.times.length,
    };
  });
}
