import { readFileSync } from "node:fs";
import type { Page, Route } from "@playwright/test";
import { strToU8, zipSync } from "fflate";
import { axeViolations, expect, test } from "./fixtures";
import { flipAndGrade, holdChunks, openAdd, openDeck, storedReviewCount } from "./helpers";

/** The folder picker becomes one (`webkitdirectory`) when the page hydrates: wait for that, then choose. */
async function chooseFolder(page: Page, dir: string) {
  const input = page.getByLabel("A folder");
  await expect(input).toHaveAttribute("webkitdirectory", "");
  await input.setInputFiles(dir);
}

/*
 * Adding a deck in the browser, one test per source family. GitHub is answered by page.route (the
 * tests never touch the network); every bad input is refused with a message and saves nothing.
 */
test.describe.configure({ timeout: 90_000 });
// A 404 or a refused request from the fake GitHub is logged by Chromium as a failed resource load.
test.use({ allowedConsoleErrors: [/Failed to load resource|net::ERR_FAILED/] });

const BANK = "tests/fixtures/banks";
const preview = (page: Page) => page.getByTestId("preview-summary");
const error = (page: Page) => page.getByTestId("add-error");

/** The saved records in IndexedDB (prepdeck-decks / decks), as the app stored them. */
function savedDecks(page: Page): Promise<{ slug: string; title: string; source: { kind: string }; credits: Record<string, string>; questions: number }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("prepdeck-decks");
        open.onerror = () => reject(new Error("no database"));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("decks")) return resolve([]);
          const all = db.transaction("decks").objectStore("decks").getAll();
          all.onsuccess = () =>
            resolve(
              (all.result as { slug?: string; title: string; source: { kind: string }; credits: Record<string, string>; deck: { topics: { cards: unknown[] }[] } }[])
                .filter((r) => typeof r.slug === "string")
                .map((r) => ({ slug: r.slug ?? "", title: r.title, source: r.source, credits: r.credits, questions: r.deck.topics.reduce((n, t) => n + t.cards.length, 0) })),
            );
        };
      }),
  );
}

async function save(page: Page) {
  await page.getByRole("button", { name: "Save the deck" }).click();
  await expect(page.getByTestId("add-saved")).toBeVisible();
}

test("paste: preview, steering re-reads at once, axe on each state, save", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Add a deck" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a deck" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Read it" }).click();
  await expect(error(page)).toContainText("empty");

  await page.getByLabel("Markdown", { exact: true }).fill(readFileSync("tests/fixtures/add-deck/headings.md", "utf8"));
  await page.getByRole("button", { name: "Read it" }).click();
  await expect(page.getByTestId("deck-preview")).toBeVisible();
  await expect(preview(page)).toContainText("2 topics · 3 questions");
  await page.getByLabel("Deck title").fill("My steered deck");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(preview(page)).toContainText("My steered deck");
  expect(await axeViolations(page)).toEqual([]);
  await save(page);
  expect(await axeViolations(page)).toEqual([]);
  expect(await savedDecks(page)).toEqual([expect.objectContaining({ title: "My steered deck", source: expect.objectContaining({ kind: "paste" }), questions: 3 })]);
});

