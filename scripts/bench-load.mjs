/**
 * Page-load cost of the progress layer in Chromium (Playwright) against a served static export,
 * with nothing stored and with 100,000 stored reviews.
 *
 *   node scripts/bench-load.mjs out                 → a table (3 loads per scenario and page)
 *   node scripts/bench-load.mjs out --runs=5 --routes=/,/settings,/drill?topics=all&mode=shuffle
 *
 * Or from bench.mjs: `measureLoad({ exportDir, scenarios, routes })` (see below).
 *
 * Each run is a fresh browser context holding only the stored progress, loaded twice: "1st load"
 * finds no checkpoint of card states (the first visit after an upgrade, or after a reset), "later
 * loads" find the one the first load wrote, and the service worker installed, as every later
 * visit does.
 *
 * How it is measured, per load:
 * - the V8 CPU profiler (100 µs samples) runs from before navigation until the page is quiet
 *   (network idle, then 1.5 s so the after-paint save and any idle work have run);
 * - "progress layer" is every sample with a frame from a script of the layer: the chunks holding
 *   the store (`prepdeck:progress`), zod, ts-fsrs or zustand's persist, or the layer's own
 *   modules wherever the bundler put them. Inclusive time: the codec, the replay that a page's
 *   counts ask for, and the React work its store updates start when that work is under the layer;
 * - garbage collection samples are charged in proportion (the layer's share of JS samples);
 * - "script total" is Performance.getMetrics' ScriptDuration over the load, the whole page's JS.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { chromium } from "@playwright/test";
import { ROOT, TMP, exportCardIds, median, serveExport } from "./bench-lib.mjs";
import { CHROMIUM_ARGS } from "./bench-interaction.mjs";

/** Text in a chunk that marks it as part of the progress layer. */
const LAYER_MARKERS = [/prepdeck:progress/, /ZodError/, /request_retention/, /onRehydrateStorage/];

const r1 = (n) => (n == null ? null : Math.round(n * 10) / 10);

/** Script file names (under _next/static/chunks) that hold part of the progress layer. */
export function layerChunks(exportDir) {
  const dir = path.join(exportDir, "_next", "static", "chunks");
  return readdirSync(dir, { recursive: true })
    .filter((f) => String(f).endsWith(".js"))
    .filter((f) => {
      const text = readFileSync(path.join(dir, String(f)), "utf8");
      return LAYER_MARKERS.some((m) => m.test(text));
    })
    .map((f) => `/_next/static/chunks/${String(f).replace(/\\/g, "/")}`);
}

/** Inclusive time (ms) of samples with any frame in `urls`, and of all JS, from a CPU profile. */
function attribute(profile, isLayerUrl) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  const kind = (id) => {
    if (memo.has(id)) return memo.get(id);
    const node = byId.get(id);
    const name = node.callFrame.functionName;
    let k;
    if (name === "(garbage collector)") k = "gc";
    else if (name === "(idle)" || name === "(program)" || name === "(root)") k = "other";
    else if (isLayerUrl(node.callFrame.url)) k = "layer";
    else {
      const up = parent.get(id);
      const pk = up === undefined ? "js" : kind(up);
      k = pk === "layer" ? "layer" : "js";
    }
    memo.set(id, k);
    return k;
  };
  const totals = { layer: 0, js: 0, gc: 0, other: 0 };
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? 0) / 1000; // the time until the next sample is spent where this one was
    totals[kind(samples[i])] += dt;
  }
  const jsAll = totals.layer + totals.js;
  const gcShare = jsAll > 0 ? totals.gc * (totals.layer / jsAll) : 0;
  return { layerMs: totals.layer + gcShare, jsMs: jsAll + totals.gc };
}

async function seed(page, url, stored) {
  await page.goto(`${url}/404`);
  const kept = await page.evaluate((v) => {
    localStorage.clear();
    if (v !== null) localStorage.setItem("prepdeck:progress", v);
    return localStorage.getItem("prepdeck:progress")?.length ?? 0;
  }, stored);
  if (stored !== null && kept !== stored.length) throw new Error(`localStorage kept ${kept} of ${stored.length} chars`);
}

