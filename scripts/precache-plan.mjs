/**
 * What the service worker precaches (issue 25): the app (pages, JavaScript, CSS, every topic's
 * questions index, the search index) always, and each deck's topic pages and per-card answers only
 * while the whole install stays within PRECACHE_BUDGET bytes of gzip. A deck that does not fit (a
 * 10,000-card bank) is left to the service worker's runtime cache: its pages and answers are cached
 * the first time they are opened online (src/sw/sw.ts). The Django site fits whole, so every page
 * and answer works offline after the first visit.
 *
 * Used by serwist.config.js as a manifest transform, and by the bench (scripts/bench-precache.mjs).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Gzip bytes the first install may download (a host usually serves text gzipped or better): issue
 * 25's goal for the Django site, which needs 1.38 MB (0.75 MB of it the app) since the unused
 * `__next._full.txt` payloads and the reader worker's code left the precache. A 10,000-card bank
 * does not fit and is cached as it is opened.
 */
export const PRECACHE_BUDGET = 1_500_000;

/** The deck a file belongs to when it is one of its topic pages or answers, else null (the app's). */
export function deckOf(url, topicKeys) {
  const u = url.replace(/^\//, "");
  const answer = /^data\/([^/]+)\/([^/]+)\/[^/]+\.json$/.exec(u);
  if (answer && topicKeys.has(`${answer[1]}/${answer[2]}`)) return answer[1];
  const page = /^([^/]+)\/([^/.]+)(?:\.html|\.txt|\/.*)$/.exec(u);
  if (page && topicKeys.has(`${page[1]}/${page[2]}`)) return page[1];
  return null;
}

/** "deck/topic" of every topic, from the questions indexes (data/<deck>/<topic>.json). */
export function topicKeysOf(urls) {
  return new Set(urls.map((u) => /^\/?data\/([^/]+)\/([^/]+)\.json$/.exec(u)).filter(Boolean).map((m) => `${m[1]}/${m[2]}`));
}

/** A file's name, the last part of its url. */
const nameOf = (url) => url.split("/").pop() ?? "";

/**
 * How Turbopack starts a web worker: its bootstrap script and the chunks the worker loads, e.g.
 * `"static/chunks/turbopack-worker-….js",["static/chunks/a.js","static/chunks/b.js"]`.
 */
const WORKER_LIST = /"static\/chunks\/turbopack-worker-[^"]+\.js",\[((?:"[^"]*",?)*)\]/g;

/**
 * Names of the chunks that only a web worker loads (the add-deck reader's markdown pipeline): listed
 * in a worker's chunk list and named by no other file of the export (page, payload or chunk) than
 * those chunks themselves.
 * `texts` maps each file's url to its text.
 */
export function workerOnlyChunks(texts) {
  const listed = new Set();
  const outside = [];
  for (const [url, text] of texts) {
    for (const m of text.matchAll(WORKER_LIST)) for (const c of (m[1] ?? "").matchAll(/"static\/chunks\/([^"]+)"/g)) listed.add(c[1]);
    outside.push([url, text.replace(WORKER_LIST, "")]);
  }
  // A worker's own entry chunk names the others it loads: a name counts only when a file outside the
  // worker-only set names it, so the set shrinks until no such file is left.
  const only = new Set(listed);
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of [...only]) {
      if (outside.some(([url, text]) => !only.has(nameOf(url)) && text.includes(name))) {
        only.delete(name);
        changed = true;
      }
    }
  }
  return only;
}

const TEXT_FILE = /\.(html|txt|js|json|css|webmanifest)$/;

/**
 * Splits `entries` (serwist manifest entries, urls relative to `dir`) into what to precache: the
 * app (less the code only web workers load, which the service worker caches when a page first
 * starts them), then whole decks in name order while the gzip total stays within `budget`.
 * Returns { manifest, decks: [{ deck, files, gzipBytes, precached }], workerOnly: { files, gzipBytes },
 * appGzipBytes, gzipBytes }.
 */
export function planPrecache(entries, dir, budget = PRECACHE_BUDGET) {
  const topicKeys = topicKeysOf(entries.map((e) => e.url));
  const fileOf = (url) => path.join(dir, decodeURIComponent(url.replace(/^\//, "")));
  const gzipOf = (url) => gzipSync(readFileSync(fileOf(url))).length;
  const texts = new Map(entries.filter((e) => TEXT_FILE.test(e.url) && deckOf(e.url, topicKeys) === null).map((e) => [e.url, readFileSync(fileOf(e.url), "utf8")]));
  const workerOnly = workerOnlyChunks(texts);
  const isWorkerOnly = (url) => workerOnly.has(nameOf(url)) && /(^|\/)_next\/static\/chunks\//.test(url);
  const app = [];
  const decks = new Map();
  const left = { files: 0, gzipBytes: 0 };
  for (const e of entries) {
    if (isWorkerOnly(e.url)) {
      left.files += 1;
      left.gzipBytes += gzipOf(e.url);
      continue;
    }
    const deck = deckOf(e.url, topicKeys);
    const size = gzipOf(e.url);
    if (deck === null) app.push({ e, size });
    else decks.set(deck, [...(decks.get(deck) ?? []), { e, size }]);
  }
  let total = app.reduce((n, x) => n + x.size, 0);
  const appGzipBytes = total;
  const manifest = app.map((x) => x.e);
  const summary = [];
  for (const [deck, files] of [...decks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const bytes = files.reduce((n, x) => n + x.size, 0);
    const precached = total + bytes <= budget;
    if (precached) {
      total += bytes;
      manifest.push(...files.map((x) => x.e));
    }
    summary.push({ deck, files: files.length, gzipBytes: bytes, precached });
  }
  return { manifest, decks: summary, workerOnly: left, appGzipBytes, gzipBytes: total };
}

/** The serwist manifest transform for the export in `dir`. */
export const precacheTransform = (dir, budget = PRECACHE_BUDGET) => (entries) => {
  const plan = planPrecache(entries, dir, budget);
  const left = plan.decks.filter((d) => !d.precached);
  return {
    manifest: plan.manifest,
    warnings: left.map((d) => `deck "${d.deck}" (${d.files} files, ${(d.gzipBytes / 1e6).toFixed(1)} MB gzip) is not precached: its pages and answers are cached when first opened`),
  };
};
