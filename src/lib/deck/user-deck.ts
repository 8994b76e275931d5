import { readerHintsSchema } from "@/lib/content/hints";
import { type Deck, deckSchema } from "@/lib/content/models";
import { topicIndex } from "@/lib/deck/payload";
import { USER_DECK_PREFIX } from "@/lib/deck/user-deck-routes";
import { z } from "@/lib/zod-jitless";
import { slugify } from "@/lib/content/text";

export { deckPageHref, isUserDeckSlug, topicPageHref, USER_DECK_PREFIX } from "@/lib/deck/user-deck-routes";

/*
 * A deck the user added in the browser (a file, a folder, a zip, pasted text, a link, the
 * catalogue, an import), as saved in IndexedDB (user-decks-db.ts). Pure: schemas, slugs and the
 * card-level difference between two versions of a deck. Shapes fixed in tools/CONTRACTS.md.
 */

export const USER_DECK_SOURCE_KINDS = ["files", "folder", "zip", "paste", "link", "catalogue", "anki", "csv"] as const;
export type UserDeckSourceKind = (typeof USER_DECK_SOURCE_KINDS)[number];

export const userDeckSourceSchema = z.object({
  kind: z.enum(USER_DECK_SOURCE_KINDS),
  label: z.string(), // what the user picked, in their words: "README.md", "owner/repo", "Pasted text"
  url: z.string().optional(), // the link or catalogue id to re-fetch for updates
});
export type UserDeckSource = z.infer<typeof userDeckSourceSchema>;

export const userDeckCreditsSchema = z.object({
  licence: z.string().optional(),
  author: z.string().optional(),
  sourceUrl: z.string().optional(),
});
export type UserDeckCredits = z.infer<typeof userDeckCreditsSchema>;

const userSlugSchema = z.string().regex(/^u-[a-z0-9][a-z0-9-]*$/, "a user deck's slug: u- then lowercase letters, digits and hyphens");

export const userDeckRecordSchema = z
  .object({
    slug: userSlugSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    source: userDeckSourceSchema,
    hints: readerHintsSchema,
    credits: userDeckCreditsSchema,
    deck: deckSchema,
    assets: z.record(z.string(), z.string()).optional(), // images as data: URLs keyed by path
    savedAt: z.number().finite(),
  })
  .refine((r) => r.deck.slug === r.slug, { message: "the deck's slug differs from the record's", path: ["deck", "slug"] });
export type UserDeckRecord = z.infer<typeof userDeckRecordSchema>;

/** What lists and the home page need, kept in the index so nothing reads a whole deck to list it. */
export const userDeckSummarySchema = z.object({
  slug: userSlugSchema,
  title: z.string().min(1),
  description: z.string().optional(),
  source: userDeckSourceSchema,
  credits: userDeckCreditsSchema,
  topics: z.array(
    z.object({ deckSlug: z.string(), slug: z.string(), title: z.string(), count: z.number().int(), otherIds: z.array(z.string()) }),
  ),
  questions: z.number().int().nonnegative(),
  bytes: z.number().nonnegative(), // the record's size as saved (Settings shows it)
  savedAt: z.number().finite(),
});
export type UserDeckSummary = z.infer<typeof userDeckSummarySchema>;

export function summarize(record: UserDeckRecord, bytes: number): UserDeckSummary {
  const topics = topicIndex([record.deck]);
  return {
    slug: record.slug,
    title: record.title,
    ...(record.description === undefined ? {} : { description: record.description }),
    source: record.source,
    credits: record.credits,
    topics,
    questions: topics.reduce((n, t) => n + t.count, 0),
    bytes,
    savedAt: record.savedAt,
  };
}

/**
 * A new deck's slug: `u-` and its title, numbered when taken. The prefix keeps it clear of every
 * built-in deck (those are content/ folder names, which never start with `u-`), and `existing` holds
 * the user decks already saved (and, for safety, the built-in slugs).
 */
export function userDeckSlug(title: string, existing: Iterable<string>): string {
  const taken = new Set(existing);
  const base = `${USER_DECK_PREFIX}${slugify(title, 48) || "deck"}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export interface DeckDiff {
  added: string[];
  changed: string[];
  removed: string[];
  kept: string[];
}

/**
 * What an update does, card by card (ids are stable across re-imports, so progress follows them):
 * a card is changed when what the user sees of it differs, kept otherwise. Ids in `next`'s order,
 * removed ones in `old`'s.
 */
export function diffDecks(old: Deck, next: Deck): DeckDiff {
  const look = (d: Deck) =>
    new Map(d.topics.flatMap((t) => t.cards.map((c) => [c.id, JSON.stringify([t.slug, c.promptHtml, c.frontHtml, c.answerHtml])] as const)));
  const before = look(old);
  const after = look(next);
  const diff: DeckDiff = { added: [], changed: [], removed: [], kept: [] };
  for (const [id, seen] of after) {
    const was = before.get(id);
    if (was === undefined) diff.added.push(id);
    else (was === seen ? diff.kept : diff.changed).push(id);
  }
  for (const id of before.keys()) if (!after.has(id)) diff.removed.push(id);
  return diff;
}

/** Every card id of a deck (progress deletion on removal). */
export const deckCardIds = (deck: Deck): string[] => deck.topics.flatMap((t) => t.cards.map((c) => c.id));
