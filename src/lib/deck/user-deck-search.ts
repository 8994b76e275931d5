import type { Deck } from "@/lib/content/models";
import { cardAnchor } from "@/lib/deck/payload";
import { topicPageHref } from "@/lib/deck/user-deck-routes";
import type { SearchDoc } from "@/lib/search/models";

/*
 * User decks' cards as search documents, added to the build's index in the browser when the search
 * box loads it. The build turns answers into text with a full HTML parser; here a tag-stripping
 * pass is enough (the HTML is the reader's sanitized output) and keeps the parser out of the page.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/** The words of sanitized HTML, for the index (not for display). */
export function htmlText(html: string | null): string {
  if (!html) return "";
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function userSearchDocs(decks: readonly Deck[]): SearchDoc[] {
  return decks.flatMap((deck) =>
    deck.topics.flatMap((topic) =>
      topic.cards.map((card) => ({
        id: card.id,
        prompt: card.prompt,
        answer: [htmlText(card.frontHtml), htmlText(card.answerHtml)].filter(Boolean).join(" "),
        topic: `${topic.title} · ${deck.title}`,
        url: `${topicPageHref(deck.slug, topic.slug)}#${cardAnchor(card.id)}`,
      })),
    ),
  );
}

/** Every saved user deck's search documents; none when storage can't be read. */
export async function loadUserSearchDocs(): Promise<SearchDoc[]> {
  const { getUserDeck, listUserDecks } = await import("@/lib/deck/user-decks-db");
  try {
    const { decks } = await listUserDecks();
    const records = await Promise.all(decks.map((d) => getUserDeck(d.slug)));
    return userSearchDocs(records.flatMap((r) => (r ? [r.deck] : [])));
  } catch {
    return [];
  }
}
