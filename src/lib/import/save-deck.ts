import type { UseStore } from "idb-keyval";
import type { Deck } from "@/lib/content/models";
import { type UserDeckRecord, type UserDeckSource, userDeckSlug } from "@/lib/deck/user-deck";
import { listUserDecks, saveUserDeck } from "@/lib/deck/user-decks-db";
import type { PackedReviews } from "./packed-reviews";

/*
 * Saving an imported deck, run in the import worker where the parsed deck is kept: the record is
 * written with the deck layer's own saveUserDeck (same record, same whole-or-nothing transaction,
 * same announcement to every tab), so the page never holds the deck.
 */

/**
 * The slug for an import: the deck saved before from the same file keeps its slug (so its card
 * ids, and the progress keyed by them, carry over), anything else gets a new one.
 */
export async function slugForImport(title: string, source: UserDeckSource, store?: UseStore): Promise<string> {
  const { decks } = await listUserDecks(store);
  const same = decks.find((d) => d.source.kind === source.kind && d.source.label === source.label);
  return same?.slug ?? userDeckSlug(title, decks.map((d) => d.slug));
}

const moveId = (id: string, prefix: string, slug: string) => (id.startsWith(prefix) ? `${slug}/${id.slice(prefix.length)}` : id);

/** Deck with every card moved under `slug` (the worker built it under a provisional one). */
export function withSlug(deck: Deck, slug: string): Deck {
  if (deck.slug === slug) return deck;
  const prefix = `${deck.slug}/`;
  return {
    ...deck,
    slug,
    topics: deck.topics.map((t) => ({ ...t, cards: t.cards.map((c) => ({ ...c, deckSlug: slug, id: moveId(c.id, prefix, slug) })) })),
  };
}

/**
 * Packed reviews re-keyed to the deck's final slug, like withSlug does for its cards (only the card
 * table changes). The columns are copies: the worker moves them to the page, and the kept ones must
 * stay usable for a second save.
 */
export function packedWithSlug(p: PackedReviews, from: string, to: string): PackedReviews {
  const prefix = `${from}/`;
  const cardIds = from === to || p.count === 0 ? p.cardIds : p.cardIds.split("\n").map((id) => moveId(id, prefix, to)).join("\n");
  return { ...p, cardIds, card: p.card.slice(), at: p.at.slice(), rating: p.rating.slice() };
}

export interface KeptDeck {
  deck: Deck; // built under a provisional slug
  title: string;
  assets: Record<string, string>;
  reviews: PackedReviews | null;
}

export interface SavedDeck {
  slug: string;
  title: string;
  cards: number;
  bytes: number;
  reviews: PackedReviews | null; // keyed by the saved deck's card ids
}

/** Saves `kept` as an added deck, whole or nothing; rejects with the deck layer's UserDeckSaveError. */
export async function saveKeptDeck(kept: KeptDeck, source: UserDeckSource, now: number, store?: UseStore): Promise<SavedDeck> {
  const slug = await slugForImport(kept.title, source, store);
  const deck = { ...withSlug(kept.deck, slug), title: kept.title };
  const record: UserDeckRecord = {
    slug,
    title: kept.title,
    source,
    hints: {},
    credits: {},
    deck,
    ...(Object.keys(kept.assets).length ? { assets: kept.assets } : {}),
    savedAt: now,
  };
  const { bytes } = await saveUserDeck(record, store);
  return {
    slug,
    title: kept.title,
    cards: deck.topics.reduce((n, t) => n + t.cards.length, 0),
    bytes,
    reviews: kept.reviews ? packedWithSlug(kept.reviews, kept.deck.slug, slug) : null,
  };
}
