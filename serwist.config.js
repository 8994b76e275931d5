// `serwist build` (after `next build`): bundles src/sw/sw.ts with esbuild and injects the list of
// files of the static export to precache, each with a content hash, so a changed page or chunk is
// re-fetched and an unchanged one is not: the whole app, and each deck's topic pages and answers
// while the install stays under 1.5 MB of gzip (scripts/precache-plan.mjs); a bigger deck is
// cached as it is opened. PREPDECK_DIST_DIR: another export folder (bench builds, the
// update-prompt test).
import { precacheTransform } from "./scripts/precache-plan.mjs";

const dir = process.env.PREPDECK_DIST_DIR ?? "out";

/** @type {import("@serwist/cli").BuildOptions} */
const config = {
  swSrc: "src/sw/sw.ts",
  swDest: `${dir}/sw.js`,
  globDirectory: dir,
  globPatterns: ["**/*.{html,txt,json,js,css,svg,png,ico,webmanifest,woff2}"],
  // vendor/: the import, optimizer, simulator and stats workers and their wasm (scripts/build-worker.mjs,
  // scripts/copy-wasm.mjs), fetched when a page starts them.
  // __next._full.txt: each page's whole RSC payload a second time (beside <page>.txt), written by
  // `next build` for servers; the client router never asks for it (it fetches <page>.txt or the
  // segment files), so precaching it cost 169 KB of gzip for nothing.
  globIgnores: ["sw.js", "_headers", "robots.txt", "_not-found.html", "vendor/**", "**/__next._full.txt"],
  // Next's static chunks have content hashes in their names: no revision needed.
  dontCacheBustURLsMatching: /^_next\/static\//,
  // The search index and a big topic page of a 10,000-card bank pass the default 2 MB.
  maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  manifestTransforms: [precacheTransform(dir)],
  esbuildOptions: { minify: true },
};

export default config;
