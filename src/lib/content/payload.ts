import type { Deck, Topic } from "./models";

/** What the browser gets for one topic: only what a flip card and an interview show. */
export interface TopicPayload {
  deck: { slug: string; title: string };
  topic: { slug: string; title: string };
  cards: PayloadCard[];
}

export interface PayloadCard {
  id: string;
  prompt: string;
  promptHtml: string;
  frontHtml: string | null; // blocks shown with the question (a quiz's code)
  answerHtml: string | null;
  keyPoints: string[]; // the answer's key points, sanitized inline HTML (interview mode's checklist)
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
    cards: topic.cards.map((c) => ({ id: c.id, prompt: c.prompt, promptHtml: c.promptHtml, frontHtml: c.frontHtml, answerHtml: c.answerHtml, keyPoints: c.keyPoints })),
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

const isString = (v: unknown): v is string => typeof v === "string";
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === "string";
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks a fetched topic JSON before the drill uses it (a stale cache or a proxy's error page must
 * not become cards). Hand-written: the shape is small, and the drill's bundle stays free of zod.
 * Returns null when the data is not a topic payload.
 */
export function parseTopicPayload(data: unknown): TopicPayload | null {
  if (!isRecord(data) || !isRecord(data.deck) || !isRecord(data.topic) || !Array.isArray(data.cards)) return null;
  const { deck, topic } = data;
  if (!isString(deck.slug) || !isString(deck.title) || !isString(topic.slug) || !isString(topic.title)) return null;
  const cards: PayloadCard[] = [];
  for (const c of data.cards as unknown[]) {
    if (!isRecord(c) || !isString(c.id) || !isString(c.prompt) || !isString(c.promptHtml) || !isNullableString(c.answerHtml)) return null;
    const frontHtml = c.frontHtml === undefined ? null : c.frontHtml;
    if (!isNullableString(frontHtml)) return null;
    if (!Array.isArray(c.keyPoints) || !c.keyPoints.every(isString)) return null;
    cards.push({ id: c.id, prompt: c.prompt, promptHtml: c.promptHtml, frontHtml, answerHtml: c.answerHtml, keyPoints: c.keyPoints });
  }
  return { deck: { slug: deck.slug, title: deck.title }, topic: { slug: topic.slug, title: topic.title }, cards };
}
