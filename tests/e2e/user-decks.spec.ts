import type { Page } from "@playwright/test";
import { axeViolations, expect, test } from "./fixtures";
import { flipAndGrade, openDeck, storedReviewCount } from "./helpers";

/*
 * A deck added in the browser, seeded straight into IndexedDB (the add page has its own specs):
 * listed on the home page, its deck and topic pages, drills that save progress, deep links and
 * reloads, removal keeping or deleting progress, a damaged record, and a second tab.
 */

const SLUG = "u-e2e-bank";

function card(topic: string, n: number) {
  return {
    id: `${SLUG}/${topic}/q${n}`, deckSlug: SLUG, topicSlug: topic,
    prompt: `E2E ${topic} question ${n}?`, promptHtml: `E2E ${topic} question ${n}?`, frontHtml: null,
    answerHtml: `<p>Answer ${n} of ${topic}.</p>`, hasAnswer: true, keyPoints: [`point ${n}`], tags: [], links: [], file: "README.md", line: n,
  };
}

const RECORD = {
  slug: SLUG,
  title: "E2E bank",
  description: "Seeded by the test",
  source: { kind: "link", label: "owner/e2e-bank", url: "https://github.com/owner/e2e-bank" },
  hints: { questions: "heading", headingLevel: 3 },
  credits: { licence: "MIT", author: "E2E Author" },
  deck: {
    slug: SLUG,
    title: "E2E bank",
    topics: [
      { slug: "basics", title: "Basics", order: 0, cards: [card("basics", 1), card("basics", 2), card("basics", 3)] },
      { slug: "extras", title: "Extras", order: 1, cards: [card("extras", 1)] },
    ],
  },
  savedAt: Date.UTC(2026, 0, 1),
};

/** Writes a record as the add page would (same database and store), and tells other tabs. */
async function seed(page: Page, key: string, value: unknown, slug: string) {
  await page.evaluate(
    async ([k, v, s]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open("prepdeck-decks");
        req.onupgradeneeded = () => req.result.createObjectStore("decks");
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction("decks", "readwrite");
        tx.objectStore("decks").put(v, k as string);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      const channel = new BroadcastChannel("prepdeck:decks");
      channel.postMessage({ type: "saved", slug: s });
      channel.close();
    },
    [key, value, slug] as const,
  );
}

const seedDeck = (page: Page) => seed(page, `deck:${SLUG}`, RECORD, SLUG);

// Several pages, reloads and axe runs each: room for a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

