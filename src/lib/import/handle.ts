import type { UseStore } from "idb-keyval";
import type { SqlJsStatic } from "sql.js";
import { UserDeckSaveError } from "@/lib/deck/user-decks-db";
import { isImportError } from "./errors";
import { fetchBuiltInDeck, type JsonFetcher } from "./built-in-deck";
import { deckToApkg } from "./export-apkg";
import { deckToCsv } from "./export-csv";
import { readAnki, readTable, saveKept } from "./handle-import";
import { createKeptImports } from "./kept-imports";
import { bytesOf, type ImportRequest, type ImportResponse, requestSchema } from "./protocol";

export interface ImportSessionOptions {
  loadSql: () => Promise<SqlJsStatic>;
  /** How the built-in deck's /data files are fetched. @default fetch */
  fetcher?: JsonFetcher;
  /** Where decks are saved. @default the app's user-decks store (user-decks-db.ts) */
  decksStore?: UseStore;
}

/**
 * The import worker's state (the decks it keeps between preview and save) and its handler: one
 * request to its response; never throws (bad input becomes a message).
 */
export function createImportSession({ loadSql, fetcher = (url) => fetch(url), decksStore }: ImportSessionOptions) {
  const kept = createKeptImports();
  return async function handleRequest(raw: unknown): Promise<ImportResponse> {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, id: -1, message: "The import page sent a message the worker doesn't understand. Reload the page." };
    const req: ImportRequest = parsed.data;
    try {
      if (req.type === "anki") return readAnki(req, await bytesOf(req.bytes), await loadSql(), kept);
      if (req.type === "table") return readTable(req, req.bytes === undefined ? undefined : await bytesOf(req.bytes), kept);
      if (req.type === "save") return await saveKept(req, kept, decksStore);
      return await exportDeck(req, loadSql, fetcher);
    } catch (e) {
      if (isImportError(e) || e instanceof UserDeckSaveError) return { ok: false, id: req.id, message: e.message };
      if (req.type === "save") return { ok: false, id: req.id, message: "The deck could not be saved, so nothing was kept. Try again; if it keeps failing, reload the page." };
      return { ok: false, id: req.id, message: "Something went wrong reading this file. Check that it is an Anki package or a CSV/TSV text file, and try again." };
    }
  };
}

type ExportRequest = Extract<ImportRequest, { type: "export" }>;

/** A deck as a file; a failure names the cause (a missing /data file offline, most likely). */
async function exportDeck(req: ExportRequest, loadSql: () => Promise<SqlJsStatic>, fetcher: JsonFetcher): Promise<ImportResponse> {
  try {
    const { source } = req;
    const deck = source.kind === "deck" ? source.deck : await fetchBuiltInDeck(source.ref, fetcher);
    const assets = source.kind === "deck" ? source.assets : {};
    const bytes =
      req.format === "apkg"
        ? await deckToApkg(deck, await loadSql(), req.now, assets)
        : new TextEncoder().encode(deckToCsv(deck, req.format === "csv-markdown" ? "markdown" : "html"));
    const cards = deck.topics.reduce((n, t) => n + t.cards.length, 0);
    return { ok: true, id: req.id, result: { kind: "export", bytes, title: deck.title, cards } };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, id: req.id, message: `The export failed (${why}). Check that you are online, reload the page and try again.` };
  }
}
