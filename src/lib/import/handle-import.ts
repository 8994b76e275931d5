import type { UseStore } from "idb-keyval";
import type { SqlJsStatic } from "sql.js";
import { UserDeckSaveError } from "@/lib/deck/user-decks-db";
import { importAnki } from "./anki";
import { decodeText, guessMapping, parseTable, tableToDeck } from "./csv";
import { ImportError, isImportError } from "./errors";
import type { KeptImports } from "./kept-imports";
import { packReviews } from "./packed-reviews";
import { previewOf } from "./preview";
import type { ImportRequest, ImportResponse } from "./protocol";
import { saveKeptDeck } from "./save-deck";

/*
 * The import requests of the worker (handle.ts dispatches): read a package or a table, keep the
 * parsed deck in `kept`, answer with a preview; save a kept deck. Each throws ImportError or
 * UserDeckSaveError with words for the user.
 */

const HEAD_ROWS = 8;
type Req<T extends ImportRequest["type"]> = Extract<ImportRequest, { type: T }>;
type Ok = Extract<ImportResponse, { ok: true }>;

export function readAnki(req: Req<"anki">, bytes: Uint8Array, SQL: SqlJsStatic, kept: KeptImports): Ok {
  const { deck, title, assets, reviews, ...rest } = importAnki(bytes, SQL, req);
  const packed = reviews ? packReviews(reviews.reviews) : null;
  kept.keep(req.id, { deck: { deck, title, assets, reviews: packed }, table: null });
  const summary = reviews ? { count: reviews.reviews.length, skipped: reviews.skipped, first: reviews.first, last: reviews.last } : null;
  const pictures = Object.keys(assets).length;
  return { ok: true, id: req.id, result: { kind: "anki", key: req.id, preview: previewOf(deck, title, assets), reviews: summary, pictures, ...rest } };
}

/** `bytes`: the request's file, read (undefined for pasted text or a kept table). */
export function readTable(req: Req<"table">, bytes: Uint8Array | undefined, kept: KeptImports): Ok {
  const earlier = req.from === undefined ? null : kept.get(req.from)?.table;
  if (earlier === undefined) throw new ImportError("gone", "The file read earlier is no longer at hand. Choose it again.");
  const table = earlier ?? parseTable(req.text ?? (bytes ? decodeText(bytes) : ""), req.options);
  const mapping = req.mapping ?? guessMapping(table);
  const base = { kind: "table" as const, key: req.id, head: table.rows.slice(0, HEAD_ROWS), columns: table.columns, rows: table.rows.length, ragged: table.ragged, mapping };
  try {
    const built = tableToDeck(table, mapping, { slug: req.slug, title: req.title, source: req.fileName });
    kept.keep(req.id, { deck: { deck: built.deck, title: built.deck.title, assets: {}, reviews: null }, table });
    return { ok: true, id: req.id, result: { ...base, preview: previewOf(built.deck, built.deck.title, {}), problem: null, skipped: built.skipped, duplicates: built.duplicates } };
  } catch (e) {
    // A mapping that gives no cards is shown beside the mapping, not as a failed import.
    if (!isImportError(e)) throw e;
    kept.keep(req.id, { deck: null, table });
    return { ok: true, id: req.id, result: { ...base, preview: null, problem: e.message, skipped: 0, duplicates: 0 } };
  }
}

export async function saveKept(req: Req<"save">, kept: KeptImports, store?: UseStore): Promise<Ok> {
  const deck = kept.get(req.key)?.deck;
  if (!deck) throw new UserDeckSaveError("failed", "The deck read earlier is no longer at hand, so nothing was saved. Choose the file again and save.");
  const saved = await saveKeptDeck(deck, req.source, req.now, store);
  return { ok: true, id: req.id, result: { kind: "saved", ...saved } };
}
