import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Page, Route } from "@playwright/test";
import { strToU8, zipSync } from "fflate";
import { expect, test } from "./fixtures";
import { flipAndGrade, openDeck, storedReviewCount } from "./helpers";

/*
 * The "done when", as one person with only the deployed site: three real banks of
 * different shapes added through the UI (a file, a zip, a link), each drilled with the network off,
 * the link deck updated with its progress kept, and the zip deck removed with nothing else changed.
 */
test.describe.configure({ timeout: 240_000 });
// Offline, Next's background prefetches fail loudly (offline.spec.ts); nothing depends on them.
test.use({ serviceWorkers: "allow", allowedConsoleErrors: [/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/] });

const BANK = "tests/fixtures/banks";
const RAW = "https://raw.githubusercontent.com/kennymkchan/interview-questions-in-javascript/master/README.md";
const README = readFileSync(`${BANK}/js-algorithms-nested/README.md`, "utf8");
const CHANGED = README.replace("there is no value associated with it", "no value has been given to it yet");

interface Saved {
  slug: string;
  kind: string;
  topics: string[];
  questions: number;
}

/** The saved deck records in IndexedDB, as the app stored them. */
function savedDecks(page: Page): Promise<Saved[]> {
  return page.evaluate(
    () =>
      new Promise<Saved[]>((resolve, reject) => {
        const open = indexedDB.open("prepdeck-decks");
        open.onerror = () => reject(new Error("no database"));
        open.onsuccess = () => {
          const all = open.result.transaction("decks").objectStore("decks").getAll();
          all.onsuccess = () =>
            resolve(
              (all.result as { slug?: string; source: { kind: string }; deck: { topics: { slug: string; cards: unknown[] }[] } }[])
                .filter((r) => typeof r.slug === "string")
                .map((r) => ({
                  slug: r.slug ?? "",
                  kind: r.source.kind,
                  topics: r.deck.topics.map((t) => t.slug),
                  questions: r.deck.topics.reduce((n, t) => n + t.cards.length, 0),
                })),
            );
        };
      }),
  );
}

function folderZip(dir: string, prefix: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const r = path.posix.join(rel, name);
      if (statSync(path.join(dir, r)).isDirectory()) walk(r);
      else entries[`${prefix}/${r}`] = strToU8(readFileSync(path.join(dir, r), "utf8"));
    }
  };
  walk("");
  return zipSync(entries);
}

async function saveAndAddAnother(page: Page) {
  await page.getByRole("button", { name: "Save the deck" }).click();
  await expect(page.getByTestId("add-saved")).toBeVisible();
  await page.getByRole("button", { name: "Add another" }).click();
}

test("three real banks (file, zip, link) drilled offline; the link deck updated keeping progress; one removed", async ({ page, context }) => {
  let readme = README;
  await page.route("https://raw.githubusercontent.com/**", (route: Route) =>
    route.request().url() === RAW
      ? route.fulfill({ headers: { "access-control-allow-origin": "*" }, body: readme })
      : route.fulfill({ status: 404, headers: { "access-control-allow-origin": "*" }, body: "404: Not Found" }),
  );
  await page.goto("/");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await page.getByRole("link", { name: /Add a deck/ }).first().click();
  await page.getByLabel("Markdown files or a .zip").setInputFiles(`${BANK}/ds-theory-bold/theory.md`);
  await expect(page.getByTestId("preview-summary")).toContainText(/1\d\d questions/);
  await saveAndAddAnother(page);

  const zip = folderZip(`${BANK}/javaguide-mongodb-zh`, "JavaGuide-main");
  await page.getByLabel("Markdown files or a .zip").setInputFiles({ name: "JavaGuide-main.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
  await expect(page.getByTestId("preview-summary")).toContainText("38 questions");
  await saveAndAddAnother(page);

  await page.getByLabel(/GitHub repository, folder or file/).fill(RAW);
  await page.getByRole("button", { name: "Fetch" }).click();
  await expect(page.getByTestId("preview-summary")).toContainText("21 questions");
  await page.getByRole("button", { name: "Save the deck" }).click();
  await expect(page.getByTestId("add-saved")).toBeVisible();

  const saved = await savedDecks(page);
  expect(saved.map((d) => d.kind).sort()).toEqual(["files", "link", "zip"]);
  await page.goto("/");
  await expect(page.getByTestId("user-deck")).toHaveCount(3);

  // Offline: every deck's page opens and one card of each is graded.
  await context.setOffline(true);
  for (const deck of saved) {
    await page.goto(`/deck?d=${deck.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await openDeck(page, `topics=${deck.slug}/${deck.topics[0]}&mode=shuffle&seed=journey`);
    await flipAndGrade(page, 3);
  }
  await expect.poll(() => storedReviewCount(page)).toBe(3);
  await context.setOffline(false);

  // The link's source changed one answer: the update says so and keeps every review.
  readme = CHANGED;
  const link = saved.find((d) => d.kind === "link");
  await page.goto(`/deck?d=${link?.slug}`);
  await page.getByRole("link", { name: "Check for updates" }).click();
  await expect(page.getByTestId("update-counts")).toContainText(/0 new · 1 changed · 0 removed · 20 unchanged/);
  await page.getByRole("button", { name: "Save the update" }).click();
  await expect(page.getByTestId("add-saved")).toContainText("updated");
  expect(await storedReviewCount(page)).toBe(3);

  // Removing the zip deck (progress kept by default) leaves the other two decks as they were.
  const zipped = saved.find((d) => d.kind === "zip");
  await page.goto(`/deck?d=${zipped?.slug}`);
  await page.getByRole("button", { name: "Remove this deck…" }).click();
  await page.getByRole("button", { name: "Remove deck" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("user-deck")).toHaveCount(2);
  const left = await savedDecks(page);
  expect(left.map((d) => d.slug).sort()).toEqual(saved.filter((d) => d.kind !== "zip").map((d) => d.slug).sort());
  expect(left.map((d) => d.questions).sort()).toEqual(saved.filter((d) => d.kind !== "zip").map((d) => d.questions).sort());
  expect(await storedReviewCount(page)).toBe(3);
});
