import { useEffect, useState } from "react";
import { parseTopicPayload, topicDataUrl } from "@/lib/content/payload";

export interface DrillCard {
  id: string;
  prompt: string;
  promptHtml: string;
  frontHtml?: string | null; // blocks shown with the question (a quiz's code)
  answerHtml: string | null;
  keyPoints: string[]; // the answer's key points (interview mode's checklist)
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
        const res = await fetch(topicDataUrl(deck, topic));
        if (!res.ok) throw new Error(`${key}: HTTP ${res.status}`);
        const payload = parseTopicPayload(await res.json());
        if (!payload) throw new Error(`${key}: the topic's data is not in the expected shape (try reloading the page)`);
        return payload;
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
