import { dealMockInterview } from "@/lib/interview/mock";
import { dueQueue, type CardState, type WeakCard } from "@/lib/srs";
import type { DrillMode } from "./models";
import { seededOrder } from "./order";

/**
 * The cards of a deck, in the order the mode gives. `cardIds` are in bank order. With `mock`, an
 * interview deals that many questions across topics (see dealMockInterview); without, it asks
 * every card in seeded order.
 */
export function buildQueue(
  mode: DrillMode,
  cardIds: readonly string[],
  opts: {
    seed: string;
    states: ReadonlyMap<string, CardState>;
    weak: readonly WeakCard[];
    now: number;
    newLimit: number;
    rolloverHour: number;
    mock?: number;
    topicOf?: (cardId: string) => string;
  },
): string[] {
  if (mode === "interview" && opts.mock !== undefined) {
    const topicOf = opts.topicOf ?? ((id: string) => id.split("/").slice(0, 2).join("/"));
    return dealMockInterview(cardIds, { count: opts.mock, seed: opts.seed, topicOf, states: opts.states, weak: new Set(opts.weak.map((w) => w.cardId)), now: opts.now });
  }
  if (mode === "due") return dueQueue(cardIds, opts.states, opts.now, { newLimit: opts.newLimit, rolloverHour: opts.rolloverHour });
  if (mode === "weak") {
    const weak = new Set(opts.weak.map((w) => w.cardId));
    return seededOrder(cardIds.filter((id) => weak.has(id)), opts.seed);
  }
  return seededOrder(cardIds, opts.seed);
}
