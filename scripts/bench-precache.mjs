/**
 * What the service worker's first install downloads (issue 25): the precache list serwist would
 * inject for an export (serwist.config.js, with its manifest transform scripts/precache-plan.mjs),
 * in files and gzip bytes, the app apart from each deck's pages and answers.
 *
 *   node scripts/bench-precache.mjs <export dir>      (prints JSON)
 */
import { pathToFileURL } from "node:url";
import { getManifest } from "@serwist/build";
import config from "../serwist.config.js";
import { planPrecache } from "./precache-plan.mjs";

/** Precache figures for the export in `dir`: files and gzip bytes installed, and per deck whether it is in. */
export async function measurePrecache(dir) {
  const { globPatterns, globIgnores, dontCacheBustURLsMatching, maximumFileSizeToCacheInBytes } = config;
  // Every file the globs match (no transform), then the plan the transform applies.
  const all = await getManifest({ globDirectory: dir, globPatterns, globIgnores, dontCacheBustURLsMatching, maximumFileSizeToCacheInBytes });
  const plan = planPrecache(all.manifestEntries, dir);
  return {
    files: plan.manifest.length,
    gzipBytes: plan.gzipBytes,
    appGzipBytes: plan.appGzipBytes,
    allFiles: all.count,
    decks: plan.decks,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node scripts/bench-precache.mjs <export dir>");
    process.exit(2);
  }
  console.log(JSON.stringify(await measurePrecache(dir), null, 1));
}
