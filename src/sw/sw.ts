/**
 * The service worker: precaches the whole static export (every page, every topic's data, the
 * search index, CSS and JS chunks), listed by `serwist build` after `next build`, and answers
 * from that cache, so every page and deck works offline after the first visit. A new deploy
 * installs beside the old one and waits: the page shows "New version available — Reload" and
 * sends SKIP_WAITING only when the user chooses (src/components/update-prompt.tsx).
 */
import { type PrecacheEntry, Serwist } from "serwist";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    // /django/orm → django/orm.html, / → index.html; /drill?topics=… is drill.html whatever the
    // query, and the router's ?_rsc=… cache-busting parameter does not miss the cached payload.
    cleanURLs: true,
    directoryIndex: "index.html",
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
  },
  skipWaiting: false,
  clientsClaim: true,
});

serwist.addEventListeners();
