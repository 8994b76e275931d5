import type { CardState } from "@/lib/srs";
import { hashString, mulberry32 } from "@/lib/srs/shuffle";

export { MOCK_DEFAULT, MOCK_MAX, MOCK_MIN } from "./limits";

/** Extra weight of a card that is due now. @default 2 */
export const DUE_WEIGHT = 2;
/** Extra weight of a weak card (flagged, missed lately, forgotten twice or fading). @default 3 */
export const WEAK_WEIGHT = 3;

export interface MockOptions {
  count: number; // questions wanted (fewer when the selection has fewer cards)
  seed: string; // the same seed deals the same interview
  topicOf: (cardId: string) => string; // the topic a card belongs to
  states: ReadonlyMap<string, CardState>; // scheduled cards (a card without a state is new)
  weak: ReadonlySet<string>; // weak card ids
  now: number;
}

/** How likely a card is to be asked: 1, plus DUE_WEIGHT when due, plus WEAK_WEIGHT when weak. */
export function cardWeight(cardId: string, opts: Pick<MockOptions, "states" | "weak" | "now">): number {
  const state = opts.states.get(cardId);
  return 1 + (state !== undefined && state.due <= opts.now ? DUE_WEIGHT : 0) + (opts.weak.has(cardId) ? WEAK_WEIGHT : 0);
}

/**
 * Deals a mock interview from `cardIds` (bank order): spread across topics, weighted toward due and
 * weak cards, fixed by the seed.
 *
 * Each topic's cards are put in a weighted random order, and the topics too (by their total
 * weight), with Efraimidis–Spirakis keys (random ^ (1 / weight), highest first). Then the deal goes
 * round the topics, one card each per round, until it has `count`: no topic gets two questions more
 * than another while it still has cards, and heavier cards and topics come first.
 */
export function dealMockInterview(cardIds: readonly string[], opts: MockOptions): string[] {
  const random = mulberry32(hashString(`mock:${opts.seed}`));
  const byTopic = new Map<string, string[]>();
  for (const id of cardIds) {
    const key = opts.topicOf(id);
    const list = byTopic.get(key);
    if (list) list.push(id);
    else byTopic.set(key, [id]);
  }
  const weightOf = (id: string) => cardWeight(id, opts);
  const topics = weightedOrder(
    [...byTopic.values()].map((ids) => ({ ids: weightedOrder(ids.map((id) => ({ id, weight: weightOf(id) })), random).map((c) => c.id), weight: ids.reduce((sum, id) => sum + weightOf(id), 0) })),
    random,
  );
  const dealt: string[] = [];
  const want = Math.min(opts.count, cardIds.length);
  for (let round = 0; dealt.length < want; round++) {
    for (const topic of topics) {
      const id = topic.ids[round];
      if (id !== undefined && dealt.length < want) dealt.push(id);
    }
  }
  return dealt;
}

function weightedOrder<T extends { weight: number }>(items: readonly T[], random: () => number): T[] {
  return items
    .map((item) => ({ item, key: Math.pow(random(), 1 / item.weight) }))
    .sort((a, b) => b.key - a.key)
    .map((k) => k.item);
}
