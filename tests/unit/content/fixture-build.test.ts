import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Builds the whole static site from two fixture decks, once:
 * - tests/fixtures/content/hostile (answers full of XSS attempts): none may reach the exported HTML.
 *   Sanitizing happens once, at build time, so the export is the thing to check;
 * - a generated bank with one 2,000-question topic: no exported page may exceed 1 MB.
 */
const OUT = "bench/tmp/fixture-build-test";
const MB = 1024 * 1024;

/** 2,000 questions in one topic, each answer about 400 characters: 1.6 MB of HTML if it were one page. */
function bigBank(): string {
  const questions = Array.from({ length: 2000 }, (_, i) =>
    `## What does function number ${i} return?\n\nIt returns ${i} after ${"checking every input and logging the result, ".repeat(8)}then stops.\n`,
  );
  return `---\ntitle: Big topic\n---\n\n${questions.join("\n")}`;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "_next" ? [] : htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

const DANGEROUS: [string, RegExp][] = [
  ["<script> from content", /<script>alert/gi],
  ["onerror=", /onerror\s*=/gi],
  ["onclick=", /onclick\s*=/gi],
  ["onmouseover=", /onmouseover\s*=/gi],
  // In a URL attribute (href, src, action, formaction...), where it would run; "JavaScript: …" in text is a title.
  // (as HTML, or as a prop in the page's RSC payload).
  ["javascript: URL", /(?:\b(?:href|src|action|formaction|xlink:href|data)\s*=\s*["']?|\\?"(?:href|src|action|formAction)\\?"\s*:\s*\\?")\s*javascript:/gi],
  ["data: URL", /data:(text|image)\//gi],
  ["<iframe", /<iframe/gi],
  ["<style> from content", /<style>body/gi],
  // The app's own forms: the home page's topic picker (to /drill) and the add-deck page's source and
  // steering forms (marked data-app-form; the sanitizer drops both forms and data- attributes from content).
  ["<form from content", /<form\b(?![^>]*\b(?:action="\/drill"|data-app-form="add-deck-(?:source|steering)"))/gi],
];

let pages: { file: string; html: string; bytes: number }[] = [];

/** The site's own icon, written into every page as a data: URL (src/build/icon.ts): the one data: URL a page may hold. */
const OWN_ICON = `data:image/svg+xml,${encodeURIComponent(readFileSync("public/icon.svg", "utf8").trim())}`;

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  const content = mkdtempSync(path.join(tmpdir(), "prepdeck-fixture-build-"));
  cpSync("tests/fixtures/content/hostile", content, { recursive: true });
  mkdirSync(path.join(content, "big"));
  writeFileSync(path.join(content, "big", "big.md"), bigBank());
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    env: { ...process.env, PREPDECK_CONTENT_DIR: content, PREPDECK_DIST_DIR: OUT, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "pipe",
  });
  pages = htmlFiles(OUT).map((file) => {
    const html = readFileSync(file, "utf8");
    return { file, html, bytes: Buffer.byteLength(html) };
  });
}, 600_000);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe("a bank with a 2,000-question topic", () => {
  it("exports no page over 1 MB: the topic is shown in parts", () => {
    const big = pages.filter((p) => p.file.includes(`${path.sep}big${path.sep}`));
    expect(big.length).toBeGreaterThanOrEqual(20);
    expect(pages.filter((p) => p.bytes > MB).map((p) => `${p.file}: ${(p.bytes / MB).toFixed(2)} MB`)).toEqual([]);
    expect(big.find((p) => p.file.endsWith(path.join("big", "big.html")))?.html).toContain("Big topic (1/20)");
  });
});

describe("a hostile question bank", () => {
  it("exports the topic page with the safe parts of the answer", () => {
    const topic = pages.find((p) => p.file.endsWith(path.join("evil", "xss.html")));
    expect(topic).toBeDefined();
    expect(topic!.html).toContain("<strong>bold</strong>");
    expect(topic!.html).toContain('href="https://docs.djangoproject.com/en/5.2/"');
    expect(topic!.html).toContain('rel="noopener noreferrer"');
  });

  it.each(DANGEROUS)("contains no %s in any exported page", (_name, pattern) => {
    const hits = pages.flatMap((p) => (p.html.split(OWN_ICON).join("").match(pattern) ?? []).map(() => p.file));
    expect(hits).toEqual([]);
  });

  it("carries the site's own icon in its icon link, the data: URL the check above allows", () => {
    const home = pages.find((p) => p.file.endsWith(`${path.sep}index.html`));
    expect(home?.html).toContain(`<link rel="icon" href="${OWN_ICON}"`);
  });
});
