import { z } from "@/lib/zod-jitless";

/** A card's id is forever: progress is keyed by it. Shape: `deck/topic/slug`. */
export const cardIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/, "lowercase letters, digits, hyphens and slashes");

export const cardSchema = z.object({
  id: cardIdSchema, // stable id, `deck/topic/slug-of-prompt` or pinned with `{#id}`
  deckSlug: z.string().min(1), // the deck the card belongs to (its folder under content/)
  topicSlug: z.string().min(1), // the topic the card belongs to
  prompt: z.string().min(1), // the question as plain text, numbering stripped
  promptHtml: z.string().min(1), // the question rendered inline (code spans, emphasis)
  frontHtml: z.string().nullable(), // blocks shown with the question (a quiz's code), null when none
  answerHtml: z.string().nullable(), // sanitized answer HTML (follow-ups included), null when there is none
  hasAnswer: z.boolean(), // the bank answers it (follow-up questions alone are not an answer)
  keyPoints: z.array(z.string().min(1)), // the answer's key points as sanitized inline HTML (see key-points.ts)
  tags: z.array(z.string()), // from the topic's front matter, or a question file's metadata
  links: z.array(z.string()), // external links in the answer, in order
  file: z.string(), // the bank file it comes from, as shown in messages (content/deck/file.md)
  line: z.number().int().positive(), // where its question starts in that file
});
export type Card = z.infer<typeof cardSchema>;

export const topicSchema = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), // URL segment, unique in its deck
  title: z.string().min(1), // verbatim from the bank
  description: z.string().optional(), // optional one-line summary
  order: z.number(), // position in the deck (lower first)
  cards: z.array(cardSchema).min(1), // in bank order
});
export type Topic = z.infer<typeof topicSchema>;

export const deckSchema = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), // folder name under content/
  title: z.string().min(1), // from `_deck.md` front matter, or the folder name
  description: z.string().optional(), // from `_deck.md`
  topics: z.array(topicSchema), // sorted by order
});
export type Deck = z.infer<typeof deckSchema>;

export interface Bank {
  decks: Deck[]; // sorted by title
  warnings: string[]; // things the loader skipped, each naming file and line
}

/** Front matter of a topic file. Unknown keys are allowed (and reported as warnings). */
export const topicFrontMatterSchema = z.looseObject({
  title: z.string().trim().min(1).optional(),
  order: z.number().finite().optional(),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase letters, digits and hyphens").optional(),
  description: z.string().optional(),
  // A list, or one comma-separated string as some publishing tools write it.
  tags: z.union([z.array(z.union([z.string(), z.number()])), z.string()]).optional().transform((t) =>
    t === undefined ? undefined : (typeof t === "string" ? t.split(",") : t).map((x) => String(x).trim()).filter(Boolean),
  ),
  subtitle: z.string().optional(),
});
export type TopicFrontMatter = z.infer<typeof topicFrontMatterSchema>;

export const deckFrontMatterSchema = z.looseObject({
  title: z.string().trim().min(1),
  description: z.string().optional(),
});

/** `content/ids.json`: every id a build produced, and ids deliberately retired. */
export const idsFileSchema = z.object({
  ids: z.array(z.string()),
  retired: z.array(z.string()).default([]),
});
export type IdsFile = z.infer<typeof idsFileSchema>;

export const KNOWN_FRONT_MATTER_KEYS = new Set(["title", "order", "slug", "description", "tags", "subtitle"]);

/** Front matter keys of publishing tools (Jekyll, Hugo, VuePress, Docusaurus): known, not ours, ignored quietly. */
export const PUBLISHING_FRONT_MATTER_KEYS = new Set([
  "layout", "permalink", "date", "author", "authors", "category", "categories", "tag", "head", "sitemap",
  "githubPath", "sidebar_position", "sidebar_label", "weight", "keywords", "image", "lang", "id",
  "hide_title", "toc", "comments", "summary", "lastmod", "icon", "star", "sticky", "isOriginal", "excerpt",
  "difficulty", "duration", "topics",
]);

/** `metadata.json` beside a one-question file: its difficulty and topics become the card's tags. */
export const questionMetadataSchema = z.looseObject({
  difficulty: z.union([z.string(), z.number()]).optional(),
  topics: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
});
