
/**
 * The first card of a seeded shuffle, painted before React hydrates (issue 25). The drill page is
 * static and its deck is chosen by the query string, so its HTML can only hold an empty card; this
 * tiny inline script (placed after that empty card, src/components/drill/first-card-shell.tsx)
 * reads the query, fetches the selected topics' questions (already preloading, see
 * preload-script.ts), shuffles their ids as seededOrder does, and fills the card. It also leaves
 * what it painted in `window[FIRST_CARD_GLOBAL]`, so the player keeps the same card on screen
 * while its own JavaScript loads the deck (no flash back to "Loading the deck…").
 *
 * Only a shuffle is painted this way. Without a seed in the URL (the home page's Shuffle button, a
 * topic's "Drill this topic") the script draws one, as the player would, and the player adopts it;
 * any other mode needs stored progress, so the page waits for React as before. A
 * question with extra lines (a quiz's code) is left to React too, since it changes the card's size.
 * Mirrors parseSelection/selectedTopicKeys and seededShuffle (kept equal by a unit test); its
 * SHA-256 goes into the page's CSP (scripts/csp-hashes.mjs).
 */
export const FIRST_CARD_GLOBAL = "__prepdeckFirstCard";

/**
 * Where the script leaves its responses (url → a Promise of a Response clone), so the player's own
 * fetch of the same questions index takes it instead of downloading it a second time.
 */
export const FIRST_CARD_FETCHES = "__prepdeckFirstCardFetches";

/** The script's response for `url`, once (later calls fetch as usual); null when it fetched none. */
export function takeScriptFetch(store: unknown, url: string): Promise<Response> | null {
  if (typeof store !== "object" || store === null) return null;
  const kept: unknown = Reflect.get(store, url);
  if (!(kept instanceof Promise)) return null;
  Reflect.deleteProperty(store, url);
  return kept.then((r: unknown) => {
    if (!(r instanceof Response)) throw new Error(`${url}: not a response`);
    return r;
  });
}

/**
 * What the script painted: the query it was for, the shuffle's seed (the query's, or the one it drew
 * when the query had none: the player then puts that one in the URL) and the texts of the card, the
 * title and the position.
 */
export interface FirstCard {
  query: string;
  seed: string;
  title: string;
  position: string;
  source: string;
  promptHtml: string;
}

/** A seed as the URL may carry it (parseSelection's rule, which the script checks too). */
const SEED = /^[A-Za-z0-9_-]{1,32}$/;

/** The painted card left by the script, if it was painted for `query` (the page's `location.search`). */
export function readFirstCard(value: unknown, query: string): FirstCard | null {
  if (typeof value !== "object" || value === null) return null;
  const { query: q, seed, title, position, source, promptHtml } = value as Record<string, unknown>;
  if (typeof q !== "string" || typeof seed !== "string" || !SEED.test(seed) || typeof title !== "string" || typeof position !== "string" || typeof source !== "string" || typeof promptHtml !== "string") return null;
  return q === query ? { query: q, seed, title, position, source, promptHtml } : null;
}

/** Element ids of the shell the script fills. */
export const FIRST_CARD_IDS = { shell: "first-card", loading: "first-card-loading", title: "first-card-title", position: "first-card-position", source: "first-card-source", prompt: "first-card-prompt" } as const;
