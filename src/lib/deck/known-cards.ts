import type { UserDeckSummary } from "@/lib/deck/user-deck";

/*
 * The cards PrepDeck knows, for Settings' count of orphan reviews (reviews of questions no deck
 * has any more): the built-in decks' ids and every card of the decks added in this browser. An
 * added deck's summary lists its topics, not its ids; its ids are `deck/topic/…` except the few each
 * topic lists as `otherIds`, so a topic's prefix stands for its cards without reading the deck.
 */

/** The `deck/topic/` an id starts with, or null for an id without two slashes. */
function topicPrefix(id: string): string | null {
  const first = id.indexOf("/");
  const second = first < 0 ? -1 : id.indexOf("/", first + 1);
  return second < 0 ? null : id.slice(0, second + 1);
}

class KnownCards extends Set<string> {
  readonly #prefixes: ReadonlySet<string>;
  constructor(ids: Iterable<string>, prefixes: ReadonlySet<string>) {
    super(ids);
    this.#prefixes = prefixes;
  }
  override has(id: string): boolean {
    if (super.has(id)) return true;
    const prefix = topicPrefix(id);
    return prefix !== null && this.#prefixes.has(prefix);
  }
}

export function knownCardIds(builtIn: Iterable<string>, added: readonly UserDeckSummary[]): ReadonlySet<string> {
  const topics = added.flatMap((d) => d.topics);
  const pinned = topics.flatMap((t) => t.otherIds);
  return new KnownCards([...builtIn, ...pinned], new Set(topics.map((t) => `${t.deckSlug}/${t.slug}/`)));
}
