import { cardSchema, deckSchema } from "@/lib/content/models";
import { isPackedReviews, type PackedReviews } from "./packed-reviews";
import { z } from "@/lib/zod-jitless";

/*
 * Messages between the /import page and src/workers/import.worker.ts, checked with zod on both
 * sides: the worker checks what it is asked, the page checks what comes back. A parsed deck never
 * crosses: the worker keeps it (kept-imports.ts) and answers with a preview; "save" has the worker
 * write it to IndexedDB and answer with its slug, its size and the packed review history.
 */

const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, "bytes");
/**
 * A chosen file: its bytes, or the File itself, read in the worker, so the page's main thread never
 * copies a large package (reading 3 MB there was a long task at the preview's start).
 */
const fileBytes = z.custom<Uint8Array | Blob>((v) => v instanceof Uint8Array || (typeof Blob !== "undefined" && v instanceof Blob), "bytes or a file");

/** The bytes of a `fileBytes` value. */
export async function bytesOf(data: Uint8Array | Blob): Promise<Uint8Array> {
  return data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
}
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
/** Where an imported deck came from, as the deck layer records it. */
const importSource = z.object({ kind: z.enum(["anki", "csv"]), label: z.string() });
const count = z.number().int().nonnegative();

export const requestSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("anki"),
    id: z.number(),
    bytes: fileBytes,
    fileName: z.string(),
    slug: z.string(),
    topicsFrom: z.enum(["deck", "tags"]),
    withReviews: z.boolean(),
  }),
  z.object({
    type: z.literal("table"),
    id: z.number(),
    from: z.number().optional(), // the key of a table the worker kept: a new mapping of it, text and bytes unused
    text: z.string().optional(), // pasted text
    bytes: fileBytes.optional(), // a file, decoded as UTF-8 in the worker
    fileName: z.string(),
    slug: z.string(),
    title: z.string(),
    options: tableOptions,
    mapping: mappingSchema.nullable(), // null: guess
  }),
  // Saves the deck the worker kept under `key` (an anki or table answer's key).
  z.object({ type: z.literal("save"), id: z.number(), key: z.number(), source: importSource, now: z.number() }),
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

export const previewSchema = z.object({
  title: z.string().min(1),
  cards: count,
  topics: z.array(z.object({ slug: z.string(), title: z.string(), cards: count })),
  sample: z.array(cardSchema).max(20),
});

export const ankiResultSchema = z.object({
  kind: z.literal("anki"),
  key: z.number(), // what "save" names to save this deck
  preview: previewSchema,
  reviews: z
    .object({
      count,
      skipped: z.object({ manual: count, filtered: count, rescheduled: count, unknownCard: count }),
      first: z.number().nullable(),
      last: z.number().nullable(),
    })
    .nullable(), // null: cards only
  layout: z.enum(["anki2", "anki21", "anki21b"]),
  notes: count,
  duplicates: count,
  skippedCards: count,
  soundsDropped: count,
  pictures: count, // kept with the deck
  imagesDropped: z.array(z.string()),
  otherNoteTypes: z.array(z.string()),
});
export type AnkiResult = z.infer<typeof ankiResultSchema>;

export const tableResultSchema = z.object({
  kind: z.literal("table"),
  key: z.number(), // "save" of this deck, and `from` of a new mapping of this table
  head: z.array(z.array(z.string())), // the first rows, for the mapping step
  columns: count,
  rows: count,
  ragged: count,
  mapping: mappingSchema,
  preview: previewSchema.nullable(), // null with `problem` when this mapping gives no cards
  problem: z.string().nullable(),
  skipped: count,
  duplicates: count,
});
export type TableResult = z.infer<typeof tableResultSchema>;

/** A saved import: the page notes it and merges the history (packed, moved: packed-reviews.ts) into progress. */
export const savedResultSchema = z.object({
  kind: z.literal("saved"),
  slug: z.string().regex(/^u-[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  cards: count,
  bytes: count,
  reviews: z.custom<PackedReviews>(isPackedReviews, "a list of reviews").nullable(),
});
export type SavedResult = z.infer<typeof savedResultSchema>;

/** An exported file: its bytes, and the deck's title and card count for the message. */
export const exportResultSchema = z.object({ kind: z.literal("export"), bytes, title: z.string(), cards: z.number() });

export const responseSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), id: z.number(), result: z.discriminatedUnion("kind", [ankiResultSchema, tableResultSchema, savedResultSchema, exportResultSchema]) }),
  z.object({ ok: z.literal(false), id: z.number(), message: z.string() }),
]);
export type ImportResponse = z.infer<typeof responseSchema>;
