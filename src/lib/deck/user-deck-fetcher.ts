import type { Deck } from "@/lib/content/models";
import { answerPayload, topicPayload } from "@/lib/deck/payload";
import { deckWithAssets } from "@/lib/deck/user-deck-assets";
import { isUserDeckSlug } from "@/lib/deck/user-deck-routes";
import type { Fetcher } from "@/lib/drill/deck-data";

/*
 * The drill reads a topic's questions and each card's answer from /data/... URLs written at build
 * time (payload.ts). A user deck has no such files: this fetcher answers the same URLs for `u-`
 * decks from the deck saved in IndexedDB, with the same JSON, so every drill mode, multi-topic
 * decks and interviews work unchanged. Other URLs go to `base` (the network, or the offline cache).
 */

const TOPIC_URL = /^\/data\/([^/]+)\/([^/]+)\.json$/;
const ANSWER_URL = /^\/data\/([^/]+)\/([^/]+)\/(\d+)\.json$/;

type Reply = Awaited<ReturnType<Fetcher>>;
const reply = (status: number, body: unknown): Reply => ({ ok: status === 200, status, json: async () => body });

/** What a user deck's /data/ URL holds; null when the URL is not one of a user deck's. */
function answerFrom(url: string, load: (slug: string) => Promise<Deck | null>): Promise<Reply> | null {
  const path = url.split("?")[0] ?? url;
  const answer = ANSWER_URL.exec(path);
  const topic = answer ? null : TOPIC_URL.exec(path);
  const [, deckSlug = "", topicSlug = "", position] = answer ?? topic ?? [];
  if (!isUserDeckSlug(deckSlug)) return null;
  return load(decodeURIComponent(deckSlug)).then((deck) => {
    const t = deck?.topics.find((x) => x.slug === decodeURIComponent(topicSlug));
    if (!deck || !t) return reply(404, null);
    if (position === undefined) return reply(200, topicPayload(deck, t));
    const card = t.cards[Number(position)];
    return card ? reply(200, answerPayload(card)) : reply(404, null);
  });
}

/**
 * A Fetcher that serves user decks from `load` (each deck read once per fetcher: a session keeps
 * one) and everything else from `base`.
 */
export function userDeckFetcher(base: Fetcher, load: (slug: string) => Promise<Deck | null>): Fetcher {
  const decks = new Map<string, Promise<Deck | null>>();
  const cached = (slug: string) => {
    let deck = decks.get(slug);
    if (!deck) {
      deck = load(slug).catch(() => null);
      decks.set(slug, deck);
    }
    return deck;
  };
  return (url) => answerFrom(url, cached) ?? base(url);
}

/** The browser's: IndexedDB code is loaded only when a user deck is asked for. */
export function drillFetcher(base: Fetcher = (url) => fetch(url)): Fetcher {
  return userDeckFetcher(
    base,
    async (slug) => {
      const record = await (await import("@/lib/deck/user-decks-db")).getUserDeck(slug);
      // Cards show the deck's own pictures as data: URLs (user-deck-assets.ts).
      return record ? deckWithAssets(record.deck, record.assets) : null;
    },
  );
}
