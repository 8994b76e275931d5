/*
 * Where a user deck's pages are. Kept apart from user-deck.ts (which loads zod) because the drill
 * links its cards to their topic pages and its bundle stays free of zod.
 */

/** Every user deck's slug starts with this; built-in decks (folders under content/) never do. */
export const USER_DECK_PREFIX = "u-";

export const isUserDeckSlug = (slug: string) => slug.startsWith(USER_DECK_PREFIX);

/** Where a topic's page is: built-in decks have static routes, user decks a client route. */
export function topicPageHref(deckSlug: string, topicSlug: string): string {
  return isUserDeckSlug(deckSlug)
    ? `/deck/topic?d=${encodeURIComponent(deckSlug)}&t=${encodeURIComponent(topicSlug)}`
    : `/${deckSlug}/${topicSlug}`;
}

/** A deck's page: built-in decks are listed on the home page, user decks have their own. */
export const deckPageHref = (deckSlug: string) => (isUserDeckSlug(deckSlug) ? `/deck?d=${encodeURIComponent(deckSlug)}` : "/");

/**
 * The user decks' "deck/topic" keys a drill's `topics=` names, in that order. The drill page knows
 * the built-in topics from the build; user decks' topics are taken on trust and fetched (a missing
 * one is named by the drill's error).
 */
export function userTopicKeys(topics: readonly string[] | "all"): string[] {
  return topics === "all" ? [] : [...new Set(topics.filter((key) => isUserDeckSlug(key) && /^[^/]+\/[^/]+$/.test(key)))];
}

/** A "deck/topic" key's topic page. */
export function topicKeyHref(key: string): string {
  const [deck = "", topic = ""] = key.split("/");
  return topicPageHref(deck, topic);
}
