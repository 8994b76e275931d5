/**
 * `npm run bench`: PrepDeck's performance figures (issue 6). Prints tables and writes
 * bench/results.json (a `lighthouse` section written by `npm run lighthouse` is kept).
 *
 *   npm run bench                          everything (about 6–8 minutes on 2 cores)
 *   npm run bench -- --only=bundle,history sections: bundle, pages, paint, load, content, precache, history, stats, interaction, reader, add, import, optimizer
 *   npm run bench -- --only=pages --runs=5 Lighthouse runs per page (default 3)
 *   npm run bench -- --update-floor        also re-measure and commit bench/bare-floor.json
 *   npm run bench -- --count=50            fewer interactions (default 200)
 *   npm run bench -- --keep                keep the 10,000-card export (bench/tmp/export-10k)
 *   npm run bench -- --export=out          measure an existing export instead of building one
 *                                          (the bare page is still built; the 10,000-card export is
 *                                          reused by `precache` when bench/tmp/export-10k exists)
 *   npm run bench -- --reuse-bare          reuse bench/tmp/bare/out (pages and paint sections only)
 *   BENCH_PORTS=4270-4279                  the ports servers and Chrome may use (the default)
 *
 * Sections
 * - bundle: first-load JS (gzip -9) of every exported route of the real bank, next to a bare
 *   one-page Next.js app built in the same run with the same versions; ratio and 1.15× budget.
 * - pages: Lighthouse (mobile) on /, a topic page, /drill and /settings, interleaved with the bare
 *   page in the same run: main-thread work, TBT, LCP, score; medians and ratios (issue 12 goals).
 * - load: the progress layer's scripting on page load in Chromium, empty vs 100,000 stored reviews,
 *   first load and later loads (which start from the checkpoint of card states).
 * - content: build time, peak memory and page bytes, real 65-card bank vs a generated
 *   10,000-card bank (100 topics × 100 cards, each with a code block); and the search index of
 *   each (gzip size, load and query time: scripts/bench-search.ts).
 * - history: storage and domain-function timings for 1,000 / 10,000 / 100,000 reviews.
 * - stats: /stats's statistics over 100,000 reviews in Node (replay and computeStats apart), and a direct
 *   load of /stats in Chromium with 100,000 stored reviews: the page's whole script, goal under 300 ms.
 * - interaction: key → painted latency on /drill in Chromium, empty vs 100,000 stored reviews.
 * - reader: the pure reader (what the bank doctor and the add-deck page run) on a generated 500 KB,
 *   400-question README and on the largest real bank, without and with shiki: wall and CPU time,
 *   peak RSS and heap (from --trace-gc: see scripts/bench-reader.ts), each in a fresh process
 *   (median of --runs), and shiki's one-off set-up. Goal: under 1 s and 150 MB (heap).
 * - add: /add in Chromium: a generated 500 KB, 400-question README from drop to preview (goal under
 *   2 s, no main-thread task over 50 ms), and each route's main-thread work with 10 added decks
 *   against none (goal: at most 10 % more); scripts/bench-add-deck.mjs.
 * - import: a generated 10,000-note .apkg with 100,000 revlog rows read to the preview and saved, in
 *   Node with the import worker's code (scripts/bench-import.ts) and in Chromium from file choice
 *   through save with every main-thread long task (scripts/bench-import-browser.mjs); the
 *   libraries' gzip sizes.
 * - optimizer: fitting FSRS (fsrs-browser, single-threaded) to about 100,000 synthetic reviews, budget 60 s.
 * - paint: Chromium traces (4× CPU) of the five pages and the bare page: first and largest
 *   contentful paint and the script run before them, by file (scripts/bench-paint-trace.mjs).
 * - precache: what the service worker's first install downloads (gzip), for the real bank and a
 *   generated 10,000-card bank (scripts/bench-precache.mjs).
 *
 * Builds go to bench/tmp/ (git-ignored) through PREPDECK_DIST_DIR, so out/ is left alone; the
 * intermediate build still uses .next/, which Next locks, so a concurrent build makes us wait.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  ROOT,
  TMP,
  GZIP_LEVEL,
  buildBare,
  buildProject,
  chunkContents,
  firstLoadJs,
  frameworkVersions,
  generateBank,
  kb,
  mb,
} from "./bench-lib.mjs";
import { measureInteraction } from "./bench-interaction.mjs";
import { GOALS, measurePages } from "./bench-pages.mjs";
import { measureLoad, standardScenarios } from "./bench-load.mjs";
import { measureDrillData } from "./bench-drill-data.mjs";
import { measurePaintTraces } from "./bench-paint-trace.mjs";
import { measurePrecache } from "./bench-precache.mjs";

const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const SECTIONS = (opt("only") ?? "bundle,pages,paint,load,content,precache,history,stats,interaction,reader,add,import,optimizer").split(",");
const EXPORT = opt("export");
const RUNS = Number(opt("runs") ?? 3);
const UPDATE_FLOOR = args.includes("--update-floor");
const COUNT = Number(opt("count") ?? 200);
const BUDGET_RATIO = 1.15;
const RESULTS = path.join(ROOT, "bench", "results.json");
const FLOOR = path.join(ROOT, "bench", "bare-floor.json");

const say = (...a) => console.error(...a);
mkdirSync(TMP, { recursive: true });

/** Prints a table: rows of objects, columns [header, fn]. */
function table(title, rows, columns) {
  const cells = [columns.map(([h]) => h), ...rows.map((r) => columns.map(([, f]) => String(f(r) ?? "–")))];
  const widths = columns.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((s, i) => (i === 0 ? s.padEnd(widths[i]) : s.padStart(widths[i]))).join(" | ")} |`;
  console.log(`\n${title}\n`);
  console.log(line(cells[0]));
  console.log(`|${widths.map((w, i) => (i === 0 ? `${"-".repeat(w + 1)}-` : `-${"-".repeat(w)}:`)).join("|")}|`);
  for (const c of cells.slice(1)) console.log(line(c));
}

const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, "utf8")) : {};
const results = {
  ...previous,
  generatedAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.arch()}` },
  versions: frameworkVersions(),
};