test("files, a folder and a zip each make a preview; a bank made of them is saved whole", async ({ page }) => {
  await openAdd(page);
  await page.getByLabel("Markdown files or a .zip").setInputFiles(`${BANK}/ds-theory-bold/theory.md`);
  await expect(preview(page)).toContainText(/\d+ topics · 1\d\d questions/);
  await save(page);

  await page.getByRole("button", { name: "Add another" }).click();
  await chooseFolder(page, `${BANK}/javaguide-mongodb-zh`);
  await expect(preview(page)).toContainText(/questions/);
  await expect(page.getByText(/Source: javaguide-mongodb-zh/)).toBeVisible();
  await expect(preview(page)).toContainText("3 topics · 38 questions");
  await page.getByLabel(/Leave out/).fill("**/README.md");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(preview(page)).toContainText("2 topics · 23 questions");
  await page.getByRole("button", { name: "Choose another source" }).click();

  const zip = zipSync({
    "js-main/README.md": strToU8(readFileSync(`${BANK}/js-algorithms-nested/README.md`, "utf8")),
    "js-main/LICENSE.md": strToU8("MIT"),
    "js-main/src/app.js": strToU8("console.log(1)"),
  });
  await page.getByLabel("Markdown files or a .zip").setInputFiles({ name: "js-main.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
  await expect(preview(page)).toContainText(/21 questions/);
  await page.getByText(/What the reader skipped/).click();
  await expect(page.getByTestId("preview-notes")).toContainText("2 other files in js-main.zip");
  await save(page);
  const saved = await savedDecks(page);
  expect(saved.map((d) => d.source.kind).sort()).toEqual(["files", "zip"]);
  expect(new Set(saved.map((d) => d.slug)).size).toBe(2);
});

type GitHubMode = "ok" | "404" | "rate" | "cors";

/**
 * Answers like GitHub's API and raw hosts, from the fixture banks, first as GitHub does ("ok");
 * `setMode` changes how the API answers from the next request on, with one set of routes for the
 * whole test.
 */
async function fakeGitHub(page: Page) {
  let mode: GitHubMode = "ok";
  const cors = { "access-control-allow-origin": "*", "access-control-expose-headers": "x-ratelimit-remaining, x-ratelimit-reset" };
  await page.route("https://api.github.com/**", (route: Route) => {
    if (mode === "cors") return route.abort("failed");
    if (mode === "404") return route.fulfill({ status: 404, headers: cors, json: { message: "Not Found" } });
    if (mode === "rate") return route.fulfill({ status: 403, headers: { ...cors, "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1900000000" }, json: { message: "API rate limit exceeded" } });
    const url = route.request().url();
    if (url.endsWith("/repos/Snailclimb/JavaGuide")) return route.fulfill({ headers: cors, json: { default_branch: "main" } });
    return route.fulfill({
      headers: cors,
      json: { tree: ["README.md", "docs/database/mongodb/README.md", "docs/database/mongodb/mongodb-questions-01.md", "docs/database/mongodb/mongodb-questions-02.md"].map((path) => ({ path, type: "blob", size: 100 })) },
    });
  });
  await page.route("https://raw.githubusercontent.com/**", (route: Route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname).split("/").slice(4).join("/");
    const file = path.startsWith("docs/") ? `${BANK}/javaguide-mongodb-zh/${path}` : path === "theory.md" ? `${BANK}/ds-theory-bold/theory.md` : null;
    return file ? route.fulfill({ headers: cors, body: readFileSync(file) }) : route.fulfill({ status: 404, headers: cors, body: "404: Not Found" });
  });
  return {
    setMode(next: GitHubMode) {
      mode = next;
    },
  };
}

test("links: a repository folder through GitHub's API and a raw file, then GitHub's failures named with the fallback", async ({ page }) => {
  const github = await fakeGitHub(page);
  await openAdd(page);
  const link = page.getByLabel(/GitHub repository, folder or file/);
  await link.fill("https://github.com/Snailclimb/JavaGuide/tree/main/docs/database/mongodb");
  await page.getByRole("button", { name: "Fetch" }).click();
  await expect(preview(page)).toContainText(/questions/);
  await expect(page.getByText(/Source: Snailclimb\/JavaGuide@main\/docs\/database\/mongodb · 3 files/)).toBeVisible();
  await page.getByRole("button", { name: "Choose another source" }).click();

  await link.fill("https://raw.githubusercontent.com/alexeygrigorev/data-science-interviews/master/theory.md");
  await page.getByRole("button", { name: "Fetch" }).click();
  await expect(preview(page)).toContainText(/1\d\d questions/);
  await save(page);
  expect((await savedDecks(page))[0]).toMatchObject({ source: { kind: "link" }, credits: { sourceUrl: expect.stringContaining("theory.md") } });

  for (const [mode, message] of [["404", /not found \(404\).*private/], ["rate", /rate limit/], ["cors", /Could not fetch https:\/\/api\.github\.com\/repos\/o\/r/]] as const) {
    github.setMode(mode);
    await openAdd(page);
    await page.getByLabel(/GitHub repository, folder or file/).fill("https://github.com/o/r");
    await page.getByRole("button", { name: "Fetch" }).click();
    await expect(error(page)).toContainText(message);
    await expect(error(page)).toContainText("Download ZIP");
  }
  expect(await axeViolations(page)).toEqual([]);
  expect(await savedDecks(page)).toHaveLength(1);
});

test("bad input is refused with a plain message and saves nothing", async ({ page }) => {
  await openAdd(page);
  const files = page.getByLabel("Markdown files or a .zip");
  const cases: [Parameters<typeof files.setInputFiles>[0], RegExp][] = [
    [{ name: "resume.md", mimeType: "application/pdf", buffer: readFileSync("tests/fixtures/add-deck/resume.pdf") }, /resume\.md is a PDF/],
    ["tests/fixtures/add-deck/resume.pdf", /resume\.pdf: not a question bank file/],
    [{ name: "photo.md", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) }, /photo\.md is a PNG image/],
    [{ name: "broken.zip", mimeType: "application/zip", buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]) }, /not a zip that can be read/],
    [{ name: "escape.zip", mimeType: "application/zip", buffer: Buffer.from(zipSync({ "../../evil.md": strToU8("# Q?") })) }, /points outside the folder/],
    [{ name: "bomb.zip", mimeType: "application/zip", buffer: Buffer.from(zipSync({ "a/bomb.md": new Uint8Array(8 * 1024 * 1024).fill(97) }, { level: 9 })) }, /zip bomb/],
    [{ name: "huge.md", mimeType: "text/markdown", buffer: Buffer.alloc(21 * 1024 * 1024, "a") }, /limit is 20 MB/],
  ];
  for (const [input, message] of cases) {
    await files.setInputFiles(input);
    await expect(error(page)).toContainText(message);
  }
  await files.setInputFiles("tests/fixtures/add-deck/no-questions.md");
  await expect(page.getByTestId("add-blocked")).toContainText("no questions");
  await expect(page.getByRole("button", { name: "Save the deck" })).toBeDisabled();
  expect(await savedDecks(page)).toEqual([]);
});

