import { type Card, cardSchema, type Deck, deckSchema, type Topic, topicSchema } from "@/lib/content/models";
import { z } from "@/lib/zod-jitless";

/*
 * The page validates the deck the reader worker sends (it is saved as is), but a 400-card deck
 * checked in one go is a main-thread task of 50–100 ms on a phone. This checks the same schema in
 * slices of cards, calling `pause` between them (the page passes a yield to the event loop), so the
 * page stays responsive; the result is exactly deckSchema's.
 */
const SLICE = 100;
const head = deckSchema.extend({ topics: z.array(z.unknown()) });
const topicHead = topicSchema.extend({ cards: z.array(z.unknown()).min(1) });
const cardsSlice = z.array(cardSchema);

export type SlicedResult = { success: true; data: Deck } | { success: false; error: string };

const problem = (where: string, error: z.ZodError): SlicedResult => ({ success: false, error: `${where}: ${error.issues[0]?.message ?? "not a deck"}` });

export async function parseDeckInSlices(raw: unknown, pause: () => Promise<void>): Promise<SlicedResult> {
  const deck = head.safeParse(raw);
  if (!deck.success) return problem("deck", deck.error);
  const topics: Topic[] = [];
  for (const [i, rawTopic] of deck.data.topics.entries()) {
    const topic = topicHead.safeParse(rawTopic);
    if (!topic.success) return problem(`topic ${i + 1}`, topic.error);
    const cards: Card[] = [];
    for (let from = 0; from < topic.data.cards.length; from += SLICE) {
      const slice = cardsSlice.safeParse(topic.data.cards.slice(from, from + SLICE));
      if (!slice.success) return problem(`topic ${i + 1}`, slice.error);
      cards.push(...slice.data);
      await pause();
    }
    topics.push({ ...topic.data, cards });
  }
  return { success: true, data: { ...deck.data, topics } };
}

/** One turn of the event loop, without setTimeout's 4 ms clamp (what schedulers use to yield). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * A `pause` for parseDeckInSlices that yields to the page only once `budgetMs` of work has run since
 * the last yield: a slice that took 2 ms does not cost a task hop (and a queue behind other tasks).
 * @param budgetMs @default 10, well inside the 50 ms of a long task
 * @param yieldTo @default one turn of the event loop through a MessageChannel (tests count the calls)
 */
export function pauseAfter(clock: () => number, budgetMs = 10, yieldTo: () => Promise<void> = nextTask): () => Promise<void> {
  let since = clock();
  return async () => {
    if (clock() - since < budgetMs) return;
    await yieldTo();
    since = clock();
  };
}
