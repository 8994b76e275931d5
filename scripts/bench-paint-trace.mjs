/**
 * What runs before the first paint (issue 25), from a Chromium trace rather than Lighthouse runs:
 * each page of an export loads in Chromium (Playwright) with 4× CPU slowdown and the trace says
 * when the first contentful paint and the largest contentful paint happened and how much script
 * the main thread ran before each (EvaluateScript, FunctionCall, v8.compile, parse HTML…), by file.
 *
 *   node scripts/bench-paint-trace.mjs <export dir> [route …]      (prints JSON; ports 4270-4279)
 */
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { median, serveExport } from "./bench-lib.mjs";
import { CHROMIUM_ARGS } from "./bench-interaction.mjs";

export const TRACE_ROUTES = ["/", "/django/models-orm", "/drill?topics=django/models-orm&mode=shuffle&seed=abc", "/settings", "/stats"];
const SCRIPT_EVENTS = new Set(["EvaluateScript", "FunctionCall", "v8.compile", "v8.compileModule", "TimerFire", "FireAnimationFrame", "RunMicrotasks", "v8.evaluateModule"]);

/** One load of `url`: paint times and main-thread script time (ms, from navigation start), before FCP, before LCP and in all. */
async function traceLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await browser.startTracing(page, { categories: ["devtools.timeline", "loading", "v8", "disabled-by-default-devtools.timeline"] });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(1500);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  // The page's renderer is the one that painted; time 0 is the document's request.
  const mainPid = events.find((e) => e.name === "firstContentfulPaint")?.pid;
  const mainTid = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && e.pid === mainPid)?.tid;
  const t0 = events.find((e) => e.name === "ResourceSendRequest" && e.args?.data?.url?.startsWith("http"))?.ts ?? 0;
  const at = (name) => {
    const e = events.filter((x) => x.name === name && x.pid === mainPid && x.ts >= t0);
    return e.length ? (e[e.length - 1].ts - t0) / 1000 : null;
  };
  const fcp = (events.find((x) => x.name === "firstContentfulPaint" && x.pid === mainPid && x.ts >= t0)?.ts - t0) / 1000;
  const lcp = at("largestContentfulPaint::Candidate");
  // Top-level script slices on the main thread (nested ones are inside them).
  const slices = events.filter((e) => e.ph === "X" && e.pid === mainPid && e.tid === mainTid && SCRIPT_EVENTS.has(e.name) && e.ts >= t0);
  const top = slices.filter((e) => !slices.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && (o.ts < e.ts || o.dur > e.dur)));
  const sum = (until) => Math.round(top.filter((e) => (e.ts - t0) / 1000 < until).reduce((n, e) => n + e.dur, 0) / 1000);
  const tasks = events.filter((e) => e.ph === "X" && e.pid === mainPid && e.tid === mainTid && e.name === "RunTask" && e.ts >= t0);
  const busy = (until) => Math.round(tasks.filter((e) => (e.ts - t0) / 1000 < until).reduce((n, e) => n + e.dur, 0) / 1000);
  const byFile = {};
  for (const e of top.filter((x) => (x.ts - t0) / 1000 < (lcp ?? fcp))) {
    const f = (e.args?.data?.url || e.args?.data?.fileName || e.args?.data?.scriptName || e.name).split("/").pop() || e.name;
    byFile[f] = (byFile[f] ?? 0) + Math.round(e.dur / 1000);
  }
  return { fcpMs: Math.round(fcp), lcpMs: lcp === null ? null : Math.round(lcp), scriptBeforeFcpMs: sum(fcp), scriptBeforeLcpMs: sum(lcp ?? fcp), scriptMs: sum(Infinity), busyMs: busy(Infinity), byFileBeforeLcp: byFile };
}

/** Medians over `runs` loads of each route of `exportDir` (and of `bareDir`'s "/" first, interleaved). */
export async function measurePaintTraces({ exportDir, bareDir, routes = TRACE_ROUTES, runs = 3, executablePath = "/usr/bin/chromium", log = () => {} }) {
  const app = await serveExport(exportDir, { cdn: true });
  const bare = bareDir ? await serveExport(bareDir, { cdn: true }) : null;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const targets = [...(bare ? [["bare page", `${bare.url}/`]] : []), ...routes.map((r) => [r, `${app.url}${r}`])];
  const all = new Map(targets.map(([n]) => [n, []]));
  try {
    for (let i = 0; i < runs; i++)
      for (const [name, url] of targets) {
        const r = await traceLoad(browser, url);
        all.get(name).push(r);
        log(`  ${name}: FCP ${r.fcpMs} ms, LCP ${r.lcpMs} ms, script before LCP ${r.scriptBeforeLcpMs} ms, script ${r.scriptMs} ms, busy ${r.busyMs} ms`);
      }
  } finally {
    await browser.close();
    await app.close();
    await bare?.close();
  }
  return targets.map(([name]) => {
    const rs = all.get(name);
    const m = (k) => median(rs.map((r) => r[k]));
    return { page: name, fcpMs: m("fcpMs"), lcpMs: m("lcpMs"), scriptBeforeFcpMs: m("scriptBeforeFcpMs"), scriptBeforeLcpMs: m("scriptBeforeLcpMs"), scriptMs: m("scriptMs"), busyMs: m("busyMs"), byFileBeforeLcp: rs[0].byFileBeforeLcp };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [dir, ...routes] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node scripts/bench-paint-trace.mjs <export dir> [route …]   (BARE=<bare export dir>, RUNS=n)");
    process.exit(2);
  }
  const rows = await measurePaintTraces({ exportDir: dir, bareDir: process.env.BARE, routes: routes.length ? routes : TRACE_ROUTES, runs: Number(process.env.RUNS ?? 3), log: (s) => console.error(s) });
  console.log(JSON.stringify(rows, null, 1));
}
