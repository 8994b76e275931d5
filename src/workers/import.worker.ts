import initSqlJs, { type SqlJsStatic } from "sql.js";
import { createImportSession } from "@/lib/import/handle";
import type { ImportResponse } from "@/lib/import/protocol";
import { SQL_JS_WASM_URL } from "@/lib/import/wasm";

/*
 * Runs the importers and the .apkg exporter off the main thread, and keeps each parsed deck until
 * it is saved from here to IndexedDB (the page sees previews only). Loaded only by /import and by
 * the export buttons when clicked. sql.js's WebAssembly comes from our origin (scripts/copy-wasm.mjs).
 */

/** Buffers moved, not copied, to the page: an export's file, a saved import's review columns. */
function transferables(response: ImportResponse): Transferable[] {
  if (!response.ok) return [];
  const { result } = response;
  if (result.kind === "export") return [result.bytes.buffer];
  if (result.kind === "saved" && result.reviews) return [result.reviews.card.buffer, result.reviews.at.buffer, result.reviews.rating.buffer];
  return [];
}

function start(): void {
  let sql: Promise<SqlJsStatic> | null = null;
  const loadSql = () => {
    sql ??= initSqlJs({ locateFile: () => SQL_JS_WASM_URL });
    return sql;
  };
  const handle = createImportSession({ loadSql });
  self.onmessage = async (event: MessageEvent<unknown>) => {
    const response = await handle(event.data);
    self.postMessage(response, { transfer: transferables(response) });
  };
}

start();
