import { type Deck, deckSchema } from "@/lib/content/models";
import { isDeckLike } from "./protocol-guards";
import { isPackedReviews, type PackedReviews } from "./packed-reviews";
import { z } from "@/lib/zod-jitless";

/*
 * Messages between the /import page and src/workers/import.worker.ts, checked with zod on both
 * sides: the worker checks what it is asked, the page checks what comes back.
 */

const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, "bytes");
const tableOptions = z.object({ fieldSeparator: z.string().max(10), rowSeparator: z.string().max(10), quotes: z.boolean() });
const column = z.number().int().min(0).max(1000);
export const mappingSchema = z.object({
  question: column,
  answer: column.nullable(),
  topic: column.nullable(),
  tags: column.nullable(),
  header: z.boolean(),
  format: z.enum(["markdown", "html"]),
});

export const exportFormat = z.enum(["apkg", "csv-html", "csv-markdown"]);
export type ExportFormat = z.infer<typeof exportFormat>;
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const builtInRef = z.object({ slug, title: z.string().min(1), topics: z.array(z.object({ slug, title: z.string().min(1) })).min(1) });

export const requestSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("anki"),
    id: z.number(),
    bytes,
    fileName: z.string(),
    slug: z.string(),
    topicsFrom: z.enum(["deck", "tags"]),
    withReviews: z.boolean(),
  }),
  z.object({
    type: z.literal("table"),
    id: z.number(),
    text: z.string().optional(), // pasted text
    bytes: bytes.optional(), // a file, decoded as UTF-8 in the worker
    fileName: z.string(),
    slug: z.string(),
    title: z.string(),
    options: tableOptions,
    mapping: mappingSchema.nullable(), // null: guess
  }),
  z.object({
    type: z.literal("export"),
    id: z.number(),
    format: exportFormat,
    // An added deck is sent whole; the built-in deck is fetched by the worker from its /data files.
    source: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("deck"), deck: deckSchema, assets: z.record(z.string(), z.string()) }),
      z.object({ kind: z.literal("built-in"), ref: builtInRef }),
    ]),
    now: z.number(),
  }),
]);
export type ImportRequest = z.infer<typeof requestSchema>;

// Checked by loops, not zod objects: see protocol-guards.ts for why and what they check.
const bigDeck = z.custom<Deck>(isDeckLike, "a deck");
const packedReviews = z.custom<PackedReviews>(isPackedReviews, "a list of reviews");

export const ankiResultSchema = z.object({
  kind: z.literal("anki"),
  deck: bigDeck,
  title: z.string(),
  assets: z.record(z.string(), z.string()),
  reviews: z
    .object({
      packed: packedReviews, // columns, unpacked on save (packed-reviews.ts)
      skipped: z.object({ manual: z.number(), filtered: z.number(), rescheduled: z.number(), unknownCard: z.number() }),
      first: z.number().nullable(),
      last: z.number().nullable(),
    })
    .nullable(),
  layout: z.enum(["anki2", "anki21", "anki21b"]),
  notes: z.number(),
  duplicates: z.number(),
  skippedCards: z.number(),
  soundsDropped: z.number(),
  imagesDropped: z.array(z.string()),
  otherNoteTypes: z.array(z.string()),
});
export type AnkiResult = z.infer<typeof ankiResultSchema>;

export const tableResultSchema = z.object({
  kind: z.literal("table"),
  head: z.array(z.array(z.string())), // the first rows, for the mapping step
  columns: z.number(),
  rows: z.number(),
  ragged: z.number(),
  mapping: mappingSchema,
  deck: bigDeck.nullable(), // null with `problem` when this mapping gives no cards
  problem: z.string().nullable(),
  skipped: z.number(),
  duplicates: z.number(),
});
export type TableResult = z.infer<typeof tableResultSchema>;

/** An exported file: its bytes, and the deck's title and card count for the message. */
export const exportResultSchema = z.object({ kind: z.literal("export"), bytes, title: z.string(), cards: z.number() });

export const responseSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), id: z.number(), result: z.union([ankiResultSchema, tableResultSchema, exportResultSchema]) }),
  z.object({ ok: z.literal(false), id: z.number(), message: z.string() }),
]);
export type ImportResponse = z.infer<typeof responseSchema>;
