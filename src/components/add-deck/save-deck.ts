import type { ReaderHints } from "@/lib/content/hints";
import type { Deck } from "@/lib/content/models";
import type { LoadedSource } from "@/lib/add-deck/sources";
import type { UserDeckRecord } from "@/lib/deck/user-deck";
import { saveUserDeck } from "@/lib/deck/user-decks-db";

/** The record for what the preview shows, saved whole (or not at all: saveUserDeck's promise). */
export function userDeckRecord(source: LoadedSource, deck: Deck, hints: ReaderHints, now: number, replacing?: UserDeckRecord, assets: Record<string, string> = {}): UserDeckRecord {
  // The pictures are the new read's; an update whose source brought none keeps the saved ones.
  const pictures = Object.keys(assets).length > 0 ? assets : replacing?.assets;
  return {
    // An update replaces the record under the same slug; credits given before stay unless the source says otherwise.
    ...(pictures && Object.keys(pictures).length > 0 ? { assets: pictures } : {}),
    slug: deck.slug,
    title: deck.title,
    ...(deck.description ? { description: deck.description } : {}),
    source: source.source,
    hints,
    credits: { ...replacing?.credits, ...source.credits },
    deck,
    savedAt: now,
  };
}

export function saveDeck(source: LoadedSource, deck: Deck, hints: ReaderHints, now: number, replacing?: UserDeckRecord, assets?: Record<string, string>): Promise<{ bytes: number }> {
  return saveUserDeck(userDeckRecord(source, deck, hints, now, replacing, assets));
}
