import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

/**
 * The JavaScript budget: every exported route's first-load JavaScript (gzip -9 of the modern
 * `<script src>` files its HTML references, noModule polyfills left out) stays within 1.15× that of
 * a bare one-page Next.js app with the same versions, committed in bench/bare-floor.json by
 * `npm run bench -- --only=bundle --update-floor`. Reads out/ only: no browser, no timing.
 * Same measure as scripts/bench-lib.mjs `firstLoadJs`.
 */
interface Floor {
  measuredWith: Record<string, string>; // package → version the floor was measured with
  gzipLevel: number; // zlib level used for every figure
  budgetRatio: number; // allowed multiple of the floor
  bareFirstLoadJsGzip: number; // bytes
}

const OUT = "out";
const floor = JSON.parse(readFileSync("bench/bare-floor.json", "utf8")) as Floor;
const REMEASURE = "re-measure with `npm run bench -- --only=bundle --update-floor` and commit bench/bare-floor.json";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "_next" ? [] : htmlFiles(full);
    return name.endsWith(".html") && full !== path.join(OUT, "_not-found.html") ? [full] : [];
  });
}

function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((m) => m[1] ?? "")
    .filter((attrs) => !/\bnomodule\b/i.test(attrs))
    .flatMap((attrs) => /\bsrc="([^"]+)"/i.exec(attrs)?.[1] ?? []);
}

const gzipCache = new Map<string, number>();
function gzipSize(src: string): number {
  let size = gzipCache.get(src);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(OUT, src.split("?")[0] ?? src)), { level: floor.gzipLevel }).length;
    gzipCache.set(src, size);
  }
  return size;
}

function routes() {
  return htmlFiles(OUT).map((file) => {
    const scripts = scriptSources(readFileSync(file, "utf8")).map((src) => ({ src, gzip: gzipSize(src) }));
    const route = `/${path.relative(OUT, file).replace(/\.html$/, "")}`.replace(/^\/index$/, "/");
    return { route, scripts, gzip: scripts.reduce((sum, s) => sum + s.gzip, 0) };
  });
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

test("the bare-page floor was measured with the installed Next.js and React", () => {
  const installed = Object.fromEntries(
    Object.keys(floor.measuredWith).map((name) => [name, (JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")) as { version: string }).version]),
  );
  expect(installed, `bench/bare-floor.json was measured with other versions: ${REMEASURE}`).toEqual(floor.measuredWith);
});

test("every route's first-load JavaScript stays within 1.15× a bare Next.js page", () => {
  const all = routes();
  expect(all.length, "out/ has no exported pages: build first").toBeGreaterThan(4);
  for (const r of all) expect(r.scripts.length, `${r.route} loads no script: has the HTML changed shape?`).toBeGreaterThan(0);
  const limit = floor.bareFirstLoadJsGzip * floor.budgetRatio;
  const over = all
    .filter((r) => r.gzip > limit)
    .map((r) => {
      const biggest = [...r.scripts].sort((a, b) => b.gzip - a.gzip).slice(0, 3).map((s) => `${path.basename(s.src)} ${kB(s.gzip)}`);
      return `${r.route}: ${kB(r.gzip)} = ${(r.gzip / floor.bareFirstLoadJsGzip).toFixed(2)}× the bare page, ${kB(r.gzip - limit)} over (largest: ${biggest.join(", ")})`;
    });
  expect(over, `first-load JS budget ${floor.budgetRatio}× ${kB(floor.bareFirstLoadJsGzip)} = ${kB(limit)} (gzip -${floor.gzipLevel}); see npm run bench`).toEqual([]);
});
