import type { Card, Deck } from "@/lib/content/models";
import { cardWithAssets } from "@/lib/deck/user-deck-assets";

/*
 * What the /import page shows of a parsed deck. The deck itself stays in the import worker (a
 * 10,000-card deck cloned to the page was one long main-thread task, and another when the page
 * cloned it to IndexedDB): the page gets its title, topic counts and the first cards, ready to show.
 */

/** The first cards the preview shows; a 10,000-note package must not render 10,000 answers. */
export const SAMPLE_CARDS = 5;

export interface DeckPreview {
  title: string;
  cards: number;
  topics: { slug: string; title: string; cards: number }[];
  sample: Card[]; // the first cards, with the package's pictures as data: URLs
}

export function previewOf(deck: Deck, title: string, assets: Record<string, string>): DeckPreview {
  const sample: Card[] = [];
  for (const t of deck.topics) {
    for (const c of t.cards) {
      if (sample.length === SAMPLE_CARDS) break;
      sample.push(cardWithAssets(c, assets));
    }
  }
  return {
    title,
    cards: deck.topics.reduce((n, t) => n + t.cards.length, 0),
    topics: deck.topics.map((t) => ({ slug: t.slug, title: t.title, cards: t.cards.length })),
    sample,
  };
}