/** Libraries recognisable in a minified chunk (a heuristic, for "which chunks dominate"). */
const MARKERS = [
  ["zod", /ZodError|invalid_type/],
  ["ts-fsrs", /FSRS|request_retention/],
  ["zustand persist", /onRehydrateStorage|skipHydration/],
  ["app: progress store", /prepdeck:progress/],
  ["app: drill", /aria-keyshortcuts/],
  ["react-dom", /__reactFiber/],
  ["next app router", /createFromReadableStream/],
  ["next navigation hooks", /ReadonlyURLSearchParams/],
  ["next/link", /Children\.only\(/],
  ["next error UI", /--next-error-title/],
];
/** "zod 37.4 kB, ts-fsrs 8.0 kB": the chunk's modules grouped by marker, each gzipped alone. */
const markersOf = (file) =>
  chunkContents(file, MARKERS)
    .filter((g) => g.gzip >= 512)
    .map((g) => `${g.name} ${kb(g.gzip)}`);

const realDir = "bench/tmp/export-real";
let realBuild = null;

async function ensureRealBuild() {
  if (realBuild) return realBuild;
  if (EXPORT) {
    realBuild = { exportDir: path.resolve(ROOT, EXPORT) };
    return realBuild;
  }
  say("building the real bank into bench/tmp/export-real …");
  const r = await buildProject({ distDir: realDir });
  realBuild = { ...r, exportDir: path.join(ROOT, realDir) };
  return realBuild;
}

let bareBuild = null;

async function ensureBareBuild() {
  if (bareBuild) return bareBuild;
  if (args.includes("--reuse-bare") && existsSync(path.join(TMP, "bare", "out", "index.html"))) {
    bareBuild = { exportDir: path.join(TMP, "bare", "out") };
    return bareBuild;
  }
  say("building the bare one-page app in bench/tmp/bare …");
  bareBuild = await buildBare();
  return bareBuild;
}

async function bundleSection() {
  const real = await ensureRealBuild();
  const bare = await ensureBareBuild();
  const floorJs = bare.page.jsGzip;
  const versions = frameworkVersions();
  const routes = firstLoadJs(real.exportDir).map((p) => ({
    route: p.route,
    jsGzip: p.jsGzip,
    jsBytes: p.jsBytes,
    htmlGzip: p.htmlGzip,
    ratio: Math.round((p.jsGzip / floorJs) * 1000) / 1000,
    overBudgetBytes: Math.max(0, p.jsGzip - Math.floor(floorJs * BUDGET_RATIO)),
    scripts: p.scripts.map((s) => ({ file: s.src.split("/").pop(), gzip: s.gzip })),
  }));
  // Chunks by how many routes load them, with what they seem to hold.
  const chunkUse = new Map();
  for (const r of routes) for (const s of r.scripts) chunkUse.set(s.file, { ...s, routes: (chunkUse.get(s.file)?.routes ?? 0) + 1 });
  const chunks = [...chunkUse.values()]
    .sort((a, b) => b.gzip - a.gzip)
    .map((c) => ({ ...c, holds: markersOf(path.join(real.exportDir, "_next/static/chunks", c.file)) }));
  const bareChunks = bare.page.scripts.map((s) => ({ file: s.src.split("/").pop(), gzip: s.gzip, holds: markersOf(path.join(bare.exportDir, "_next/static/chunks", s.src.split("/").pop())) }));

  let floor = existsSync(FLOOR) ? JSON.parse(readFileSync(FLOOR, "utf8")) : null;
  if (UPDATE_FLOOR || !floor) {
    floor = {
      about: "First-load JS (gzip -9) of a bare one-page Next.js app (scripts/bench-lib.mjs buildBare) with the versions below. tests/e2e/budget.spec.ts fails any route over budgetRatio × bareFirstLoadJsGzip. Re-measure with `npm run bench -- --only=bundle --update-floor` after upgrading Next or React.",
      measuredAt: new Date().toISOString(),
      measuredWith: versions,
      gzipLevel: GZIP_LEVEL,
      budgetRatio: BUDGET_RATIO,
      bareFirstLoadJsGzip: floorJs,
      scripts: bareChunks.map(({ file, gzip }) => ({ file, gzip })),
    };
    writeFileSync(FLOOR, `${JSON.stringify(floor, null, 2)}\n`);
    say(`wrote ${path.relative(ROOT, FLOOR)}: ${floorJs} B`);
  } else if (JSON.stringify(floor.measuredWith) !== JSON.stringify(versions)) {
    say(`bench/bare-floor.json was measured with ${JSON.stringify(floor.measuredWith)}, installed: ${JSON.stringify(versions)}: run with --update-floor`);
  } else if (floor.bareFirstLoadJsGzip !== floorJs) {
    say(`note: the bare page measured ${floorJs} B now, bench/bare-floor.json says ${floor.bareFirstLoadJsGzip} B`);
  }

  results.firstLoad = {
    gzipLevel: GZIP_LEVEL,
    budgetRatio: BUDGET_RATIO,
    bare: { jsGzip: floorJs, htmlGzip: bare.page.htmlGzip, buildMs: Math.round(bare.ms), scripts: bareChunks },
    committedFloor: floor.bareFirstLoadJsGzip,
    routes: routes.map(({ scripts, ...r }) => ({ ...r, scripts: scripts.map((s) => s.file) })),
    chunks,
  };
  table(
    `First-load JS per route (gzip -${GZIP_LEVEL}); bare Next.js page: ${kb(floorJs)}; budget ${BUDGET_RATIO}× = ${kb(floorJs * BUDGET_RATIO)}`,
    routes,
    [
      ["route", (r) => r.route],
      ["first-load JS", (r) => kb(r.jsGzip)],
      ["× bare", (r) => r.ratio.toFixed(2)],
      ["budget", (r) => (r.overBudgetBytes ? `over by ${kb(r.overBudgetBytes)}` : "ok")],
    ],
  );
  table("Chunks loaded by the routes (gzip), largest first", chunks, [
    ["chunk", (c) => c.file],
    ["gzip", (c) => kb(c.gzip)],
    ["routes", (c) => `${c.routes}/${routes.length}`],
    ["holds (modules by marker, gzip alone)", (c) => c.holds.join(", ") || "?"],
  ]);
  table("The bare page's chunks (gzip)", bareChunks, [
    ["chunk", (c) => c.file],
    ["gzip", (c) => kb(c.gzip)],
    ["holds (modules by marker, gzip alone)", (c) => c.holds.join(", ") || "?"],
  ]);
}

/** Lighthouse on five pages and the bare page, interleaved, medians of RUNS (scripts/bench-pages.mjs). */
async function pagesSection() {
  const real = await ensureRealBuild();
  const bare = await ensureBareBuild();
  say(`Lighthouse (mobile preset) on the bare page and 5 pages, ${RUNS} runs each, interleaved …`);
  const rows = await measurePages({ exportDir: real.exportDir, bareDir: bare.exportDir, runs: RUNS, log: say });
  results.pages = { method: "Lighthouse default config (mobile, simulated slow 4G, 4× CPU), served like a CDN, interleaved with the bare page", runs: RUNS, goals: GOALS, rows, loadAverage: os.loadavg()[0] };
  const mark = (ok) => (ok ? "" : " ✗");
  table(`Page load vs a bare Next.js page (Lighthouse mobile, median of ${RUNS}; goals: main thread ≤ ${GOALS.mainThread}×, LCP ≤ ${GOALS.lcp}×, score within ${GOALS.scorePoints})`, rows, [
    ["page", (r) => (r.page === "bare page" ? r.page : `${r.page} (${r.route.split("?")[0]})`)],
    ["main-thread work", (r) => `${(r.median.mainThreadMs / 1000).toFixed(2)} s`],
    ["× bare", (r) => `${r.ratio.mainThread.toFixed(2)}${mark(r.meets.mainThread)}`],
    ["TBT", (r) => `${r.median.tbtMs} ms`],
    ["LCP", (r) => `${(r.median.lcpMs / 1000).toFixed(2)} s`],
    ["× bare ", (r) => `${r.ratio.lcp.toFixed(2)}${mark(r.meets.lcp)}`],
    ["score", (r) => `${r.median.score}${mark(r.meets.score)}`],
    ["requests", (r) => r.median.requests],
    ["transferred", (r) => kb(r.median.transferBytes)],
  ]);
}

function dirBytes(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const full = path.join(dir, name);
    const st = statSync(full);
    return sum + (st.isDirectory() ? dirBytes(full) : st.size);
  }, 0);
}

