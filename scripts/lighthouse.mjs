/**
 * `npm run lighthouse`: Lighthouse (default config: mobile, simulated slow 4G and 4× CPU slowdown)
 * on the home page, a topic page, the drill page and /settings of a built export, served on
 * 127.0.0.1 like scripts/serve.mjs does. Prints the four category scores per page and the audits
 * that fail, and writes them to bench/lighthouse.json and the `lighthouse` section of
 * bench/results.json.
 *
 *   npm run build && npm run lighthouse
 *   npm run lighthouse -- --dir=bench/tmp/export-real      another export (e.g. npm run bench's)
 *   npm run lighthouse -- --runs=3                         median performance score of 3 runs
 *   npm run lighthouse -- --plain                          serve without gzip and cache headers
 *
 * Chrome: $CHROME_PATH, else /usr/bin/chromium.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ROOT, freeBenchPort, median, serveExport } from "./bench-lib.mjs";

const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const dir = path.resolve(ROOT, opt("dir") ?? "out");
const RUNS = Number(opt("runs") ?? 1);
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

const PAGES = [
  ["home", "/"],
  ["topic", "/django/models-orm"],
  ["drill", "/drill?topics=django/models-orm&mode=shuffle&seed=abc"],
  ["settings", "/settings"],
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

if (!existsSync(path.join(dir, "index.html"))) {
  console.error(`${path.relative(ROOT, dir)}/ has no build: run \`npm run build\` first (or pass --dir=).`);
  process.exit(1);
}

// Served like a static host or CDN (gzip, immutable /_next/static) unless --plain: serve.mjs's
// bare serve-handler sends everything uncompressed and uncached, which no deployment does.
const PLAIN = args.includes("--plain");
const server = await serveExport(dir, { cdn: !PLAIN });
const chrome = await chromeLauncher.launch({
  chromePath,
  port: await freeBenchPort(),
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

const pages = [];
try {
  for (const [name, route] of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${server.url}${route}`, { port: chrome.port, output: "json", logLevel: "error" });
      runs.push(result.lhr);
    }
    // The run with the median performance score stands for the page.
    const perf = runs.map((l) => l.categories.performance.score);
    const lhr = runs[perf.indexOf(median(perf))] ?? runs[0];
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && ["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode))
      .map((a) => ({
        id: a.id,
        title: a.title,
        score: a.score,
        displayValue: a.displayValue ?? null,
        // For opportunities: which files (largest savings first).
        items: (a.details?.type === "opportunity" ? a.details.items : [])
          .slice(0, 5)
          .map((i) => ({ url: String(i.url ?? "").replace(server.url, ""), wastedBytes: i.wastedBytes ?? null, totalBytes: i.totalBytes ?? null, wastedMs: i.wastedMs ?? null })),
      }));
    const metrics = Object.fromEntries(
      ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index", "interactive"].map((id) => [id, lhr.audits[id]?.displayValue ?? null]),
    );
    pages.push({ page: name, route, scores, performanceRuns: perf.map((s) => Math.round(s * 100)), metrics, failing, runtimeError: lhr.runtimeError ?? null });
    console.error(`${name}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(", ")}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}

const report = {
  generatedAt: new Date().toISOString(),
  lighthouse: JSON.parse(readFileSync(path.join(ROOT, "node_modules/lighthouse/package.json"), "utf8")).version,
  config: "default (mobile: Moto G Power-class viewport, simulated slow 4G, 4× CPU slowdown)",
  export: path.relative(ROOT, dir),
  served: PLAIN ? "plain serve-handler (no compression, no cache headers)" : "like a CDN: gzip, Cache-Control immutable for /_next/static",
  runsPerPage: RUNS,
  pages,
};

console.log(`\nLighthouse ${report.lighthouse}, mobile preset, ${report.export}/ served ${report.served}\n`);
console.log("| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |");
console.log("|------|------:|------:|------:|------:|-----:|-----:|-----:|");
for (const p of pages) {
  const m = p.metrics;
  console.log(`| ${p.page} (${p.route}) | ${CATEGORIES.map((c) => p.scores[c]).join(" | ")} | ${m["largest-contentful-paint"]} | ${m["total-blocking-time"]} | ${m["cumulative-layout-shift"]} |`);
}
console.log("\nFailing audits (score < 0.9):");
for (const p of pages) {
  console.log(`- ${p.page}: ${p.failing.map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`).join(", ") || "none"}`);
}

writeFileSync(path.join(ROOT, "bench", "lighthouse.json"), `${JSON.stringify(report, null, 2)}\n`);
const resultsFile = path.join(ROOT, "bench", "results.json");
const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : {};
writeFileSync(resultsFile, `${JSON.stringify({ ...results, lighthouse: report }, null, 2)}\n`);
console.error("wrote bench/lighthouse.json and the lighthouse section of bench/results.json");
