import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import type { SearchDoc } from "@/lib/search/models";
import type { Bank } from "./models";
import { cardAnchor } from "@/lib/deck/payload";

/** An answer's HTML as the words a reader sees (code included), for the search index. */
export function answerText(html: string | null): string {
  if (!html) return "";
  return toText(fromHtml(html, { fragment: true })).replace(/\s+/g, " ").trim();
}

/** Every card of the bank as a search document, linking to its anchor on its topic page. */
export function searchDocs(bank: Pick<Bank, "decks">): SearchDoc[] {
  return bank.decks.flatMap((deck) =>
    deck.topics.flatMap((topic) =>
      topic.cards.map((card) => ({
        id: card.id,
        prompt: card.prompt,
        // A quiz's code is shown with its question; it is searchable text all the same.
        answer: [answerText(card.frontHtml), answerText(card.answerHtml)].filter(Boolean).join(" "),
        topic: `${topic.title} · ${deck.title}`,
        url: `/${deck.slug}/${topic.slug}#${cardAnchor(card.id)}`,
      })),
    ),
  );
}