/** Seconds from the first output containing `from` to the first containing `to`. */
function between(stamps, from, to) {
  const a = stamps.find(([, t]) => t.includes(from))?.[0];
  const b = stamps.find(([, t]) => t.includes(to))?.[0];
  return a == null || b == null ? null : Math.round((b - a) / 100) / 10;
}

function phases(output, stamps = []) {
  const sec = (re) => {
    const m = re.exec(output);
    if (!m) return null;
    return m[2] === "ms" ? Number(m[1]) / 1000 : Number(m[1]);
  };
  return {
    compileS: sec(/Compiled successfully in ([\d.]+)(m?s)/),
    typescriptS: sec(/Finished TypeScript in ([\d.]+)(m?s)/),
    // loading the bank (markdown, highlighting) happens here, outside Next's own timings
    collectPageDataS: between(stamps, "Collecting page data", "Generating static pages"),
    generateS: sec(/Generating static pages[^\n]*\) in ([\d.]+)(m?s)/),
  };
}

function pageFigures(exportDir, topicRoute) {
  const pages = firstLoadJs(exportDir);
  const pick = (route) => pages.find((p) => p.route === route);
  const dataDir = path.join(exportDir, "data");
  const data = existsSync(dataDir) ? dirBytes(dataDir) : 0;
  const row = (label, p) => ({ page: label, route: p.route, htmlBytes: p.htmlBytes, htmlGzip: p.htmlGzip, jsGzip: p.jsGzip, totalGzip: p.htmlGzip + p.jsGzip });
  return { pages: [row("home", pick("/")), row("topic", pick(topicRoute)), row("drill", pick("/drill"))], drillAllTopicsDataBytes: data, exportBytes: dirBytes(exportDir) };
}

