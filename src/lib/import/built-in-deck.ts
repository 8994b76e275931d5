import type { Card, Deck } from "@/lib/content/models";
import { answerDataUrl, parseAnswerPayload, parseTopicPayload, topicDataUrl } from "@/lib/deck/payload";

/*
 * A built-in deck rebuilt from the static /data files the drill reads (a questions index per topic,
 * an answer file per card), for export. Runs in the import worker: the drill's data is precached,
 * so this works offline too, and no page carries the export code.
 */

export type JsonFetcher = (url: string) => Promise<Pick<Response, "ok" | "status" | "json">>;

/** Which deck to rebuild: its slug, title and topics in deck order. */
export interface BuiltInDeckRef {
  slug: string;
  title: string;
  topics: { slug: string; title: string }[];
}

async function getJson(url: string, fetcher: JsonFetcher): Promise<unknown> {
  const res = await fetcher(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

/** Fetches every topic and answer of `ref` (a few at a time, to stay gentle on a slow network). */
export async function fetchBuiltInDeck(ref: BuiltInDeckRef, fetcher: JsonFetcher, parallel = 8): Promise<Deck> {
  const topics = await Promise.all(
    ref.topics.map(async (t, order) => {
      const index = parseTopicPayload(await getJson(topicDataUrl(ref.slug, t.slug), fetcher));
      if (!index) throw new Error(`${ref.slug}/${t.slug}: the topic's data is not in the expected shape`);
      const cards: Card[] = new Array<Card>(index.cards.length);
      for (let start = 0; start < index.cards.length; start += parallel) {
        await Promise.all(
          index.cards.slice(start, start + parallel).map(async (q, k) => {
            const i = start + k;
            const answer = parseAnswerPayload(await getJson(answerDataUrl(ref.slug, t.slug, i), fetcher), q.id);
            if (!answer) throw new Error(`${q.id}: the answer's data is not in the expected shape`);
            cards[i] = {
              ...q,
              deckSlug: ref.slug,
              topicSlug: t.slug,
              answerHtml: answer.answerHtml,
              hasAnswer: answer.answerHtml !== null,
              keyPoints: answer.keyPoints,
              tags: [],
              links: [],
              file: `${ref.slug}/${t.slug}`,
              line: 1,
            };
          }),
        );
      }
      return { slug: t.slug, title: index.topic.title, order, cards };
    }),
  );
  return { slug: ref.slug, title: ref.title, topics };
}
