export { buildIndex, loadIndex, searchCards, type SearchIndex } from "./engine";
export { MAX_HITS, SEARCH_INDEX_URL, type SearchDoc, type SearchHit, searchHitSchema } from "./models";
