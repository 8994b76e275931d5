import type { SqlJsStatic } from "sql.js";
import { importAnki } from "./anki";
import { decodeText, guessMapping, parseTable, tableToDeck } from "./csv";
import { isImportError } from "./errors";
import { deckToApkg } from "./export-apkg";
import { type ImportRequest, type ImportResponse, requestSchema } from "./protocol";

const HEAD_ROWS = 8;

/** One worker request to its response; never throws (bad input becomes a message). */
export async function handleRequest(raw: unknown, loadSql: () => Promise<SqlJsStatic>): Promise<ImportResponse> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, id: -1, message: "The import page sent a message the worker doesn't understand. Reload the page." };
  const req: ImportRequest = parsed.data;
  try {
    if (req.type === "anki") {
      const result = importAnki(req.bytes, await loadSql(), req);
      return { ok: true, id: req.id, result: { kind: "anki", ...result } };
    }
    if (req.type === "export-apkg") {
      return { ok: true, id: req.id, result: { kind: "apkg", bytes: deckToApkg(req.deck, await loadSql(), req.now, req.assets) } };
    }
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
