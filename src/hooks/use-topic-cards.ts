import { useEffect, useState } from "react";
import { lazyDrillFetcher } from "@/lib/deck/lazy-user-fetcher";
import { type DrillCard, fetchDeckCards } from "@/lib/drill/deck-data";
import { FIRST_CARD_FETCHES, takeScriptFetch } from "@/lib/drill/first-card-script";

/** A questions index: the download the drill page's first-card script already made, or a fetch. */
const fetchIndex = (url: string) => takeScriptFetch(Reflect.get(window, FIRST_CARD_FETCHES), url)?.catch(() => fetch(url)) ?? fetch(url);

export type { CardAnswer, DrillCard } from "@/lib/drill/deck-data";

export type TopicCards = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; cards: DrillCard[] };

/** Fetches the questions index written at build time for the selected "deck/topic" keys, in order. */
export function useTopicCards(keys: readonly string[]): TopicCards {
  const joined = keys.join(",");
  const [state, setState] = useState<{ key: string; value: TopicCards }>({ key: "", value: { status: "loading" } });
  useEffect(() => {
    let cancelled = false;
    fetchDeckCards(joined ? joined.split(",") : [], lazyDrillFetcher(fetchIndex)).then(
      (cards) => {
        if (!cancelled) setState({ key: joined, value: { status: "ready", cards } });
      },
      (error: unknown) => {
        if (!cancelled) setState({ key: joined, value: { status: "error", message: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [joined]);
  return state.key === joined ? state.value : { status: "loading" };
}