function buildFigures(r) {
  return { buildMs: Math.round(r.ms), peakTreeRssBytes: r.peakTreeRss, maxRssSingleProcessBytes: r.maxRssSingle, ...phases(r.output, r.stamps) };
}

async function contentSection() {
  const real = await ensureRealBuild();
  const contentDir = "bench/tmp/content-10k";
  say("generating 100 topics × 100 cards into bench/tmp/content-10k …");
  generateBank(path.join(ROOT, contentDir), 100, 100);
  say("building the generated bank into bench/tmp/export-10k (about 2 minutes) …");
  const gen = await buildProject({ contentDir, distDir: "bench/tmp/export-10k" });
  const realRoutes = firstLoadJs(real.exportDir).map((p) => p.route);
  const realTopic = realRoutes.includes("/django/models-orm") ? "/django/models-orm" : realRoutes.find((r) => r.startsWith("/django/"));
  const banks = [
    { bank: "real (65 cards, 18 topics)", ...buildFigures(real), ...pageFigures(real.exportDir, realTopic) },
    { bank: "generated (10,000 cards, 100 topics)", ...buildFigures(gen), ...pageFigures(path.join(ROOT, "bench/tmp/export-10k"), "/bench/topic-001") },
  ];
  results.content = banks;
  searchFigures([
    { bank: "real (65 cards)", file: path.join(real.exportDir, "search-index.json") },
    { bank: "generated (10,000 cards)", file: path.join(ROOT, "bench/tmp/export-10k/search-index.json") },
  ]);
  say("walking 'drill all topics' on the 10,000-card export in Chromium …");
  const drill = await measureDrillData(path.join(ROOT, "bench/tmp/export-10k"), { cards: 10 });
  results.drillData = { ...drill, goal: { startBytes: 2 * 1024 * 1024, perCardBytes: 50 * 1024 } };
  table("Drill all topics, 10,000 cards (bytes over the wire, gzip; goals: start under 2 MB, each card under 50 KB)", [drill], [
    ["path", (d) => d.path],
    ["to the first card", (d) => `${kb(d.startBytes)} in ${d.startRequests} requests${d.startBytes > 2 * 1024 * 1024 ? " ✗" : ""}`],
    ["of which data", (d) => kb(d.startDataBytes)],
    ["per further card, median / max", (d) => `${kb(d.perCardMedianBytes)} / ${kb(d.perCardMaxBytes)}${d.perCardMaxBytes > 50 * 1024 ? " ✗" : ""}`],
  ]);
  // 290 MB of HTML and JSON: kept only when asked (--keep), to look at.
  if (!args.includes("--keep") && !SECTIONS.includes("precache")) rmSync(path.join(ROOT, "bench/tmp/export-10k"), { recursive: true, force: true });
  table("Scale of content: build", banks, [
    ["bank", (b) => b.bank],
    ["build", (b) => `${(b.buildMs / 1000).toFixed(1)} s`],
    ["compile / tsc / collect / generate", (b) => `${b.compileS} / ${b.typescriptS} / ${b.collectPageDataS} / ${b.generateS} s`],
    ["peak RSS, process tree", (b) => mb(b.peakTreeRssBytes)],
    ["max RSS, one process", (b) => mb(b.maxRssSingleProcessBytes)],
    ["export size", (b) => mb(b.exportBytes)],
    ["data/ files (all topics and answers)", (b) => kb(b.drillAllTopicsDataBytes)],
  ]);
  table(
    "Scale of content: bytes per page (HTML raw and gzip, first-load JS gzip)",
    banks.flatMap((b) => b.pages.map((p) => ({ ...p, bank: b.bank.split(" ")[0] }))),
    [
      ["bank / page", (p) => `${p.bank} ${p.page} (${p.route})`],
      ["HTML", (p) => kb(p.htmlBytes)],
      ["HTML gzip", (p) => kb(p.htmlGzip)],
      ["JS gzip", (p) => kb(p.jsGzip)],
      ["total gzip", (p) => kb(p.totalGzip)],
    ],
  );
}

/**
 * Search (issue 15): the index each export ships (gzip -9) and query times with the browser's
 * code under Node. Budgets: under 1.5 MB gzip and 50 ms per query (p95) for 10,000 cards.
 */
function searchFigures(banks) {
  say("timing search over each export's index …");
  const rows = banks.filter((b) => existsSync(b.file)).map((b) => ({ bank: b.bank, ...JSON.parse(tsx(["scripts/bench-search.ts", b.file])) }));
  results.search = { budget: { indexGzipBytes: 1.5 * 1024 * 1024, queryP95Ms: 50 }, banks: rows };
  table("Search: index download and query time (300 queries: words, prefixes, typos)", rows, [
    ["bank", (r) => r.bank],
    ["index", (r) => kb(r.indexBytes)],
    ["index gzip", (r) => `${kb(r.indexGzipBytes)}${r.indexGzipBytes > results.search.budget.indexGzipBytes ? " OVER 1.5 MB" : ""}`],
    ["load", (r) => `${r.loadMs} ms`],
    ["query median / p95 / max", (r) => `${r.queryMedianMs} / ${r.queryP95Ms}${r.queryP95Ms > 50 ? " OVER 50" : ""} / ${r.queryMaxMs} ms`],
  ]);
}

function tsx(scriptArgs) {
  return execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), ...scriptArgs], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 2 ** 20, stdio: ["ignore", "pipe", "inherit"] });
}

