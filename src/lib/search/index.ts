export { buildIndex, loadIndex, searchCards, searchHitSchema, type SearchIndex } from "./engine";
export { MAX_HITS, SEARCH_INDEX_URL, type SearchDoc, type SearchHit } from "./models";
