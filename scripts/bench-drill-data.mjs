/**
 * What "drill all topics" downloads, in Chromium (Playwright) against a served static export:
 * the bytes until the first card shows, then the bytes of each further card (flip, grade, next).
 *
 * Served as a static host or CDN would (gzip for text: serveExport's `cdn`), with the service
 * worker blocked (its precache of the whole site is a separate, one-off download) and a fresh
 * browser context (nothing cached). A request's bytes are what came over the wire: its response
 * headers and its encoded (gzipped) body, from Playwright's request.sizes(); `decoded` sums the
 * bodies as the page received them (what an uncompressed host would send).
 *
 *   node scripts/bench-drill-data.mjs <export dir> [cards]      (prints the result as JSON)
 *
 * Used by scripts/bench.mjs for the 10,000-card bank (scripts/bench-lib.mjs generateBank).
 */
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { median, serveExport } from "./bench-lib.mjs";

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
export const DRILL_ALL_PATH = "/drill?topics=all&mode=shuffle&seed=bench";

/** Counts every finished request of `page`; `settle()` waits until none is in flight. */
function byteCounter(page) {
  const inFlight = new Set();
  const done = [];
  page.on("request", (req) => inFlight.add(req));
  const finish = async (req, failed) => {
    let wire = 0;
    let decoded = 0;
    if (!failed) {
      const sizes = await req.sizes().catch(() => null);
      const body = await (await req.response())?.body().catch(() => null);
      wire = sizes ? sizes.responseHeadersSize + sizes.responseBodySize : 0;
      decoded = body?.length ?? 0;
    }
    done.push({ url: req.url(), wire, decoded });
    inFlight.delete(req);
  };
  page.on("requestfinished", (req) => void finish(req, false));
  page.on("requestfailed", (req) => void finish(req, true));
  return {
    async settle(quietMs = 300) {
      // Quiet: nothing in flight for quietMs (a prefetch started by a render counts).
      for (let quiet = 0; quiet < quietMs; quiet += 50) {
        await page.waitForTimeout(50);
        if (inFlight.size > 0) quiet = -50;
      }
    },
    take() {
      const list = done.splice(0);
      return {
        requests: list.length,
        wire: list.reduce((s, r) => s + r.wire, 0),
        decoded: list.reduce((s, r) => s + r.decoded, 0),
        data: list.filter((r) => new URL(r.url).pathname.startsWith("/data/")).reduce((s, r) => s + r.wire, 0),
      };
    },
  };
}

/**
 * Opens "drill all topics" (shuffle) on the export in `exportDir` and walks `cards` cards.
 * Returns { startBytes, startDecodedBytes, startRequests, startDataBytes, perCardBytes[],
 * perCardDecodedBytes[], perCardMaxBytes, perCardMedianBytes } (bytes as defined above).
 */
export async function measureDrillData(exportDir, { cards = 10, executablePath = "/usr/bin/chromium" } = {}) {
  const server = await serveExport(exportDir, { cdn: true });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const counter = byteCounter(page);
    const prompt = page.getByTestId("card-prompt");
    await page.goto(`${server.url}${DRILL_ALL_PATH}`);
    await prompt.waitFor({ state: "visible", timeout: 120_000 });
    await counter.settle();
    const start = counter.take();

    const perCard = [];
    for (let i = 0; i < cards; i++) {
      const before = await prompt.textContent();
      await page.keyboard.press("Space");
      await page.getByTestId("card-answer").waitFor({ state: "visible", timeout: 30_000 });
      await page.keyboard.press("3");
      await page.waitForFunction((text) => document.querySelector('[data-testid="card-prompt"]')?.textContent !== text, before, { timeout: 30_000 });
      await counter.settle();
      perCard.push(counter.take());
    }
    await context.close();
    const wires = perCard.map((c) => c.wire);
    return {
      path: DRILL_ALL_PATH,
      startBytes: start.wire,
      startDecodedBytes: start.decoded,
      startRequests: start.requests,
      startDataBytes: start.data,
      perCardBytes: wires,
      perCardDecodedBytes: perCard.map((c) => c.decoded),
      perCardMaxBytes: wires.length ? Math.max(...wires) : null,
      perCardMedianBytes: median(wires),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node scripts/bench-drill-data.mjs <export dir> [cards]");
    process.exit(1);
  }
  console.log(JSON.stringify(await measureDrillData(dir, { cards: Number(process.argv[3] ?? 10) }), null, 2));
}
