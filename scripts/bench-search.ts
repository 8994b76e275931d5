/**
 * Search at scale: loads a built search index (out/search-index.json, or the 10,000-card bench
 * export's) with the browser's code (src/lib/search) and times queries: whole words, prefixes
 * being typed, and misspellings, drawn from the bank's own questions. Prints JSON.
 *
 *   npx tsx scripts/bench-search.ts [path/to/search-index.json]
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { loadIndex, searchCards } from "@/lib/search";

const file = process.argv[2] ?? "out/search-index.json";
const json = readFileSync(file, "utf8");

const t0 = performance.now();
const index = loadIndex(json);
const loadMs = performance.now() - t0;

// Words of the stored questions, a deterministic spread of them.
const prompts = Object.values(JSON.parse(json).storedFields as Record<string, { prompt: string }>).map((f) => f.prompt);
const words = [...new Set(prompts.flatMap((p) => p.toLowerCase().match(/[a-z]{5,}/g) ?? []))];
const pick = (i: number) => words[(i * 7919) % words.length] ?? "django";
const typo = (w: string) => w.slice(0, 2) + w.slice(3); // one letter dropped
const queries = Array.from({ length: 300 }, (_, i) => {
  const w = pick(i);
  return i % 3 === 0 ? w : i % 3 === 1 ? w.slice(0, 4) : typo(w);
});

const times = queries.map((q) => {
  const s = performance.now();
  searchCards(index, q);
  return performance.now() - s;
});
times.sort((a, b) => a - b);
const at = (p: number) => Number((times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(2));

console.log(
  JSON.stringify({
    file,
    documents: prompts.length,
    indexBytes: Buffer.byteLength(json),
    indexGzipBytes: gzipSync(json, { level: 9 }).length,
    loadMs: Number(loadMs.toFixed(1)),
    queries: queries.length,
    queryMedianMs: at(0.5),
    queryP95Ms: at(0.95),
    queryMaxMs: at(1),
  }),
);
