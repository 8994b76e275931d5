import type { Card, Deck, Topic } from "@/lib/content/models";

/*
 * What the browser gets for drills, split so a deck of any size starts small: one questions index
 * per topic (what orders a deck and shows a card's front) and one answer file per card (its back),
 * fetched when that card comes up. Both are written at build time (src/app/data/).
 */

/** One topic's questions index. */
export interface TopicPayload {
  deck: { slug: string; title: string };
  topic: { slug: string; title: string };
  cards: QuestionEntry[];
}

/** A card's front: enough to order a deck, show the question and name the card in a summary. */
export interface QuestionEntry {
  id: string;
  prompt: string;
  promptHtml: string;
  frontHtml: string | null; // blocks shown with the question (a quiz's code)
}

/** A card's back, in its own file. */
export interface AnswerPayload {
  id: string; // checked against the card asked for: a stale cache must not show another card's answer
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

/**
 * The questions index as written to JSON. Fields that would repeat another are left out (most
 * prompts are plain text, so their HTML is the same string; most cards have no front extra):
 * on a 10,000-card bank that is a third of the file.
 */
export function topicPayload(deck: Deck, topic: Topic): unknown {
  return {
    deck: { slug: deck.slug, title: deck.title },
    topic: { slug: topic.slug, title: topic.title },
    cards: topic.cards.map((c) => ({
      id: c.id,
      prompt: c.prompt,
      ...(c.promptHtml === c.prompt ? {} : { promptHtml: c.promptHtml }),
      ...(c.frontHtml ? { frontHtml: c.frontHtml } : {}),
    })),
  };
}

export function answerPayload(card: Card): AnswerPayload {
  return { id: card.id, answerHtml: card.answerHtml, keyPoints: card.keyPoints };
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

/** URL of a topic's questions index (see src/app/data/[deck]/[file]/route.ts). */
export const topicDataUrl = (deckSlug: string, topicSlug: string) => `/data/${deckSlug}/${topicSlug}.json`;

/** URL of the answer of a topic's card at `position` (0-based, the index's order; see src/app/data/[deck]/[file]/[card]/route.ts). */
export const answerDataUrl = (deckSlug: string, topicSlug: string, position: number) => `/data/${deckSlug}/${topicSlug}/${position}.json`;

/** The anchor of a card on its topic page: the last segment of its id. */
export const cardAnchor = (cardId: string) => cardId.split("/").pop() ?? cardId;

const isString = (v: unknown): v is string => typeof v === "string";
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === "string";
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks a fetched questions index before the drill uses it (a stale cache or a proxy's error page
 * must not become cards). Hand-written: the shape is small, and the drill's bundle stays free of
 * zod. Returns null when the data is not a questions index.
 */
export function parseTopicPayload(data: unknown): TopicPayload | null {
  if (!isRecord(data) || !isRecord(data.deck) || !isRecord(data.topic) || !Array.isArray(data.cards)) return null;
  const { deck, topic } = data;
  if (!isString(deck.slug) || !isString(deck.title) || !isString(topic.slug) || !isString(topic.title)) return null;
  const cards: QuestionEntry[] = [];
  for (const c of data.cards as unknown[]) {
    if (!isRecord(c) || !isString(c.id) || !isString(c.prompt)) return null;
    const promptHtml = c.promptHtml === undefined ? c.prompt : c.promptHtml;
    const frontHtml = c.frontHtml === undefined ? null : c.frontHtml;
    if (!isString(promptHtml) || !isNullableString(frontHtml)) return null;
    cards.push({ id: c.id, prompt: c.prompt, promptHtml, frontHtml });
  }
  return { deck: { slug: deck.slug, title: deck.title }, topic: { slug: topic.slug, title: topic.title }, cards };
}

/** Checks a fetched answer file, and that it is the answer of `cardId`; null when it is not. */
export function parseAnswerPayload(data: unknown, cardId: string): AnswerPayload | null {
  if (!isRecord(data) || data.id !== cardId || !isNullableString(data.answerHtml)) return null;
  if (!Array.isArray(data.keyPoints) || !data.keyPoints.every(isString)) return null;
  return { id: cardId, answerHtml: data.answerHtml, keyPoints: data.keyPoints };
}
