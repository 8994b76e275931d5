import { answerDataUrl, parseAnswerPayload, parseTopicPayload, type QuestionEntry, topicDataUrl } from "@/lib/deck/payload";
import { topicPageHref } from "@/lib/deck/user-deck-routes";

/*
 * A drill's data, fetched in two steps: the questions index of each selected topic (enough to
 * order the deck and show fronts), then each card's answer when it comes up. Every file is checked
 * by a hand-written guard before use. `fetcher` is the browser's fetch (a test passes its own).
 */

/** A card as a drill deck holds it: its front, where it comes from, and where its answer is. */
export interface DrillCard extends QuestionEntry {
  topicTitle: string;
  deckTitle: string;
  topicHref: string;
  answerUrl: string;
}

/** A card's back, fetched on its own. */
export interface CardAnswer {
  answerHtml: string | null;
  keyPoints: string[]; // the answer's key points (interview mode's checklist)
}

export type Fetcher = (url: string) => Promise<Pick<Response, "ok" | "status" | "json">>;

async function fetchJson(url: string, fetcher: Fetcher, what: string): Promise<unknown> {
  const res = await fetcher(url);
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new Error(`${what}: the data is not in the expected shape (try reloading the page)`);
  }
}

/** The cards of the selected "deck/topic" keys, in that order, each topic's in bank order. */
export async function fetchDeckCards(keys: readonly string[], fetcher: Fetcher): Promise<DrillCard[]> {
  const topics = await Promise.all(
    keys.map(async (key) => {
      const [deck = "", topic = ""] = key.split("/");
      const payload = parseTopicPayload(await fetchJson(topicDataUrl(deck, topic), fetcher, key));
      if (!payload) throw new Error(`${key}: the topic's data is not in the expected shape (try reloading the page)`);
      return payload;
    }),
  );
  return topics.flatMap((p) =>
    p.cards.map((c, i) => ({
      ...c,
      topicTitle: p.topic.title,
      deckTitle: p.deck.title,
      topicHref: topicPageHref(p.deck.slug, p.topic.slug), // user decks' topics have a client route
      answerUrl: answerDataUrl(p.deck.slug, p.topic.slug, i),
    })),
  );
}

/** One card's answer; throws a plain message when it cannot be fetched or is not that card's. */
export async function fetchAnswer(card: DrillCard, fetcher: Fetcher): Promise<CardAnswer> {
  const what = `the answer to “${card.prompt}”`;
  const payload = parseAnswerPayload(await fetchJson(card.answerUrl, fetcher, what), card.id);
  if (!payload) throw new Error(`${what}: the data is not in the expected shape (try reloading the page)`);
  return { answerHtml: payload.answerHtml, keyPoints: payload.keyPoints };
}
