/**
 * Issue 23's browser goals, in Chromium (Playwright) against a served static export:
 *
 * 1. Drop → preview: a bank file is given to /add's file input; the time from the input's `change`
 *    event to the preview summary in the DOM (a MutationObserver notes it), and every long task
 *    (PerformanceObserver "longtask", over 50 ms) the main thread ran in between. Goal: under 2 s,
 *    no task over 50 ms. On a first visit (the service worker installing) and on a returning one.
 * 2. Ten added decks: each route's main-thread work (Chromium's TaskDuration for the page, from
 *    navigation to a quiet page) with 10 added decks in IndexedDB against none: a returning visit's
 *    loads in two warmed contexts, interleaved, medians.
 *    Goal: no route grows by more than 10 %.
 */
import { chromium } from "@playwright/test";
import { median, serveExport } from "./bench-lib.mjs";
import { CHROMIUM_ARGS } from "./bench-interaction.mjs";
import { LONG_TASK_PROBE, longTasksWithin } from "./bench-long-tasks.mjs";

const PREVIEW_PROBE = () => {
  new MutationObserver(() => {
    if (window.__previewAt === undefined && document.querySelector('[data-testid="preview-summary"]')) window.__previewAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
};

const r0 = (n) => Math.round(n);
const growthOf = (before, after) => Math.round((after / before - 1) * 1000) / 1000;

/**
 * Drop → preview for `bankFile`, `runs` times in fresh contexts. A first visit drops the file as
 * soon as /add is quiet on the network, while the service worker's first install (the precache) still
 * shares the two cores with the reader; a returning visit (`returning`) has visited the site once
 * and its service worker is installed.
 */
export async function measureDropToPreview({ exportDir, bankFile, runs = 3, returning = false, executablePath = "/usr/bin/chromium" }) {
  const server = await serveExport(exportDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const rows = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      if (returning) {
        const visit = await context.newPage();
        await visit.goto(`${server.url}/`);
        await visit.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active));
        await visit.close();
      }
      const page = await context.newPage();
      await page.addInitScript(LONG_TASK_PROBE);
      await page.addInitScript(PREVIEW_PROBE);
      await page.goto(`${server.url}/add`);
      const input = page.getByLabel("Markdown files or a .zip");
      await input.waitFor();
      await page.waitForLoadState("networkidle");
      await input.setInputFiles(bankFile);
      await page.waitForFunction(() => window.__previewAt !== undefined, null, { timeout: 120_000 });
      const r = await page.evaluate(() => ({ start: window.__changeAt, end: window.__previewAt, tasks: window.__longTasks }));
      const { longTasks, longestTaskMs } = longTasksWithin(r.tasks, r.start, r.end);
      // The worker's own time for the read (the preview says "Read in N ms."): the reader in the browser, warm as /add warms it.
      const readText = await page.getByText(/^Read in \d+ ms\.$/).textContent();
      rows.push({ ms: r0(r.end - r.start), readMs: Number(/\d+/.exec(readText ?? "")?.[0]), longTasks, longestTaskMs });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { runs: rows, ms: median(rows.map((r) => r.ms)), readMs: median(rows.map((r) => r.readMs)), longestTaskMs: Math.max(...rows.map((r) => r.longestTaskMs)), goal: { ms: 2000, taskMs: 50 } };
}

/** A valid added-deck record (src/lib/deck/user-deck.ts) of `topics` × `perTopic` cards. */
export function benchDeckRecord(n, topics = 5, perTopic = 40) {
  const slug = `u-bench-${n}`;
  const card = (t, c) => ({
    id: `${slug}/t${t}/q${c}`, deckSlug: slug, topicSlug: `t${t}`,
    prompt: `Bench deck ${n}, topic ${t}: question ${c}?`, promptHtml: `Bench deck ${n}, topic ${t}: question ${c}?`, frontHtml: null,
    answerHtml: `<p>Answer ${c}: ${"a reasonably long sentence of answer text. ".repeat(6)}</p>`, hasAnswer: true,
    keyPoints: [`point ${c}`], tags: [], links: [], file: "README.md", line: c + 1,
  });
  const deck = {
    slug, title: `Bench deck ${n}`,
    topics: Array.from({ length: topics }, (_, t) => ({ slug: `t${t}`, title: `Topic ${t}`, order: t, cards: Array.from({ length: perTopic }, (_, c) => card(t, c)) })),
  };
  return { slug, title: deck.title, source: { kind: "paste", label: "bench" }, hints: {}, credits: {}, deck, savedAt: Date.UTC(2026, 0, 1) };
}

/** The index entry the app's save writes beside a record (summarize in src/lib/deck/user-deck.ts). */
function summaryOf(record) {
  const topics = record.deck.topics.map((t) => ({ deckSlug: record.slug, slug: t.slug, title: t.title, count: t.cards.length, otherIds: [] }));
  const bytes = new TextEncoder().encode(JSON.stringify(record)).length;
  const { slug, title, source, credits, savedAt } = record;
  return { slug, title, source, credits, topics, questions: topics.reduce((n, t) => n + t.count, 0), bytes, savedAt };
}

/** Writes records and their index as the app's save does (same database, store and keys). */
export async function seedDecks(page, records) {
  const index = Object.fromEntries(records.map((r) => [r.slug, summaryOf(r)]));
  await page.evaluate(async ([recs, idx]) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open("prepdeck-decks");
      req.onupgradeneeded = () => req.result.createObjectStore("decks");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction("decks", "readwrite");
      for (const r of recs) tx.objectStore("decks").put(r, `deck:${r.slug}`);
      tx.objectStore("decks").put(idx, "index");
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, [records, index]);
}

/**
 * A fresh context that has visited the site (its service worker active) and holds `records` as
 * added decks. Both scenarios are made the same way, so only the added decks differ.
 */
async function seededContext(browser, url, records) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const seeder = await context.newPage();
  await seeder.goto(`${url}/404`);
  // Wait for the service worker in both scenarios: otherwise the seeding's extra time lets it
  // activate only in the scenario with decks, whose page then gets its scripts from the worker's
  // cache without V8's code cache and compiles them again (twice the script time, a false +75 %).
  await seeder.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active));
  if (records.length) await seedDecks(seeder, records);
  await seeder.close();
  return context;
}

