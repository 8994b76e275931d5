import type { Deck } from "@/lib/content/models";
import type { UserDeckRecord, UserDeckSource } from "@/lib/deck/user-deck";
import { userDeckSlug } from "@/lib/deck/user-deck";
import { listUserDecks, saveUserDeck } from "@/lib/deck/user-decks-db";
import type { ReviewEntry } from "@/lib/progress/models";
import { emptyProgress } from "@/lib/progress";
import { useProgressStore } from "@/stores/progress-store";

/**
 * The slug for an import: the deck saved before from the same file keeps its slug (so its card
 * ids, and the progress keyed by them, carry over), anything else gets a new one.
 */
export async function slugForImport(title: string, source: UserDeckSource): Promise<string> {
  const { decks } = await listUserDecks();
  const same = decks.find((d) => d.source.kind === source.kind && d.source.label === source.label);
  return same?.slug ?? userDeckSlug(title, decks.map((d) => d.slug));
}

/** Deck with every card moved under `slug` (the worker built it under a provisional one). */
export function withSlug(deck: Deck, slug: string): Deck {
  if (deck.slug === slug) return deck;
  const prefix = `${deck.slug}/`;
  return {
    ...deck,
    slug,
    topics: deck.topics.map((t) => ({ ...t, cards: t.cards.map((c) => ({ ...c, deckSlug: slug, id: c.id.startsWith(prefix) ? `${slug}/${c.id.slice(prefix.length)}` : c.id })) })),
  };
}

export interface SaveInput {
  deck: Deck;
  title: string;
  source: UserDeckSource;
  assets: Record<string, string>;
  reviews: ReviewEntry[]; // empty for cards only
  now: number;
}

/** Saves the deck (whole or nothing), then merges its reviews into progress like a progress import. */
export async function saveImport(input: SaveInput): Promise<{ bytes: number; reviews: number }> {
  const record: UserDeckRecord = {
    slug: input.deck.slug,
    title: input.title,
    source: input.source,
    hints: {},
    credits: {},
    deck: input.deck,
    ...(Object.keys(input.assets).length ? { assets: input.assets } : {}),
    savedAt: input.now,
  };
  const { bytes } = await saveUserDeck(record);
  if (input.reviews.length) {
    await useProgressStore.getState().importProgress({ ...emptyProgress(), log: input.reviews }, "merge");
  }
  return { bytes, reviews: input.reviews.length };
}

/** Reviews re-keyed to the deck's final slug, like withSlug does for its cards. */
export function reviewsWithSlug(reviews: readonly ReviewEntry[], from: string, to: string): ReviewEntry[] {
  if (from === to) return [...reviews];
  const prefix = `${from}/`;
  return reviews.map((r) => (r.cardId.startsWith(prefix) ? { ...r, cardId: `${to}/${r.cardId.slice(prefix.length)}` } : r));
}