test("a bank the reader finds no questions in offers the doctor's steering as one click, which reads it", async ({ page }) => {
  await openAdd(page);
  await page.getByLabel("Markdown files or a .zip").setInputFiles("tests/fixtures/add-deck/bold-terms.md");
  await expect(page.getByTestId("add-blocked")).toContainText("no questions");
  const suggestion = page.getByRole("button", { name: "Try questions: bold" });
  await expect(suggestion).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await suggestion.press("Enter");
  await expect(preview(page)).toContainText("3 questions (3 with answers)");
  await expect(page.getByTestId("add-blocked")).toHaveCount(0);
  await expect(page.getByTestId("suggested-hint")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save the deck" })).toBeEnabled();
});

test("a bank of paragraphs that ask, answered below, is read that way at once, and the page says how it was read", async ({ page }) => {
  await openAdd(page);
  await page.getByLabel("Markdown files or a .zip").setInputFiles("tests/fixtures/add-deck/paragraph-questions.md");
  await expect(preview(page)).toContainText("3 questions (3 with answers)");
  await expect(page.getByTestId("self-steered")).toHaveText(
    "Read as one question per paragraph, each answered by what is below it (questions: paragraph, answers: below): no heading, bullet or bold line asks a question; steer the reader if this is wrong.",
  );
  await expect(page.getByTestId("add-blocked")).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await expect(page.getByRole("button", { name: "Save the deck" })).toBeEnabled();
});

test("files chosen before the page's script has run are read once it does", async ({ page }) => {
  // Every chunk held until the files are chosen: the page is painted, its picker not yet live.
  const release = await holdChunks(page);
  await page.goto("/add", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Markdown files or a .zip").setInputFiles("tests/fixtures/add-deck/paragraph-questions.md");
  release();
  await expect(preview(page)).toContainText("3 questions (3 with answers)");
});

test("the hostile bank, added as a folder, shows none of its script vectors", async ({ page }) => {
  const fired: string[] = [];
  await page.exposeFunction("reportXss", (m: string) => fired.push(m));
  await page.addInitScript(() => {
    window.alert = (m?: unknown) => void (window as unknown as { reportXss: (m: string) => void }).reportXss(String(m));
  });
  await openAdd(page);
  await chooseFolder(page, "tests/fixtures/content/hostile/evil");
  await expect(preview(page)).toContainText(/questions/);
  for (const d of await page.getByTestId("deck-preview").locator("details").all()) await d.evaluate((el) => el.setAttribute("open", ""));
  // Answers are put in the page as each card is opened: wait until every opened card shows one.
  await expect(page.getByTestId("preview-answer")).toHaveCount(await page.getByTestId("preview-card").count());
  const html = await page.getByTestId("deck-preview").innerHTML();
  for (const pattern of [/<script>alert/i, /\son\w+\s*=/i, /javascript:/i, /data:(text|image)\//i, /<iframe/i, /<style>body/i, /<form/i]) expect(html).not.toMatch(pattern);
  await page.getByTestId("deck-preview").locator("summary").first().hover();
  expect(fired).toEqual([]);
});

test("catalogue: one click opens a public bank's preview; saving keeps its licence and author", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "catalogue of public decks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Catalogue of public decks" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Add JavaScript algorithms" }).click();
  await expect(preview(page)).toContainText(/21 questions/);
  await save(page);
  expect((await savedDecks(page))[0]).toMatchObject({ source: { kind: "catalogue" }, credits: { licence: "MIT", author: "Kenny Chan", sourceUrl: expect.stringContaining("github.com/kennymkchan") } });
});

test("updating a pasted deck from its page previews new, changed and removed cards and keeps progress", async ({ page }) => {
  const v1 = readFileSync("tests/fixtures/add-deck/headings.md", "utf8");
  await openAdd(page);
  await page.getByLabel("Markdown", { exact: true }).fill(v1);
  await page.getByRole("button", { name: "Read it" }).click();
  await expect(preview(page)).toContainText("2 topics · 3 questions");
  await save(page);
  const [deck] = await savedDecks(page);
  const slug = deck?.slug ?? "";

  // Grade the one Networks card: it is no longer new, and the update must not change that.
  await openDeck(page, `topics=${slug}/networks`);
  await flipAndGrade(page, 3);
  await expect.poll(() => storedReviewCount(page)).toBe(1);

  await page.goto(`/deck?d=${slug}`);
  await page.getByRole("link", { name: "Re-import" }).click();
  await expect(page.getByTestId("updating")).toContainText("Updating Pasted deck");
  // One answer changed, one question removed, one added; the graded card is untouched.
  const v2 = v1
    .replace("Finding rows without reading the whole table.", "Finding rows fast.")
    .replace("### What does a transaction guarantee?\n\nAll or nothing.\n\n", "")
    .concat("\n### What is DNS?\n\nNames to addresses.\n");
  await page.getByLabel("Markdown", { exact: true }).fill(v2);
  await page.getByRole("button", { name: "Read it" }).click();
  await expect(page.getByTestId("update-counts")).toContainText(/1 new · 1 changed · 1 removed · 1 unchanged/);
  await expect(page.getByTestId("update-summary")).toContainText("removed cards is kept too");
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Save the update" }).click();
  await expect(page.getByTestId("add-saved")).toContainText("updated");

  expect(await savedDecks(page)).toEqual([expect.objectContaining({ slug, questions: 3 })]);
  expect(await storedReviewCount(page)).toBe(1);
  await page.goto(`/deck/topic?d=${slug}&t=networks`);
  await expect(page.getByTestId("topic-progress")).toContainText("1 new");
  await expect(page.getByTestId("topic-progress")).not.toContainText("2 new");

  // Adding the same source again from plain /add offers to update the saved deck instead of a copy.
  await openAdd(page);
  await page.getByLabel("Markdown", { exact: true }).fill(v2);
  await page.getByRole("button", { name: "Read it" }).click();
  await page.getByRole("button", { name: "Update Pasted deck" }).click();
  await expect(page.getByTestId("update-counts")).toHaveText("Nothing changed (3 cards as before).");
});