/** Main-thread work (ms) of one load of `route` in a new tab of `context`. */
async function pageWork(context, url, route) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const task = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value;
  const before = await task();
  await page.goto(`${url}${route}`, { waitUntil: "networkidle" });
  await page.waitForTimeout(1000);
  const ms = (await task()) - before;
  await page.close();
  return ms * 1000;
}

/** Each route's main-thread work with 0 and with `deckCount` added decks: warm loads, interleaved, `runs` each. */
export async function measureAddedDecksGrowth({ exportDir, routes, deckCount = 10, runs = 3, executablePath = "/usr/bin/chromium" }) {
  const server = await serveExport(exportDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const records = Array.from({ length: deckCount }, (_, i) => benchDeckRecord(i));
  const rows = [];
  try {
    for (const route of routes) {
      // A returning user's load: each scenario keeps one context, loads the route once to warm its
      // caches (service worker, code cache), then the two are measured in turn, `runs` loads each.
      // Cold first loads in fresh contexts varied by ±20 % between identical runs here.
      const contexts = [await seededContext(browser, server.url, []), await seededContext(browser, server.url, records)];
      const without = [];
      const withDecks = [];
      try {
        for (const context of contexts) await pageWork(context, server.url, route);
        for (let i = 0; i < runs; i++) {
          without.push(await pageWork(contexts[0], server.url, route));
          withDecks.push(await pageWork(contexts[1], server.url, route));
        }
      } finally {
        for (const context of contexts) await context.close();
      }
      const a = median(without);
      const b = median(withDecks);
      rows.push({ route, withoutMs: r0(a), withMs: r0(b), growth: growthOf(a, b), without: without.map(r0), withDecks: withDecks.map(r0) });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { deckCount, cardsPerDeck: records[0].deck.topics.length * records[0].deck.topics[0].cards.length, rows, goal: { growth: 0.1 } };
}
