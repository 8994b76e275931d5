import type { Deck, Topic } from "./models";

/** What the browser gets for one topic: only what a flip card shows. */
export interface TopicPayload {
  deck: { slug: string; title: string };
  topic: { slug: string; title: string };
  cards: { id: string; prompt: string; promptHtml: string; answerHtml: string | null }[];
}

/** A topic in a deck index: enough to list, select and count it without its cards. */
export interface TopicIndexEntry {
  deckSlug: string;
  slug: string;
  title: string;
  count: number;
  /** Ids of this topic's cards that do not start with `deck/topic/` (pinned elsewhere). */
  otherIds: string[];
}

export function topicPayload(deck: Deck, topic: Topic): TopicPayload {
  return {
    deck: { slug: deck.slug, title: deck.title },
    topic: { slug: topic.slug, title: topic.title },
    cards: topic.cards.map((c) => ({ id: c.id, prompt: c.prompt, promptHtml: c.promptHtml, answerHtml: c.answerHtml })),
  };
}

export function topicIndex(decks: Deck[]): TopicIndexEntry[] {
  return decks.flatMap((d) =>
    d.topics.map((t) => ({
      deckSlug: d.slug,
      slug: t.slug,
      title: t.title,
      count: t.cards.length,
      otherIds: t.cards.map((c) => c.id).filter((id) => !id.startsWith(`${d.slug}/${t.slug}/`)),
    })),
  );
}

/** URL of a topic's generated JSON (see src/app/data/[deck]/[file]/route.ts). */
export const topicDataUrl = (deckSlug: string, topicSlug: string) => `/data/${deckSlug}/${topicSlug}.json`;

/** The anchor of a card on its topic page: the last segment of its id. */
export const cardAnchor = (cardId: string) => cardId.split("/").pop() ?? cardId;
