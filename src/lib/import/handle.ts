import type { SqlJsStatic } from "sql.js";
import { importAnki } from "./anki";
import { decodeText, guessMapping, parseTable, tableToDeck } from "./csv";
import { isImportError } from "./errors";
import { fetchBuiltInDeck, type JsonFetcher } from "./built-in-deck";
import { deckToApkg } from "./export-apkg";
import { deckToCsv } from "./export-csv";
import { packReviews } from "./packed-reviews";
import { type ImportRequest, type ImportResponse, requestSchema } from "./protocol";

const HEAD_ROWS = 8;

/** One worker request to its response; never throws (bad input becomes a message). */
export async function handleRequest(raw: unknown, loadSql: () => Promise<SqlJsStatic>, fetcher: JsonFetcher = (url) => fetch(url)): Promise<ImportResponse> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, id: -1, message: "The import page sent a message the worker doesn't understand. Reload the page." };
  const req: ImportRequest = parsed.data;
  try {
    if (req.type === "anki") {
      const { reviews, ...result } = importAnki(req.bytes, await loadSql(), req);
      const packed = reviews ? { packed: packReviews(reviews.reviews), skipped: reviews.skipped, first: reviews.first, last: reviews.last } : null;
      return { ok: true, id: req.id, result: { kind: "anki", ...result, reviews: packed } };
    }
    if (req.type === "export") return await exportDeck(req, loadSql, fetcher);
    const text = req.text ?? (req.bytes ? decodeText(req.bytes) : "");
    const table = parseTable(text, req.options);
    const mapping = req.mapping ?? guessMapping(table);
    const base = { kind: "table" as const, head: table.rows.slice(0, HEAD_ROWS), columns: table.columns, rows: table.rows.length, ragged: table.ragged, mapping };
    try {
      const built = tableToDeck(table, mapping, { slug: req.slug, title: req.title, source: req.fileName });
      return { ok: true, id: req.id, result: { ...base, deck: built.deck, problem: null, skipped: built.skipped, duplicates: built.duplicates } };
    } catch (e) {
      // A mapping that gives no cards is shown beside the mapping, not as a failed import.
      if (!isImportError(e)) throw e;
      return { ok: true, id: req.id, result: { ...base, deck: null, problem: e.message, skipped: 0, duplicates: 0 } };
    }
  } catch (e) {
    if (isImportError(e)) return { ok: false, id: req.id, message: e.message };
    return { ok: false, id: req.id, message: "Something went wrong reading this file. Check that it is an Anki package or a CSV/TSV text file, and try again." };
  }
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
