import type { Deck } from "@/lib/content/models";

/*
 * Shape check for the big deck of a worker answer (up to 50,000 cards), run on the page's main
 * thread (reviews come packed in columns: packed-reviews.ts). Full zod object parsing of
 * those took seconds there (measured: 5 s for 10,000 cards and 98,000 reviews); these loops take
 * milliseconds and check every field the page and the stores read. The deck is validated in full
 * again by saveUserDeck's record schema before it is stored.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isString = (v: unknown): v is string => typeof v === "string";

function isCard(c: unknown): boolean {
  return (
    isObject(c) && isString(c.id) && isString(c.prompt) && c.prompt.length > 0 && isString(c.promptHtml) &&
    (c.answerHtml === null || isString(c.answerHtml)) && (c.frontHtml === null || isString(c.frontHtml)) &&
    Array.isArray(c.tags) && Array.isArray(c.keyPoints) && Array.isArray(c.links)
  );
}

export function isDeckLike(v: unknown): v is Deck {
  return (
    isObject(v) && isString(v.slug) && isString(v.title) && Array.isArray(v.topics) &&
    v.topics.every((t: unknown) => isObject(t) && isString(t.slug) && isString(t.title) && typeof t.order === "number" && Array.isArray(t.cards) && t.cards.length > 0 && t.cards.every(isCard))
  );
}
