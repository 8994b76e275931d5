/** One searchable card, as the build writes it into the index. */
export interface SearchDoc {
  id: string; // the card's id
  prompt: string; // the question as plain text
  answer: string; // the answer as plain text (HTML stripped), "" when the bank has none
  topic: string; // "Topic title · Deck title", shown under each result
  url: string; // the topic page with the card's anchor: `/deck/topic#slug`
}

/** Where the build writes the serialized index (src/app/search-index.json/route.ts). */
export const SEARCH_INDEX_URL = "/search-index.json";

/** A result as the search box shows it (validated by `searchHitSchema` in engine.ts). */
export interface SearchHit {
  id: string; // the card's id
  prompt: string; // the question
  topic: string; // "Topic title · Deck title"
  url: string; // where it opens: `/deck/topic#slug`
  inPrompt: boolean; // some query term matched the question itself
}

// No zod here: the header's search box imports this module, and zod loads only with the engine.

/** How many results the box lists at most. @default 8 */
export const MAX_HITS = 8;