/** The reader on a 500 KB README (issue 22's size) and the largest real bank: time and peak memory. */
async function readerSection() {
  const { generateReaderBank } = await import("./bench-reader-bank.mjs");
  const dir = path.join(TMP, "reader");
  mkdirSync(dir, { recursive: true });
  const generated = path.join(dir, "README.md");
  writeFileSync(generated, generateReaderBank());
  const shared = path.join(ROOT, "..", "..", "shared", "banks");
  const bankRoot = existsSync(shared) ? shared : path.join(ROOT, "tests", "fixtures", "banks");
  const mdFiles = (d) => readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? mdFiles(path.join(d, n)) : /\.md$/.test(n) && n !== "SOURCE.md" ? [path.join(d, n)] : []));
  const largest = mdFiles(bankRoot).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = [];
  // The real banks together (tests/fixtures/banks: 15 banks in 24 files, about 600 KB): the shapes people
  // write (lists, <details>, quotes, other scripts) parse slower per character than the generated bank's.
  const realBanks = path.join(ROOT, "tests", "fixtures", "banks");
  for (const file of [generated, largest, realBanks].filter(Boolean)) {
    for (const highlight of [false, true]) {
      say(`reading ${path.relative(ROOT, file)} ${highlight ? "with" : "without"} highlighting (${RUNS} runs) …`);
      const runs = Array.from({ length: RUNS }, () => JSON.parse(tsx(["--conditions=react-server", "scripts/bench-reader.ts", file, ...(highlight ? ["--highlight"] : [])])));
      rows.push({
        file: path.relative(ROOT, file),
        kb: Math.round((statSync(file).isDirectory() ? mdFiles(file).reduce((n, f) => n + statSync(f).size, 0) : statSync(file).size) / 1024),
        highlight,
        questions: runs[0].questions,
        ms: median(runs.map((r) => r.ms)),
        cpuMs: median(runs.map((r) => r.cpuMs)),
        peakRssMB: median(runs.map((r) => r.peakRssMB)),
        rssBeforeMB: median(runs.map((r) => r.rssBeforeMB)),
        peakHeapMB: median(runs.map((r) => r.peakHeapMB)),
        highlighterMs: median(runs.map((r) => r.highlighterMs)),
      });
    }
  }
  results.reader = { goal: { ms: 1000, mb: 150 }, rows, loadAverage: os.loadavg()[0] };
  table(`Reader (readDeck), median of ${RUNS} fresh processes; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`, rows, [
    ["file", (r) => r.file],
    ["KB", (r) => r.kb],
    ["highlight", (r) => (r.highlight ? "shiki" : "none")],
    ["questions", (r) => r.questions],
    ["wall", (r) => `${r.ms} ms`],
    ["CPU", (r) => `${r.cpuMs} ms`],
    ["peak RSS (before the read)", (r) => `${r.peakRssMB} MB (${r.rssBeforeMB})`],
    ["peak heap", (r) => `${r.peakHeapMB} MB`],
    ["shiki set-up", (r) => (r.highlight ? `${r.highlighterMs} ms` : "")],
    ["goal 1 s, 150 MB", (r) => {
      // The read's own memory: its peak heap, or what the process grew by, whichever is larger.
      const mb = Math.max(r.peakHeapMB, r.peakRssMB - r.rssBeforeMB);
      return r.ms < 1000 && mb < 150 ? "met" : `OVER${r.ms >= 1000 ? " (time)" : ""}${mb >= 150 ? " (memory)" : ""}`;
    }],
  ]);
}

/** Issue 23's browser goals: drop → preview, and what 10 added decks cost every route. */
async function addSection() {
  const { measureDropToPreview, measureAddedDecksGrowth } = await import("./bench-add-deck.mjs");
  const { generateReaderBank } = await import("./bench-reader-bank.mjs");
  const real = await ensureRealBuild();
  const dir = path.join(TMP, "add");
  mkdirSync(dir, { recursive: true });
  const bank = path.join(dir, "README.md");
  writeFileSync(bank, generateReaderBank());
  say(`/add: drop → preview of a ${Math.round(statSync(bank).size / 1024)} KB README (${RUNS} runs, first and returning visits) …`);
  const first = await measureDropToPreview({ exportDir: real.exportDir, bankFile: bank, runs: RUNS });
  const returning = await measureDropToPreview({ exportDir: real.exportDir, bankFile: bank, runs: RUNS, returning: true });
  const visitRows = (visit, d) => d.runs.map((r, i) => ({ ...r, visit, run: i + 1 }));
  table(`/add, drop → preview in Chromium (goal: under 2 s, no main-thread task over 50 ms); load average ${os.loadavg()[0].toFixed(1)}`, [...visitRows("first (service worker installing)", first), ...visitRows("returning", returning)], [
    ["visit", (r) => r.visit],
    ["run", (r) => r.run],
    ["drop → preview", (r) => `${r.ms} ms${r.ms >= 2000 ? " ✗" : ""}`],
    ["long tasks", (r) => r.longTasks],
    ["longest", (r) => `${r.longestTaskMs} ms${r.longestTaskMs > 50 ? " ✗" : ""}`],
  ]);
  const drop = { first, returning };
  const topic = readdirSync(path.join(real.exportDir, "django")).find((n) => n.endsWith(".html"))?.replace(/\.html$/, "");
  const routes = ["/", `/django/${topic}`, "/drill?topics=all&mode=shuffle&seed=bench", "/settings", "/stats"];
  // Single loads vary by ±15 % here, as much as the goal: at least 7 interleaved loads per scenario.
  const growthRuns = Math.max(RUNS, 7);
  say(`main-thread work with 0 and 10 added decks on ${routes.length} routes (${growthRuns} warm loads each, about 4 minutes) …`);
  const growth = await measureAddedDecksGrowth({ exportDir: real.exportDir, routes, runs: growthRuns });
  table(`Main-thread work with ${growth.deckCount} added decks of ${growth.cardsPerDeck} cards (Chromium TaskDuration of a returning visit, median of ${growthRuns} interleaved loads; goal at most +10 %)`, growth.rows, [
    ["route", (r) => r.route.split("?")[0]],
    ["no added decks", (r) => `${r.withoutMs} ms`],
    ["10 added decks", (r) => `${r.withMs} ms`],
    ["growth", (r) => `${(r.growth * 100).toFixed(1)} %${r.growth > 0.1 ? " ✗" : ""}`],
    ["spread (no decks)", (r) => `${Math.min(...r.without)}–${Math.max(...r.without)} ms`],
  ]);
  results.add = { drop, growth, loadAverage: os.loadavg()[0] };
}

