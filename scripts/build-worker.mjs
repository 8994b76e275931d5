// Bundles the workers that Turbopack cannot (the Anki/CSV import worker, the optimizer with
// fsrs-browser's WebAssembly glue, the retention simulator, the /stats counter) with esbuild into public/vendor/, beside
// the wasm files. Turbopack's worker bundling in this Next version loads chunks through `document`,
// which a worker has not, and hung `next build` on fsrs-browser's self-spawning thread helper; a
// self-contained file served from our origin has neither problem and is fetched only when a page
// starts the worker (never in a page's first load).
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const WORKERS = { "import.worker.ts": "import-worker.js", "optimizer.worker.ts": "optimizer-worker.js", "simulator.worker.ts": "simulator-worker.js", "stats.worker.ts": "stats-worker.js" };

await Promise.all(
  Object.entries(WORKERS).map(([entry, out]) =>
    build({
      entryPoints: [`src/workers/${entry}`],
      outfile: `public/vendor/${out}`,
      bundle: true,
      minify: true,
      format: "iife",
      platform: "browser",
      // "worker" first: packages such as decode-named-character-reference ship a DOM build for "browser".
      conditions: ["worker", "browser"],
      target: "es2022",
      alias: { "@": fileURLToPath(new URL("../src", import.meta.url)) },
      define: { "process.env.NODE_ENV": '"production"' },
      // fsrs-browser reads import.meta.url only to find its wasm and to spawn thread workers: the
      // optimizer passes the wasm's URL and starts no threads, so an empty import.meta is harmless.
      logOverride: { "empty-import-meta": "silent" },
      logLevel: "warning",
    }),
  ),
);
