/**
 * The service worker: precaches the static export (every page, every topic's questions, the
 * search index, CSS, the JS chunks pages load; and each deck's topic pages and answers while the
 * install stays under 1.5 MB of gzip: scripts/precache-plan.mjs), listed by `serwist build` after
 * `next build`, and answers from that cache, so every page and deck works offline after the first
 * visit. Code only a web worker loads is kept when a page first starts the worker online. A deck
 * too big to precache (thousands of cards) has its pages and answers cached when first opened
 * online (network first, the cache when offline). A new deploy
 * installs beside the old one and waits: the page shows "New version available — Reload" and
 * sends SKIP_WAITING only when the user chooses (src/components/update-prompt.tsx).
 */
import { CacheFirst, ExpirationPlugin, NetworkFirst, type PrecacheEntry, Serwist, type SerwistPlugin } from "serwist";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

/**
 * A worker script answered from the precache must keep the URL it was asked for: Turbopack passes a
 * worker its bootstrap config in the script URL's `?params=`, and a worker's `location` is its
 * response's URL, which for a cached response is the cache key (no query). A response made here has
 * no URL of its own, so the worker gets the requested one (without this the add-deck reader cannot
 * start once the service worker is installed).
 */
const workerKeepsItsURL: SerwistPlugin = {
  handlerWillRespond: ({ request, response }) =>
    request.destination === "worker" || request.destination === "sharedworker"
      ? new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers })
      : response,
};

/** The exported file of a page's path, as the precache names it: / → /index.html, /drill → /drill.html. */
function pageFile(pathname: string): string {
  if (pathname.endsWith("/")) return `${pathname}index.html`;
  return /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}.html`;
}

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    // /django/orm → django/orm.html, / → index.html; /drill?topics=… is drill.html whatever the
    // query, and the router's ?_rsc=… cache-busting parameter does not miss the cached payload.
    cleanURLs: true,
    directoryIndex: "index.html",
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // Two downloads at a time, not ten: the first install shares a phone's cores with the page
    // (on /add, with the reader's worker), and ten at once slowed a first visit's read by half.
    concurrency: 2,
    plugins: [workerKeepsItsURL],
  },
  skipWaiting: false,
  clientsClaim: true,
  // Only what the precache does not hold: pages opened by a link or typed, and answers fetched.
  runtimeCaching: [
    {
      // The router checks a page exists with a HEAD request before prefetching it (a pointer resting
      // on "Drill this topic"); the precache answers GETs only, so offline that HEAD went to the
      // network and logged net::ERR_INTERNET_DISCONNECTED. A precached page answers it here.
      method: "HEAD",
      matcher: ({ sameOrigin, url }) => sameOrigin && !url.pathname.startsWith("/_next/"),
      handler: async ({ request, url }) => {
        const cached = await serwist.matchPrecache(pageFile(url.pathname));
        return cached ? new Response(null, { status: cached.status, headers: cached.headers }) : fetch(request);
      },
    },
    {
      // Code the precache leaves out (the chunks only the add-deck reader's worker loads:
      // scripts/precache-plan.mjs) is kept the first time a page starts the worker online. Names
      // carry content hashes, so a kept file never goes stale; old deploys' files age out.
      matcher: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: "prepdeck-code", plugins: [new ExpirationPlugin({ maxEntries: 40 })] }),
    },
    {
      matcher: ({ request, sameOrigin, url }) => sameOrigin && (request.mode === "navigate" || url.pathname.startsWith("/data/")),
      handler: new NetworkFirst({ cacheName: "prepdeck-opened", matchOptions: { ignoreSearch: true } }),
    },
  ],
});

serwist.addEventListeners();
