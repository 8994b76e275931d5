// Bundles the import worker (src/workers/import.worker.ts) with esbuild into public/vendor/, beside
// sql.js's WebAssembly. Turbopack's worker bundling in this Next version loads chunks through
// `document`, which a worker has not; a self-contained file served from our origin has no such
// problem and is fetched only when /import (or an export button) starts the worker.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

await build({
  entryPoints: ["src/workers/import.worker.ts"],
  outfile: "public/vendor/import-worker.js",
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  // "worker" first: packages such as decode-named-character-reference ship a DOM build for "browser".
  conditions: ["worker", "browser"],
  target: "es2022",
  alias: { "@": fileURLToPath(new URL("../src", import.meta.url)) },
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
});
