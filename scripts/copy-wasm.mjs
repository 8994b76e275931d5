// Serves sql.js's WebAssembly and the import worker from our own origin (the CSP allows no other):
// run before `next dev` and `next build`. The wasm is named by version so a new sql.js is never
// served from a cache.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync("node_modules/sql.js/package.json", "utf8"));
mkdirSync("public/vendor", { recursive: true });
copyFileSync("node_modules/sql.js/dist/sql-wasm-browser.wasm", `public/vendor/sql-wasm-${version}.wasm`);
await import("./build-worker.mjs");
