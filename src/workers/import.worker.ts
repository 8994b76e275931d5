import initSqlJs, { type SqlJsStatic } from "sql.js";
import { handleRequest } from "@/lib/import/handle";
import { SQL_JS_WASM_URL } from "@/lib/import/wasm";

/*
 * Runs the importers and the .apkg exporter off the main thread. Loaded only by /import and by the
 * export buttons when clicked. sql.js's WebAssembly comes from our origin (scripts/copy-wasm.mjs).
 */
function start(): void {
  let sql: Promise<SqlJsStatic> | null = null;
  const loadSql = () => {
    sql ??= initSqlJs({ locateFile: () => SQL_JS_WASM_URL });
    return sql;
  };
  self.onmessage = async (event: MessageEvent<unknown>) => {
    const response = await handleRequest(event.data, loadSql);
    // Moved, not copied: the page's main thread receives buffers, not objects (packed-reviews.ts).
    const transfer: Transferable[] = [];
    if (response.ok && response.result.kind === "export") transfer.push(response.result.bytes.buffer);
    const packed = response.ok && response.result.kind === "anki" ? response.result.reviews?.packed : undefined;
    if (packed) transfer.push(packed.card.buffer, packed.at.buffer, packed.rating.buffer);
    self.postMessage(response, { transfer });
  };
}

start();
