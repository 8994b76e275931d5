/**
 * What the main thread does in /import's long tasks (issue 24): the bench's flow (file → preview →
 * save) under a Chromium performance trace, then each main-thread task over 50 ms with its biggest
 * trace events and the JavaScript functions the CPU profiler sampled most inside it (stacks, leaf
 * first). The first task of each run is the profiler starting. With --loaf, no trace: the
 * long-animation-frame entries instead (which script invoked what, and style and layout time),
 * closer to the untraced bench.
 *
 *   npm run build && npx tsx scripts/bench-import.ts --write=/tmp/anki-10k.apkg
 *   node scripts/bench-import-trace.mjs --export=out --package=/tmp/anki-10k.apkg [--runs=3] [--save] [--loaf]
 */
import { chromium } from "@playwright/test";
import { mkdirSync, readFileSync } from "node:fs";
import { serveExport } from "./bench-lib.mjs";
import { CHROMIUM_ARGS } from "./bench-interaction.mjs";
import { LONG_TASK_PROBE } from "./bench-long-tasks.mjs";

const opt = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const exportDir = opt("export", "out");
const packageFile = opt("package", "/tmp/anki-10k.apkg");
const runs = Number(opt("runs", "3"));
const withSave = process.argv.includes("--save");
const loaf = process.argv.includes("--loaf");
const TRACE_DIR = "/tmp/anki-trace";

const LOAF_PROBE = () => {
  window.__loafs = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const scripts = e.scripts.map((x) => ({ invoker: x.invoker, ms: Math.round(x.duration), src: `${(x.sourceURL || "").split("/").pop()}:${x.sourceCharPosition}` }));
      window.__loafs.push({ start: e.startTime, ms: e.duration, blocking: e.blockingDuration, styleLayoutMs: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0, scripts });
    }
  }).observe({ type: "long-animation-frame", buffered: true });
  addEventListener("click", () => (window.__clickAt = performance.now()), true);
};
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "disabled-by-default-v8.cpu_profiler", "blink.user_timing"];

/** Samples of the CPU profile inside [from, to] (trace µs), by self function. */
function hotFunctions(events, pid, tid, from, to) {
  const nodes = new Map();
  const parents = new Map();
  const hits = new Map();
  // The main thread's profile: its "Profile" event is on that thread, its chunks on a sampler thread.
  const profile = events.find((e) => e.name === "Profile" && e.pid === pid && e.tid === tid);
  let t = Number(profile?.args?.data?.startTime ?? 0);
  for (const e of events) {
    if (e.name !== "ProfileChunk" || e.pid !== pid || e.id !== profile?.id) continue;
    const d = e.args?.data;
    for (const n of d?.cpuProfile?.nodes ?? []) {
      nodes.set(n.id, n.callFrame);
      if (n.parent !== undefined) parents.set(n.id, n.parent);
    }
    const samples = d?.cpuProfile?.samples ?? [];
    (d?.timeDeltas ?? []).forEach((dt, i) => {
      t += dt;
      if (t >= from && t <= to) {
        const name = (id) => {
          const f = nodes.get(id);
          return f ? `${f.functionName || "(anonymous)"} ${(f.url ?? "").split("/").pop()}:${f.columnNumber}` : "?";
        };
        const stack = [];
        for (let id = samples[i]; id !== undefined && stack.length < 6; id = parents.get(id)) stack.push(name(id));
        const key = stack.join(" < ");
        hits.set(key, (hits.get(key) ?? 0) + 1);
      }
    });
  }
  return [...hits].sort((a, b) => b[1] - a[1]).slice(0, 12);
}

const server = await serveExport(exportDir);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(LONG_TASK_PROBE);
    if (loaf) await page.addInitScript(LOAF_PROBE);
    await page.goto(`${server.url}/import`);
    const input = page.getByLabel("Anki package, CSV, TSV or Quizlet text");
    await input.waitFor();
    await page.waitForLoadState("networkidle");
    mkdirSync(TRACE_DIR, { recursive: true });
    const traceFile = `${TRACE_DIR}/run${run}.json`;
    if (!loaf) await browser.startTracing(page, { path: traceFile, categories: CATEGORIES });
    await input.setInputFiles(packageFile);
    await page.getByTestId("import-preview").waitFor({ timeout: 180_000 });
    if (withSave) {
      await page.getByRole("button", { name: "Save deck" }).click();
      await page.getByText("Open the deck").waitFor({ timeout: 180_000 });
      await page.waitForTimeout(2500);
    } else await page.waitForTimeout(500);
    if (loaf) {
      const r = await page.evaluate(() => ({ from: window.__changeAt, click: window.__clickAt, loafs: window.__loafs }));
      const from = withSave ? r.click : r.from;
      console.log(`run ${run}: animation frames with blocking time after the ${withSave ? "save click" : "file choice"}`);
      for (const l of r.loafs.filter((x) => x.start + x.ms >= from && x.blocking > 0)) {
        console.log(`  ${Math.round(l.ms)} ms at +${Math.round(l.start - from)} (blocking ${Math.round(l.blocking)}, style and layout ${Math.round(l.styleLayoutMs)}): ${JSON.stringify(l.scripts)}`);
      }
      await context.close();
      continue;
    }
    await browser.stopTracing();
    const events = JSON.parse(readFileSync(traceFile, "utf8")).traceEvents;
    const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && events.some((x) => x.pid === e.pid && x.name === "ProfileChunk"));
    const { pid, tid } = main ?? {};
    const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.name === "RunTask" && e.dur > 50_000);
    console.log(`run ${run}: ${tasks.length} main-thread task(s) over 50 ms`);
    for (const t of tasks) {
      const inside = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t && e.dur > 2000);
      console.log(`  task ${(t.dur / 1000).toFixed(0)} ms at +${((t.ts - events.find((e) => e.ts > 0).ts) / 1000).toFixed(0)} ms`);
      for (const e of inside.sort((a, b) => b.dur - a.dur).slice(0, 10)) console.log(`    ${(e.dur / 1000).toFixed(1)} ms ${e.name} ${JSON.stringify(e.args?.data ?? {}).slice(0, 140)}`);
      for (const [f, n] of hotFunctions(events, pid, tid, t.ts, t.ts + t.dur)) console.log(`    samples ${n}: ${f}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
