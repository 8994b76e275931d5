import { dealMockInterview } from "@/lib/interview/mock";
import { dueQueue, type CardState, type WeakCard } from "@/lib/srs";
import type { DrillMode } from "./models";
import { seededOrder } from "./order";

/** The due queue, then the deck's cards the plan brings back today that it does not hold yet. */
function withPlanned(queue: string[], cardIds: readonly string[], planned: readonly string[] | undefined): string[] {
  if (!planned || planned.length === 0) return queue;
  const inDeck = new Set(cardIds);
  const seen = new Set(queue);
  return [...queue, ...planned.filter((id) => inDeck.has(id) && !seen.has(id))];
}

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
    weights?: readonly number[]; // the applied fitted parameters, if any
    mock?: number;
    topicOf?: (cardId: string) => string;
    /** Cards the interview-date plan brings back today (issue 26); Due mode adds those it would not show. */
    planned?: readonly string[];
  },
): string[] {
  if (mode === "interview" && opts.mock !== undefined) {
    const topicOf = opts.topicOf ?? ((id: string) => id.split("/").slice(0, 2).join("/"));
    return dealMockInterview(cardIds, { count: opts.mock, seed: opts.seed, topicOf, states: opts.states, weak: new Set(opts.weak.map((w) => w.cardId)), now: opts.now });
  }
  if (mode === "due") return withPlanned(dueQueue(cardIds, opts.states, opts.now, { newLimit: opts.newLimit, rolloverHour: opts.rolloverHour, weights: opts.weights }), cardIds, opts.planned);
  if (mode === "weak") {
    const weak = new Set(opts.weak.map((w) => w.cardId));
    return seededOrder(cardIds.filter((id) => weak.has(id)), opts.seed);
  }
  return seededOrder(cardIds, opts.seed);
}