async function historySection() {
  say("timing the domain functions over 1,000 / 10,000 / 100,000 reviews (about a minute) …");
  const h = JSON.parse(tsx(["scripts/bench-history.ts"]));
  results.history = h;
  table("Scale of history: 10,000 cards, generated review logs (median of 5–15 runs)", h.rows, [
    ["reviews", (r) => r.reviews.toLocaleString("en")],
    ["cards reviewed", (r) => r.reviewedCards.toLocaleString("en")],
    ["stored", (r) => kb(r.storageBytes)],
    ["B/review", (r) => r.bytesPerReview],
    ["B/review w/o id table", (r) => r.logBytesPerReview],
    ["decode", (r) => `${r.decodeMs} ms`],
    ["decode+replay", (r) => `${r.decodeReplayMs} ms`],
    ["dueQueue", (r) => `${r.dueQueueMs} ms`],
    ["encode", (r) => `${r.encodeMs} ms`],
    ["merge 2 × n/2", (r) => `${r.mergeTwoHalvesMs} ms`],
  ]);
  const steps = h.rows.slice(1).map((r, i) => {
    const p = h.rows[i];
    const f = (k) => (r[k] / p[k]).toFixed(1);
    return { step: `${p.reviews.toLocaleString("en")} → ${r.reviews.toLocaleString("en")}`, bytes: f("storageBytes"), dr: f("decodeReplayMs"), dq: f("dueQueueMs"), mg: f("mergeTwoHalvesMs") };
  });
  results.history.steps = steps;
  table("Growth per 10× reviews (10.0 = linear)", steps, [
    ["step", (s) => s.step],
    ["stored bytes", (s) => `${s.bytes}×`],
    ["decode+replay", (s) => `${s.dr}×`],
    ["dueQueue", (s) => `${s.dq}×`],
    ["merge", (s) => `${s.mg}×`],
  ]);
}

/** /stats over 100,000 reviews (scripts/bench-stats.ts): the statistics against their 300 ms budget. */
async function statsSection() {
  say("timing /stats over 100,000 reviews …");
  const r = JSON.parse(tsx(["scripts/bench-stats.ts"]));
  results.stats = { ...r, loadAverage: os.loadavg()[0] };
  table("/stats at 100,000 reviews, 10,000 cards in 100 topics (median of 5 runs)", [r], [
    ["reviews", (x) => x.reviews.toLocaleString("en")],
    ["replay (shared with due counts)", (x) => `${x.replayFactsMs} ms`],
    ["computeStats", (x) => `${x.computeStatsMs} ms`],
    ["budget", (x) => `${x.computeStatsBudgetMs} ms ${x.withinBudget ? "ok" : "OVER"}`],
    ["home line", (x) => `${x.homeLineMs} ms`],
  ]);
  // What the goal is about: a direct load of /stats in Chromium with the history stored, all its script.
  const real = await ensureRealBuild();
  const scenarios = (await historyScenarios(real.exportDir)).filter((s) => s.stored !== null);
  say(`/stats page loads in Chromium with 100,000 stored reviews: ${scenarios.length} scenarios × ${RUNS} …`);
  const load = await measureLoad({ exportDir: real.exportDir, scenarios, routes: ["/stats"], runs: RUNS, log: say });
  results.stats.pageLoad = { ...load, goalScriptMs: STATS_PAGE_GOAL_MS, loadAverage: os.loadavg()[0] };
  table(`/stats loaded in Chromium with 100,000 stored reviews (median of ${RUNS}; goal: under ${STATS_PAGE_GOAL_MS} ms of script)`, load.rows, [
    ["scenario", (x) => x.scenario],
    ["stored", (x) => kb(x.storedChars)],
    ["page's script, 1st load", (x) => `${x.cold.scriptMs} ms${x.cold.scriptMs >= STATS_PAGE_GOAL_MS ? " ✗" : ""}`],
    ["later loads", (x) => `${x.warm.scriptMs} ms${x.warm.scriptMs >= STATS_PAGE_GOAL_MS ? " ✗" : ""}`],
    ["of which the progress layer, 1st / later", (x) => `${x.cold.layerMs} / ${x.warm.layerMs} ms`],
  ]);
}

/** Issue 25: /stats loads in under 300 ms of scripting with 100,000 reviews. */
const STATS_PAGE_GOAL_MS = 300;

