import { useEffect, useState } from "react";
import { parseTopicPayload, topicDataUrl } from "@/lib/content/payload";

export interface DrillCard {
  id: string;
  prompt: string;
  promptHtml: string;
  answerHtml: string | null;
  keyPoints: string[];
  topicTitle: string;
  deckTitle: string;
  topicHref: string;
}

export type TopicCards = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; cards: DrillCard[] };

/** Fetches the per-topic JSON written at build time for the selected "deck/topic" keys, in order. */
export function useTopicCards(keys: readonly string[]): TopicCards {
  const joined = keys.join(",");
  const [state, setState] = useState<{ key: string; value: TopicCards }>({ key: "", value: { status: "loading" } });
  useEffect(() => {
    let cancelled = false;
    const wanted = joined ? joined.split(",") : [];
    Promise.all(
      wanted.map(async (key) => {
        const [deck = "", topic = ""] = key.split("/");
        const url = topicDataUrl(deck, topic);
        const res = await fetch(url);
        if (!res.ok) throw new Error(`${key}: HTTP ${res.status}`);
        return parseTopicPayload(await res.json(), url);
      }),
    ).then(
      (payloads) => {
        const cards = payloads.flatMap((p) =>
          p.cards.map((c) => ({ ...c, topicTitle: p.topic.title, deckTitle: p.deck.title, topicHref: `/${p.deck.slug}/${p.topic.slug}` })),
        );
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
