/**
 * Page load under Lighthouse (issue 12): PrepDeck's home, a topic page, /drill, /settings and /stats side
 * by side with the bare one-page Next.js app (scripts/bench-lib.mjs buildBare), in the same run,
 * interleaved (bare, home, topic, drill, settings, stats; then again), so machine load hits both alike.
 *
 * Lighthouse's default config: mobile, simulated slow 4G, 4× CPU slowdown. Both exports are
 * served like a CDN (gzip, immutable /_next/static). Per page and run it keeps:
 * - main-thread work: the `mainthread-work-breakdown` audit (all main-thread tasks of the load);
 * - TBT and LCP (simulated);
 * - the performance score;
 * - requests and bytes transferred (`network-requests`, `total-byte-weight`).
 * The figures are the medians over the runs; the ratios are against the bare page's medians.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { freeBenchPort, median, serveExport } from "./bench-lib.mjs";

export const PAGES = [
  ["home", "/"],
  ["topic", "/django/models-orm"],
  ["drill", "/drill?topics=django/models-orm&mode=shuffle&seed=abc"],
  ["settings", "/settings"],
  ["stats", "/stats"],
];

/** Goals from issue 12: at most these multiples of the bare page, and a score within 3 points. */
export const GOALS = { mainThread: 1.5, lcp: 1.25, scorePoints: 3 };

const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function figures(lhr) {
  const a = lhr.audits;
  const requests = a["network-requests"]?.details?.items ?? [];
  return {
    mainThreadMs: Math.round(a["mainthread-work-breakdown"]?.numericValue ?? NaN),
    tbtMs: Math.round(a["total-blocking-time"]?.numericValue ?? NaN),
    lcpMs: Math.round(a["largest-contentful-paint"]?.numericValue ?? NaN),
    score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
    requests: requests.length,
    transferBytes: Math.round(a["total-byte-weight"]?.numericValue ?? NaN),
    // Where the main thread goes, by Lighthouse's groups (script evaluation, style & layout…).
    breakdown: Object.fromEntries((a["mainthread-work-breakdown"]?.details?.items ?? []).map((i) => [i.group, Math.round(i.duration)])),
    runtimeError: lhr.runtimeError?.message ?? null,
  };
}

const KEYS = ["mainThreadMs", "tbtMs", "lcpMs", "score", "requests", "transferBytes"];

function medians(runs) {
  const out = Object.fromEntries(KEYS.map((k) => [k, median(runs.map((r) => r[k]))]));
  // The breakdown of the run whose main-thread work is the median one.
  out.breakdown = runs.find((r) => r.mainThreadMs === out.mainThreadMs)?.breakdown ?? {};
  return out;
}

/**
 * Lighthouse on `exportDir`'s pages and on the bare page in `bareDir`, `runs` times each.
 * Returns rows { page, route, runs: [...], median: {...}, ratio: { mainThread, lcp }, scoreGap, meets }.
 */
export async function measurePages({ exportDir, bareDir, runs = 3, chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium", log = () => {} }) {
  const app = await serveExport(exportDir, { cdn: true });
  const bare = await serveExport(bareDir, { cdn: true });
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, port: await freeBenchPort() });
  const targets = [["bare page", "/", bare.url], ...PAGES.map(([name, route]) => [name, route, app.url])];
  const collected = new Map(targets.map(([name]) => [name, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const [name, route, base] of targets) {
        const result = await lighthouse(`${base}${route}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
        const f = figures(result.lhr);
        collected.get(name).push(f);
        log(`  run ${i + 1}/${runs} ${name}: main thread ${f.mainThreadMs} ms, TBT ${f.tbtMs} ms, LCP ${f.lcpMs} ms, score ${f.score}`);
      }
    }
  } finally {
    await chrome.kill();
    await app.close();
    await bare.close();
  }
  const bareMedian = medians(collected.get("bare page"));
  return targets.map(([name, route]) => {
    const m = medians(collected.get(name));
    const ratio = { mainThread: round2(m.mainThreadMs / bareMedian.mainThreadMs), lcp: round2(m.lcpMs / bareMedian.lcpMs) };
    const scoreGap = bareMedian.score - m.score;
    return {
      page: name,
      route,
      runs: collected.get(name),
      median: m,
      ratio,
      scoreGap,
      meets: { mainThread: ratio.mainThread <= GOALS.mainThread, lcp: ratio.lcp <= GOALS.lcp, score: scoreGap <= GOALS.scorePoints },
    };
  });
}

const round2 = (x) => Math.round(x * 100) / 100;
