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

test("the client JavaScript has no markdown parser and no highlighter", () => {
  const chunks = files("out/_next/static", ".js");
  expect(chunks.length).toBeGreaterThan(0);
  const found = chunks.flatMap((file) => {
    const js = readFileSync(file, "utf8");
    return SERVER_ONLY_MARKERS.filter((m) => js.includes(m)).map((m) => `${m} in ${file}`);
  });
  expect(found).toEqual([]);
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

// Strings only the memory-model and interview-date code carries (issue 26): the optimizer's
// glue, the plan panel and the simulator.
const MEMORY_MARKERS = ["Interview plan", "Show what each desired retention costs"];

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