/**
 * Anki import at scale: 10,000 notes and 100,000 revlog rows. In Node with the worker's code
 * (scripts/bench-import.ts), then in Chromium (scripts/bench-import-browser.mjs): file choice →
 * preview → save, with every main-thread long task in both windows.
 */
async function importSection() {
  say("timing a 10,000-note .apkg with 100,000 revlog rows to the preview and the save, in Node …");
  const r = JSON.parse(tsx(["scripts/bench-import.ts"]));
  const nodeLoad = os.loadavg()[0];
  table(`Anki import in Node (the worker's code): 10,000 notes, 100,000 revlog rows (median of 3); load average ${nodeLoad.toFixed(1)}`, [r], [
    ["package", (x) => kb(x.packageBytes)],
    ["cards / reviews", (x) => `${x.cards} / ${x.reviews}`],
    ["importAnki", (x) => `${x.previewMs} ms`],
    ["worker's answer / save", (x) => `${x.workerAnswerMs} / ${x.workerSaveMs} ms`],
    ["page: preview receive+check", (x) => `${x.mainThreadPreview.receiveMs + x.mainThreadPreview.checkMs} ms`],
    ["page: saved receive+check+unpack", (x) => `${x.mainThreadSaved.receiveMs + x.mainThreadSaved.checkMs + x.mainThreadSaved.unpackMs} ms`],
  ]);
  const { measureImportInBrowser } = await import("./bench-import-browser.mjs");
  const real = await ensureRealBuild();
  const dir = path.join(TMP, "import");
  mkdirSync(dir, { recursive: true });
  const packageFile = path.join(dir, "bench.apkg");
  tsx(["scripts/bench-import.ts", `--write=${packageFile}`]);
  say(`/import in Chromium: file → preview → save of the same package (${RUNS} runs) …`);
  const b = await measureImportInBrowser({ exportDir: real.exportDir, packageFile, runs: RUNS });
  const load = os.loadavg()[0];
  table(`/import in Chromium (goal: preview under 10 s, no main-thread task over 50 ms); load average ${load.toFixed(1)}`, b.runs.map((x, i) => ({ ...x, run: i + 1 })), [
    ["run", (x) => x.run],
    ["file → preview", (x) => `${x.previewMs} ms${x.previewMs >= 10_000 ? " ✗" : ""}`],
    ["long tasks (longest)", (x) => `${x.preview.longTasks} (${x.preview.longestTaskMs} ms${x.preview.longestTaskMs > 50 ? " ✗" : ""})`],
    ["save → saved", (x) => `${x.saveMs} ms`],
    ["long tasks through save (longest)", (x) => `${x.save.longTasks} (${x.save.longestTaskMs} ms${x.save.longestTaskMs > 50 ? " ✗" : ""}) ${x.save.tasksMs.join(", ")}`],
    ["reviews stored", (x) => x.storedReviews],
  ]);
  results.import = { node: { ...r, where: "Node (the worker's code, src/lib/import), not a browser", loadAverage: nodeLoad }, browser: { ...b, loadAverage: load } };
}

/** The optimizer over about 100,000 synthetic reviews (scripts/bench-optimizer.ts), against its 60 s budget. */
async function optimizerSection() {
  say("fitting FSRS to about 100,000 synthetic reviews (up to a minute or two) …");
  const r = JSON.parse(tsx(["scripts/bench-optimizer.ts"]).trim().split("\n").at(-1));
  results.optimizer = { ...r, loadAverage: os.loadavg()[0] };
  const f = (x) => x.toFixed(4);
  table("Optimizer (fsrs-browser, one thread): fit and held-out scores", [r], [
    ["reviews", (x) => x.reviews.toLocaleString("en")],
    ["fit wall / CPU", (x) => `${(x.fitWallMs / 1000).toFixed(1)} / ${(x.fitCpuMs / 1000).toFixed(1)} s`],
    ["total wall", (x) => `${(x.totalWallMs / 1000).toFixed(1)} s ${x.withinBudget ? "ok" : "OVER 60 s"}`],
    ["log loss default / fitted / true", (x) => `${f(x.logLoss.default)} / ${f(x.logLoss.fitted)} / ${f(x.logLoss.true)}`],
    ["RMSE(bins) default / fitted / true", (x) => `${f(x.rmseBins.default)} / ${f(x.rmseBins.fitted)} / ${f(x.rmseBins.true)}`],
  ]);
}

let scenarioCache = null;

/** Empty storage, 100,000 reviews of the bank's cards, 100,000 over 10,000 ids (scripts/bench-load.mjs). */
async function historyScenarios(exportDir) {
  scenarioCache ??= standardScenarios(exportDir, { log: say });
  return scenarioCache;
}

/** The progress layer's page-load cost in Chromium, first load and later loads (scripts/bench-load.mjs). */
/** Chromium traces: what runs before the first paint, next to the bare page (scripts/bench-paint-trace.mjs). */
async function paintSection() {
  const real = await ensureRealBuild();
  const bare = await ensureBareBuild();
  say(`Chromium traces (4× CPU) of the bare page and 5 pages, ${RUNS} runs each, interleaved …`);
  const rows = await measurePaintTraces({ exportDir: real.exportDir, bareDir: bare.exportDir, runs: RUNS, log: say });
  const bareLcp = rows[0].lcpMs;
  results.paint = { method: "Playwright Chromium, 4× CPU throttling, no network throttling, served like a CDN; medians", runs: RUNS, rows, loadAverage: os.loadavg()[0] };
  table(`What runs before the first paint (Chromium trace, 4× CPU, median of ${RUNS})`, rows, [
    ["page", (r) => r.page],
    ["FCP", (r) => `${r.fcpMs} ms`],
    ["LCP", (r) => `${r.lcpMs} ms`],
    ["LCP × bare", (r) => (r.lcpMs / bareLcp).toFixed(2)],
    ["script before LCP", (r) => `${r.scriptBeforeLcpMs} ms`],
    ["script in all", (r) => `${r.scriptMs} ms`],
    ["main thread busy", (r) => `${r.busyMs} ms`],
  ]);
}

