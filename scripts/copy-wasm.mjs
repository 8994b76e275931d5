// Serves sql.js's WebAssembly from our own origin (the CSP allows no other): copied into public/
// before `next dev` and `next build`, named by version so a new sql.js is never served from cache.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync("node_modules/sql.js/package.json", "utf8"));
mkdirSync("public/vendor", { recursive: true });
copyFileSync("node_modules/sql.js/dist/sql-wasm-browser.wasm", `public/vendor/sql-wasm-${version}.wasm`);
