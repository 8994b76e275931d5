// Serves the WebAssembly of sql.js (the Anki import) and fsrs-browser (the optimizer) and the
// esbuild-bundled workers from our own origin (the CSP allows no other): run before `next dev` and
// `next build`. Each wasm is named by its package's version so a new one is never served from a cache.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";

const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")).version;
mkdirSync("public/vendor", { recursive: true });
copyFileSync("node_modules/sql.js/dist/sql-wasm-browser.wasm", `public/vendor/sql-wasm-${version("sql.js")}.wasm`);
copyFileSync("node_modules/fsrs-browser/fsrs_browser_bg.wasm", `public/vendor/fsrs-browser-${version("fsrs-browser")}.wasm`);
await import("./build-worker.mjs");
