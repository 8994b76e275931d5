import MiniSearch, { type Options, type SearchResult } from "minisearch";
import { z } from "@/lib/zod-jitless";
import { MAX_HITS, type SearchDoc, type SearchHit } from "./models";

/** A result's stored fields come over the network in the index: validated, never cast. */
export const searchHitSchema = z.object({
  id: z.string().min(1),
  prompt: z.string().min(1),
  topic: z.string(),
  url: z.string().startsWith("/"),
  inPrompt: z.boolean(),
}) satisfies z.ZodType<SearchHit>;

/**
 * The full-text index, with MiniSearch: small in the browser (~7 KB gzip), serializes to JSON so
 * the build can index once and the browser only loads, and has prefix and fuzzy matching and field
 * boosts built in. The same options must be used to build and to load, so they live here only.
 */
const OPTIONS: Options<SearchDoc> = {
  idField: "id",
  fields: ["prompt", "answer"],
  storeFields: ["prompt", "topic", "url"],
  searchOptions: {
    boost: { prompt: 3 },
    // Prefix matches for words being typed; one typo in five letters (two in ten) forgiven.
    prefix: true,
    fuzzy: 0.2,
    combineWith: "AND",
  },
};

export type SearchIndex = MiniSearch<SearchDoc>;

/** Indexes every card (build time). */
export function buildIndex(docs: SearchDoc[]): SearchIndex {
  const index = new MiniSearch<SearchDoc>(OPTIONS);
  index.addAll(docs);
  return index;
}

/** Loads an index the build serialized with `JSON.stringify(index)`. Throws on anything else. */
export function loadIndex(json: string): SearchIndex {
  return MiniSearch.loadJSON<SearchDoc>(json, OPTIONS);
}

/** True when some term of the result matched in the question, not only in the answer. */
function matchedPrompt(result: SearchResult): boolean {
  return Object.values(result.match).some((fields) => fields.includes("prompt"));
}

/**
 * The best `limit` cards for `query`: every card whose question matches comes before every card
 * that matches only in its answer; within each group, MiniSearch's score decides.
 */
export function searchCards(index: SearchIndex, query: string, limit = MAX_HITS): SearchHit[] {
  if (query.trim() === "") return [];
  const results = index.search(query).map((r, order) => ({ r, order, inPrompt: matchedPrompt(r) }));
  results.sort((a, b) => Number(b.inPrompt) - Number(a.inPrompt) || a.order - b.order);
  return results.slice(0, limit).flatMap(({ r, inPrompt }) => {
    const hit = searchHitSchema.safeParse({ id: r.id, prompt: r.prompt, topic: r.topic, url: r.url, inPrompt });
    return hit.success ? [hit.data] : [];
  });
}
