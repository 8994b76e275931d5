import type { Fetcher } from "@/lib/drill/deck-data";
import { USER_DECK_PREFIX } from "./user-deck-routes";

/**
 * The drill's fetcher: built-in /data/ URLs go straight to `base`; the user-deck fetcher (IndexedDB,
 * payload building) is loaded the first time a `u-` deck's URL is asked for, so a drill of the
 * built-in deck never downloads it.
 */
export function lazyDrillFetcher(base: Fetcher = (url) => fetch(url)): Fetcher {
  let userDecks: Promise<Fetcher> | null = null;
  return (url) => {
    if (!url.startsWith(`/data/${USER_DECK_PREFIX}`)) return base(url);
    userDecks ??= import("./user-deck-fetcher").then((m) => m.drillFetcher(base));
    return userDecks.then((fetcher) => fetcher(url));
  };
}
