"use client";

import { useCallback, useState } from "react";
import { SEARCH_INDEX_URL, type SearchHit } from "@/lib/search/models";

export type SearchStatus = "idle" | "loading" | "ready" | "error";

type Search = (query: string) => SearchHit[];

/**
 * The search index, downloaded with the search engine the first time `load` is called (the
 * search box calls it on focus), never before: neither is part of any page's first load.
 * `search` is null until both have arrived.
 */
export function useSearchIndex() {
  const [status, setStatus] = useState<SearchStatus>("idle");
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState<Search | null>(null);

  const load = useCallback(async () => {
    if (status === "loading" || status === "ready") return;
    setStatus("loading");
    try {
      const [engine, json, userDocs] = await Promise.all([
        import("@/lib/search/engine"),
        fetch(SEARCH_INDEX_URL).then((r) => {
          if (!r.ok) throw new Error(`${SEARCH_INDEX_URL} answered ${r.status}`);
          return r.text();
        }),
        // Decks added in this browser are not in the build's index: their cards join it here.
        import("@/lib/deck/user-deck-search").then((m) => m.loadUserSearchDocs()),
      ]);
      const index = engine.loadIndex(json);
      index.addAll(userDocs);
      setSearch(() => (query: string) => engine.searchCards(index, query));
      setStatus("ready");
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStatus("error");
    }
  }, [status]);

  return { status, error, load, search };
}
