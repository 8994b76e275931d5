import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/** The built export is what users download; these checks read it from out/ (no browser needed). */
function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, ext) : full.endsWith(ext) ? [full] : [];
  });
}

// Strings that only a markdown parser, a sanitizer pipeline or a highlighter would carry.
const SERVER_ONLY_MARKERS = ["micromark", "mdast-util", "remark-parse", "rehype-", "hast-util-to-html", "shiki", "oniguruma", "vscode-textmate", "gray-matter", "Cannot `process` without `parser`"];

/** Every page's first-load scripts, as files under out/. */
function firstLoadScripts(): { page: string; src: string }[] {
  return files("out", ".html").flatMap((page) =>
    [...readFileSync(page, "utf8").matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((m) => ({ page, src: path.resolve(path.join("out", (m[1] ?? "").split("?")[0] ?? "")) })),
  );
}

test("the markdown reader is only in the add-deck worker: no page loads it, only /add's code starts it, no highlighter ships", () => {
  const chunks = files("out/_next/static", ".js");
  expect(chunks.length).toBeGreaterThan(0);
  const texts = new Map(chunks.map((file) => [file, readFileSync(file, "utf8")]));
  const reader = chunks.filter((file) => SERVER_ONLY_MARKERS.some((m) => texts.get(file)!.includes(m)));
  expect(reader.length, "no chunk holds the reader: have the markers changed?").toBeGreaterThan(0);
  // The browser reader highlights nothing (code stays plain): shiki's grammars would add 50-200 KB per language.
  expect(reader.flatMap((file) => ["shiki", "oniguruma", "vscode-textmate"].filter((m) => texts.get(file)!.includes(m)).map((m) => `${m} in ${file}`))).toEqual([]);
  const firstLoad = firstLoadScripts();
  expect(firstLoad.filter((s) => reader.some((c) => path.resolve(c) === s.src)).map((s) => `${s.src} in ${s.page}`)).toEqual([]);
  const starters = chunks.filter((file) => !reader.includes(file) && reader.some((c) => texts.get(file)!.includes(path.basename(c))));
  const pagesStarting = firstLoad.filter((s) => starters.some((c) => path.resolve(c) === s.src)).map((s) => path.relative("out", s.page));
  expect([...new Set(pagesStarting)].filter((p) => p !== "add.html")).toEqual([]);
});

test("the home and drill pages do not carry the answers", () => {
  for (const page of ["out/index.html", "out/drill.html"]) {
    const html = readFileSync(page, "utf8");
    expect(html, page).not.toContain("Key points");
    expect(html, page).not.toContain("shiki");
  }
});

test("a topic's JSON carries only that topic's cards", () => {
  const data = JSON.parse(readFileSync("out/data/django/admin.json", "utf8")) as { cards: { id: string }[] };
  expect(data.cards.map((c) => c.id.split("/")[1])).toEqual(["admin", "admin", "admin"]);
});

// Strings only interview mode's code carries (the recorder and the checklist).
const INTERVIEW_MARKERS = ["MediaRecorder", "Did you say this?"];

test("interview code is not in any page's first load: the drill loads it only in interview mode", () => {
  const chunks = files("out/_next/static", ".js");
  const interviewChunks = chunks.filter((file) => INTERVIEW_MARKERS.every((m) => readFileSync(file, "utf8").includes(m)));
  expect(interviewChunks.length, "no chunk holds the interview code: have the markers changed?").toBeGreaterThan(0);
  const firstLoad = files("out", ".html").flatMap((page) =>
    [...readFileSync(page, "utf8").matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((m) => ({ page, src: path.join("out", (m[1] ?? "").split("?")[0] ?? "") })),
  );
  const loaded = firstLoad.filter((s) => interviewChunks.some((c) => path.resolve(c) === path.resolve(s.src))).map((s) => `${s.src} in ${s.page}`);
  expect(loaded).toEqual([]);
});

// Strings only the memory-model and interview-date code carries (issue 26): the plan panel, the
// simulator's chart and the optimizer's apply/keep controls.
const MEMORY_MARKERS = ["Interview plan", "Show what each desired retention costs", "Apply the fitted parameters"];

test("the optimizer, the plan and the simulator are not in any page's first load", () => {
  const chunks = files("out/_next/static", ".js");
  const firstLoad = files("out", ".html").flatMap((page) =>
    [...readFileSync(page, "utf8").matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((m) => ({ page, src: path.join("out", (m[1] ?? "").split("?")[0] ?? "") })),
  );
  for (const marker of MEMORY_MARKERS) {
    const holding = chunks.filter((file) => readFileSync(file, "utf8").includes(marker));
    expect(holding.length, `no chunk holds "${marker}": has the marker changed?`).toBeGreaterThan(0);
    const loaded = firstLoad.filter((s) => holding.some((c) => path.resolve(c) === path.resolve(s.src))).map((s) => `${marker}: ${s.src} in ${s.page}`);
    expect(loaded).toEqual([]);
  }
});

// fsrs-browser's wasm-bindgen glue (its thread pool's entry points) and its optimizer call.
const FSRS_BROWSER_MARKERS = ["wbg_rayon", "computeParametersAnki"];

test("fsrs-browser is only in the optimizer worker (public/vendor/), never in a Next chunk; its wasm is served by version", () => {
  const inChunks = files("out/_next/static", ".js").filter((file) => FSRS_BROWSER_MARKERS.some((m) => readFileSync(file, "utf8").includes(m)));
  expect(inChunks).toEqual([]);
  const worker = readFileSync("out/vendor/optimizer-worker.js", "utf8");
  for (const marker of FSRS_BROWSER_MARKERS) expect(worker, marker).toContain(marker);
  const { version } = JSON.parse(readFileSync("node_modules/fsrs-browser/package.json", "utf8")) as { version: string };
  expect(statSync(`out/vendor/fsrs-browser-${version}.wasm`).size).toBeGreaterThan(1_000_000);
});

test("a first visit to the home page, /settings and /stats downloads no zod (no added deck, nothing stored)", async ({ page }) => {
  const holding = files("out/_next/static", ".js").filter((file) => readFileSync(file, "utf8").includes("ZodError"));
  expect(holding.length, "no chunk holds zod: has the marker changed?").toBeGreaterThan(0);
  const zodNames = holding.map((file) => path.basename(file));
  const loaded: string[] = [];
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname.split("/").pop() ?? "";
    if (zodNames.includes(name)) loaded.push(`${name} on ${page.url()}`);
  });
  // Each page is waited on until its stored-data islands have rendered (they load after the page).
  await page.goto("/");
  await expect(page.getByTestId("topic-progress").first()).toContainText("new");
  await page.goto("/settings");
  await expect(page.getByText("No deck added in this browser yet")).toBeVisible();
  await expect(page.getByTestId("review-count")).toBeVisible();
  await page.goto("/stats");
  await expect(page.getByTestId("overdue")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(loaded).toEqual([]);
});