test("a user deck is listed on the home page, with its deck and topic pages", async ({ page }) => {
  await page.goto("/");
  await seedDeck(page);
  await page.reload();
  // One line on the home page; the deck's topics and drill buttons are on its own page.
  const line = page.getByRole("region", { name: "Your decks" }).getByTestId("user-deck");
  await expect(line).toContainText("2 topics · 4 questions");
  await expect(line.getByTestId("deck-due")).toHaveText("0 due · 4 new");
  await expect(page.getByRole("checkbox", { name: "Select Basics" })).toHaveCount(0);

  await line.getByRole("link", { name: "E2E bank" }).click();
  await expect(page).toHaveURL(`/deck?d=${SLUG}`);
  await expect(page.getByRole("heading", { level: 1, name: "E2E bank" })).toBeVisible();
  const about = page.getByTestId("deck-about");
  await expect(about).toContainText("MIT");
  await expect(about).toContainText("E2E Author");
  await expect(about).toContainText("level 3");
  await expect(page.getByRole("link", { name: "Check for updates" })).toHaveAttribute("href", `/add?update=${SLUG}`);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Basics" }).click();
  await expect(page).toHaveURL(`/deck/topic?d=${SLUG}&t=basics`);
  await expect(page.getByRole("heading", { level: 1, name: "Basics" })).toBeVisible();
  await page.getByText("E2E basics question 2?").click();
  await expect(page.getByText("Answer 2 of basics.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("a user deck drills from its pages, saves grades, and reloads from deep links", async ({ page }) => {
  await page.goto("/");
  await seedDeck(page);
  // With no topic ticked, the deck page's Shuffle drills this deck's topics (all 4 cards), no other deck's.
  await page.goto(`/deck?d=${SLUG}`);
  await page.getByRole("button", { name: /^Shuffle/ }).click();
  await expect(page.getByTestId("position")).toHaveText("1 / 4");

  await page.goto(`/deck/topic?d=${SLUG}&t=basics`);
  await page.getByRole("link", { name: "Drill this topic" }).click();
  await expect(page.getByTestId("card-prompt")).toContainText("E2E basics question");
  await flipAndGrade(page, 1);
  await flipAndGrade(page, 4);
  await expect.poll(() => storedReviewCount(page)).toBe(2);

  // Two topics of the deck in one drill, from a fresh load of a deep link.
  await openDeck(page, `topics=${SLUG}/basics,${SLUG}/extras&mode=shuffle&seed=two`);
  await expect(page.getByTestId("position")).toHaveText("1 / 4");

  await page.goto(`/deck/topic?d=${SLUG}&t=basics`);
  await expect(page.getByTestId("topic-progress")).toContainText("1 new · 1 learning");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Basics" })).toBeVisible();
});

test("removing a user deck keeps or deletes its progress, as chosen", async ({ page }) => {
  await page.goto("/");
  await seedDeck(page);
  await openDeck(page, `topics=${SLUG}/basics&mode=shuffle&seed=rm`);
  await flipAndGrade(page, 3);
  await expect.poll(() => storedReviewCount(page)).toBe(1);

  await page.goto(`/deck?d=${SLUG}`);
  await page.getByRole("button", { name: "Remove this deck…" }).click();
  await page.getByRole("button", { name: "Remove deck" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("user-deck")).toHaveCount(0);
  expect(await storedReviewCount(page)).toBe(1);

  await seedDeck(page);
  await page.goto(`/deck?d=${SLUG}`);
  await page.getByRole("button", { name: "Remove this deck…" }).click();
  await page.getByLabel(/Delete its progress/).check();
  await page.getByRole("button", { name: "Remove deck" }).click();
  await expect(page).toHaveURL("/");
  await expect.poll(() => storedReviewCount(page)).toBe(0);
  await page.goto(`/deck?d=${SLUG}`);
  await expect(page.getByRole("heading", { name: "Deck not found" })).toBeVisible();
});

test("a damaged deck record is offered for download and removal, and the rest of the home page works", async ({ page }) => {
  await page.goto("/");
  await seed(page, "deck:u-broken", { slug: "u-broken", title: 42 }, "u-broken");
  await page.reload();
  const damaged = page.getByRole("group", { name: "Damaged deck u-broken" });
  await expect(damaged).toBeVisible();
  const download = page.waitForEvent("download");
  await damaged.getByRole("button", { name: "Download its record" }).click();
  expect((await download).suggestedFilename()).toBe("u-broken.json");
  await damaged.getByRole("button", { name: "Remove u-broken" }).click();
  await expect(damaged).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
});

test("a deck added in one tab shows in another without a reload", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto("/");
  await b.goto("/");
  await expect(b.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await seedDeck(a);
  await expect(b.getByTestId("user-deck").getByRole("link", { name: "E2E bank" })).toBeVisible();
});

test("a user deck's cards show in the weak list and in search", async ({ page }) => {
  await page.goto("/");
  await seedDeck(page);
  await openDeck(page, `topics=${SLUG}/extras&mode=shuffle&seed=weak`);
  await flipAndGrade(page, 1);
  await page.goto("/weak");
  await expect(page.getByRole("list", { name: "Weak questions" })).toContainText("E2E extras question 1?");

  const box = page.getByRole("combobox", { name: "Search questions" });
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 1000 });
  }).toPass();
  await page.keyboard.type("extras question");
  await expect(page.getByRole("listbox", { name: "Matching questions" }).getByRole("option").first()).toContainText("E2E extras question 1?");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/deck/topic?d=${SLUG}&t=extras#q1`);
  await expect(page.locator("li#q1 details")).toHaveAttribute("open", "");
});

test.describe("offline", () => {
  // See offline.spec.ts: Next's background prefetches fail loudly offline; nothing depends on them.
  test.use({ serviceWorkers: "allow", allowedConsoleErrors: [/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/] });

  test("a saved user deck's pages and drills work with the network off", async ({ page, context }) => {
    await page.goto("/");
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await seedDeck(page);
    await context.setOffline(true);
    // Pages never opened online: their shells come from the precache, the deck from IndexedDB.
    await page.goto(`/deck?d=${SLUG}`);
    await expect(page.getByRole("heading", { level: 1, name: "E2E bank" })).toBeVisible();
    await page.goto(`/deck/topic?d=${SLUG}&t=extras`);
    await expect(page.getByRole("heading", { level: 1, name: "Extras" })).toBeVisible();
    await openDeck(page, `topics=${SLUG}/extras&mode=shuffle&seed=off`);
    await flipAndGrade(page, 3);
    await expect.poll(() => storedReviewCount(page)).toBe(1);
  });
});