/** The service worker's first install, real bank and 10,000 cards (scripts/bench-precache.mjs). */
async function precacheSection() {
  const real = await ensureRealBuild();
  const genDir = path.join(ROOT, "bench/tmp/export-10k");
  if (!existsSync(genDir)) {
    say("generating 100 topics × 100 cards into bench/tmp/content-10k …");
    generateBank(path.join(ROOT, "bench/tmp/content-10k"), 100, 100);
    say("building the generated bank into bench/tmp/export-10k …");
    await buildProject({ contentDir: "bench/tmp/content-10k", distDir: "bench/tmp/export-10k" });
  }
  const rows = [
    { bank: "real (65 cards)", goalBytes: 1_500_000, ...(await measurePrecache(real.exportDir)) },
    { bank: "generated (10,000 cards)", goalBytes: 5_000_000, ...(await measurePrecache(genDir)) },
  ];
  results.precache = rows;
  table("Service worker's first install (gzip; goals: 1.5 MB for the real bank, 5 MB for 10,000 cards)", rows, [
    ["bank", (r) => r.bank],
    ["files precached / in the export", (r) => `${r.files} / ${r.allFiles}`],
    ["download", (r) => `${(r.gzipBytes / 1e6).toFixed(2)} MB${r.gzipBytes > r.goalBytes ? " ✗" : ""}`],
    ["of which the app", (r) => `${(r.appGzipBytes / 1e6).toFixed(2)} MB`],
    ["decks cached on first use", (r) => r.decks.filter((d) => !d.precached).map((d) => `${d.deck} (${(d.gzipBytes / 1e6).toFixed(1)} MB)`).join(", ") || "none"],
  ]);
  if (!args.includes("--keep")) rmSync(genDir, { recursive: true, force: true });
}

async function loadSection() {
  const real = await ensureRealBuild();
  const scenarios = await historyScenarios(real.exportDir);
  const routes = ["/", "/drill?topics=all&mode=due"];
  say(`page loads in Chromium with stored history: ${scenarios.length} scenarios × ${routes.length} pages × ${RUNS} …`);
  const r = await measureLoad({ exportDir: real.exportDir, scenarios, routes, runs: RUNS, log: say });
  results.load = { ...r, goalMs: 100 };
  table(`Progress layer's scripting on page load, Chromium (median of ${RUNS}; goal at 100,000 reviews: under 100 ms)`, r.rows, [
    ["scenario", (x) => x.scenario],
    ["page", (x) => x.route.split("?")[0]],
    ["stored", (x) => kb(x.storedChars)],
    ["1st load (no checkpoint)", (x) => `${x.cold.layerMs} ms`],
    ["later loads", (x) => `${x.warm.layerMs} ms${x.storedChars > 0 && x.warm.layerMs >= 100 ? " ✗" : ""}`],
    ["whole page's script, 1st / later", (x) => `${x.cold.scriptMs} / ${x.warm.scriptMs} ms`],
  ]);
}

async function interactionSection() {
  const real = await ensureRealBuild();
  const scenarios = await historyScenarios(real.exportDir);
  say(`drill interactions in Chromium: ${COUNT} flips + ${COUNT} grades per scenario …`);
  const rows = await measureInteraction({
    exportDir: real.exportDir,
    count: COUNT,
    log: say,
    scenarios,
  });
  results.interaction = { method: "Playwright keyboard → capture keydown listener → rAF → MessageChannel (after paint); /drill?topics=all&mode=shuffle", rows };
  table(`Interaction on /drill (Chromium headless, ${COUNT} each; ms)`, rows, [
    ["scenario", (r) => r.scenario],
    ["stored", (r) => kb(r.storedChars)],
    ["load → 1st card", (r) => r.loadToFirstCardMs.median],
    ["Space→flip median", (r) => r.flipMs.median],
    ["p95", (r) => r.flipMs.p95],
    ["\"3\"→next median", (r) => r.gradeMs.median],
    ["p95 ", (r) => r.gradeMs.p95],
  ]);
}

const t0 = Date.now();
if (SECTIONS.includes("bundle")) await bundleSection();
if (SECTIONS.includes("import")) await importSection();
if (SECTIONS.includes("pages")) await pagesSection();
if (SECTIONS.includes("paint")) await paintSection();
if (SECTIONS.includes("load")) await loadSection();
if (SECTIONS.includes("content")) await contentSection();
if (SECTIONS.includes("precache")) await precacheSection();
if (SECTIONS.includes("history")) await historySection();
if (SECTIONS.includes("stats")) await statsSection();
if (SECTIONS.includes("interaction")) await interactionSection();
if (SECTIONS.includes("reader")) await readerSection();
if (SECTIONS.includes("add")) await addSection();
if (SECTIONS.includes("optimizer")) await optimizerSection();
results.benchSeconds = Math.round((Date.now() - t0) / 1000);
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
say(`\nwrote bench/results.json (${results.benchSeconds} s)`);
