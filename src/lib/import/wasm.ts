/** Where sql.js's WebAssembly is served from (scripts/copy-wasm.mjs puts it there; a test checks the version). */
export const SQL_JS_VERSION = "1.17.0";
export const SQL_JS_WASM_URL = `/vendor/sql-wasm-${SQL_JS_VERSION}.wasm`;
export const IMPORT_WORKER_URL = "/vendor/import-worker.js";
