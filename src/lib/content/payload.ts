import { z } from "zod";
import type { Deck, Topic } from "./models";

/** What the browser gets for one topic: only what a flip card and an interview show. */
export const topicPayloadSchema = z.object({
  deck: z.object({ slug: z.string().min(1), title: z.string().min(1) }),
  topic: z.object({ slug: z.string().min(1), title: z.string().min(1) }),
  cards: z.array(
    z.object({
      id: z.string().min(1), // the card's permanent id
      prompt: z.string().min(1), // plain text
      promptHtml: z.string().min(1), // sanitized inline HTML
      answerHtml: z.string().nullable(), // sanitized HTML, null when the bank has no answer
      keyPoints: z.array(z.string().min(1)), // sanitized inline HTML, one per point; may be empty
    }),
  ),
});
export type TopicPayload = z.infer<typeof topicPayloadSchema>;

/** A fetched topic file, checked: a stale or damaged file says so instead of breaking a card. */
export function parseTopicPayload(json: unknown, url: string): TopicPayload {
  const parsed = topicPayloadSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${url} is not a topic file this version understands (${issue?.path.join(".") || "root"}: ${issue?.message ?? "invalid"})`);
}

/** A topic in a deck index: enough to list, select and count it without its cards. */
export interface TopicIndexEntry {
  deckSlug: string;
  slug: string;
  title: string;
  count: number;
  /** Ids of this topic's cards that do not start with `deck/topic/` (pinned elsewhere). */
  otherIds: string[];
}

export function topicPayload(deck: Deck, topic: Topic): TopicPayload {
  return {
    deck: { slug: deck.slug, title: deck.title },
    topic: { slug: topic.slug, title: topic.title },
    cards: topic.cards.map((c) => ({ id: c.id, prompt: c.prompt, promptHtml: c.promptHtml, answerHtml: c.answerHtml, keyPoints: c.keyPoints })),
  };
}

export function topicIndex(decks: Deck[]): TopicIndexEntry[] {
  return decks.flatMap((d) =>
    d.topics.map((t) => ({
      deckSlug: d.slug,
      slug: t.slug,
      title: t.title,
      count: t.cards.length,
      otherIds: t.cards.map((c) => c.id).filter((id) => !id.startsWith(`${d.slug}/${t.slug}/`)),
    })),
  );
}

/** URL of a topic's generated JSON (see src/app/data/[deck]/[file]/route.ts). */
export const topicDataUrl = (deckSlug: string, topicSlug: string) => `/data/${deckSlug}/${topicSlug}.json`;