/** One profiled navigation to `route` in `page`; storage is whatever the context holds. */
async function profiledLoad(page, url, route, chunks) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await page.goto("about:blank");
  const before = await cdp.send("Performance.getMetrics");
  await cdp.send("Profiler.start");
  await page.goto(`${url}${route}`, { waitUntil: "networkidle" });
  // /stats counts a long history in a worker: what is measured ends with the statistics on screen
  // (their render included), not before the worker has answered.
  if (route.startsWith("/stats")) await page.getByTestId("today-reviews").waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  const { profile } = await cdp.send("Profiler.stop");
  // LOAD_PROFILE_DIR=dir keeps every load's CPU profile (for finding what a load spends its time on).
  if (process.env.LOAD_PROFILE_DIR) writeFileSync(path.join(process.env.LOAD_PROFILE_DIR, `load-${route.replace(/[^a-z0-9]+/gi, "_")}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
  const after = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  const metric = (m, name) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  const scriptMs = (metric(after, "ScriptDuration") - metric(before, "ScriptDuration")) * 1000;
  const isLayerUrl = (u) => {
    if (!u) return false;
    const p = u.startsWith(url) ? u.slice(url.length).split("?")[0] : u;
    return chunks.has(p);
  };
  const { layerMs, jsMs } = attribute(profile, isLayerUrl);
  return { layerMs, jsMs, scriptMs };
}

/**
 * A fresh browser context with `stored` as the only stored value, loaded twice: the first load
 * ("cold") finds no checkpoint of card states; the second ("warm") finds what the first one left,
 * as every later visit does.
 */
async function loadTwice(browser, url, route, stored, chunks) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await seed(page, url, stored);
  const cold = await profiledLoad(page, url, route, chunks);
  // A later visit finds the service worker installed. Its first install (6 MB of precache for
  // this bank) otherwise overlaps the second load here and, on 2 cores, roughly doubled what the
  // progress layer seemed to take (an artifact of this bench, not what a returning visitor pays).
  await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 60_000))]));
  const warm = await profiledLoad(page, url, route, chunks);
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  await context.close();
  return { cold, warm, keys, errors };
}

/**
 * `scenarios`: [{ name, stored: string | null }]; `routes`: pages to load (default "/").
 * Returns one row per scenario and route with medians over `runs` loads.
 */
export async function measureLoad({ exportDir, scenarios, routes = ["/"], runs = 3, executablePath = "/usr/bin/chromium", log = () => {} }) {
  const chunks = new Set(layerChunks(exportDir));
  const server = await serveExport(exportDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const rows = [];
  try {
    for (const scenario of scenarios) {
      for (const route of routes) {
        const pairs = [];
        for (let i = 0; i < runs; i++) pairs.push(await loadTwice(browser, server.url, route, scenario.stored, chunks));
        const errors = [...new Set(pairs.flatMap((l) => l.errors))];
        const figures = (which) => ({
          layerMs: r1(median(pairs.map((l) => l[which].layerMs))),
          scriptMs: r1(median(pairs.map((l) => l[which].scriptMs))),
          profiledJsMs: r1(median(pairs.map((l) => l[which].jsMs))),
          layerMsRuns: pairs.map((l) => r1(l[which].layerMs)),
        });
        const row = { scenario: scenario.name, route, storedChars: scenario.stored?.length ?? 0, cold: figures("cold"), warm: figures("warm"), storedKeys: pairs[0]?.keys ?? [], pageErrors: errors };
        rows.push(row);
        log(`  ${scenario.name} ${route}: progress layer cold ${row.cold.layerMs} ms (${row.cold.layerMsRuns.join(", ")}), warm ${row.warm.layerMs} ms (${row.warm.layerMsRuns.join(", ")}); keys ${row.storedKeys.join(" ")}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { method: "V8 CPU profile (100 µs), inclusive samples under the progress layer's chunks + its share of GC; ScriptDuration from Performance.getMetrics", chunks: [...chunks], rows };
}

/** The three standard scenarios: empty, 100,000 reviews over the bank's cards, 100,000 over 10,000 ids. */
export function standardScenarios(exportDir, { reviews = 100_000, log = () => {} } = {}) {
  const realIds = exportCardIds(exportDir);
  const mixed = [...realIds];
  for (let i = 0; mixed.length < 10_000; i++) mixed.push(`bench/topic-${String(Math.floor(i / 100) + 1).padStart(3, "0")}/how-does-feature-${String((i % 100) + 1).padStart(3, "0")}-work-in-practice`);
  const emit = (name, ids) => {
    const idsFile = path.join(TMP, `load-ids-${name}.json`);
    const out = path.join(TMP, `load-progress-${name}.txt`);
    writeFileSync(idsFile, JSON.stringify(ids));
    log(`encoding ${reviews.toLocaleString("en")} reviews over ${ids.length.toLocaleString("en")} ids …`);
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/bench-history.ts", "--emit", out, "--ids", idsFile, "--reviews", String(reviews)], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    return readFileSync(out, "utf8");
  };
  return [
    { name: `empty storage, ${realIds.length} cards`, stored: null },
    { name: `${reviews.toLocaleString("en")} reviews of the ${realIds.length} cards`, stored: emit("real", realIds) },
    { name: `${reviews.toLocaleString("en")} reviews over 10,000 ids`, stored: emit("mixed", mixed) },
  ];
}

function printTable(rows) {
  const columns = [
    ["scenario", (r) => r.scenario],
    ["page", (r) => r.route],
    ["stored", (r) => `${(r.storedChars / 1024).toFixed(0)} KiB`],
    ["layer, 1st load", (r) => `${r.cold.layerMs} ms`],
    ["layer, later loads", (r) => `${r.warm.layerMs} ms`],
    ["later: runs", (r) => r.warm.layerMsRuns.join(" / ")],
    ["page script 1st / later", (r) => `${r.cold.scriptMs} / ${r.warm.scriptMs} ms`],
  ];
  const cells = [columns.map(([h]) => h), ...rows.map((r) => columns.map(([, f]) => String(f(r))))];
  const widths = columns.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((s, i) => (i < 2 ? s.padEnd(widths[i]) : s.padStart(widths[i]))).join(" | ")} |`;
  console.log(line(cells[0]));
  console.log(`|${widths.map((w, i) => (i < 2 ? `-${"-".repeat(w)}-` : `-${"-".repeat(w)}:`)).join("|")}|`);
  for (const c of cells.slice(1)) console.log(line(c));
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const args = process.argv.slice(2);
  const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const exportDir = path.resolve(args.find((a) => !a.startsWith("--")) ?? "out");
  const routes = (opt("routes") ?? "/").split(",");
  const runs = Number(opt("runs") ?? 3);
  const say = (...a) => console.error(...a);
  const scenarios = standardScenarios(exportDir, { log: say });
  const result = await measureLoad({ exportDir, scenarios, routes, runs, log: say });
  console.error(`progress-layer chunks: ${result.chunks.join(", ")}`);
  printTable(result.rows);
  for (const r of result.rows) if (r.pageErrors.length) console.error(`page errors (${r.scenario} ${r.route}): ${r.pageErrors.join("; ")}`);
}
