import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { axeViolations, expect, test } from "./fixtures";
import { flipAndGrade, KEY, openDeck, storedReviewCount } from "./helpers";

/** The five parts of a count line, read from the page; each card is in exactly one. */
async function countParts(line: Locator): Promise<Record<string, number>> {
  const parts: Record<string, number> = {};
  for (const part of await line.locator("[data-part]").all()) {
    parts[(await part.getAttribute("data-part"))!] = Number((await part.textContent())!.split(" ")[0]);
  }
  return parts;
}

test.describe.configure({ timeout: 90_000 }); // several pages and axe runs each, on a shared machine

const sum = (parts: Record<string, number>) => Object.values(parts).reduce((a, b) => a + b, 0);

test("Again, Hard and Easy on a three-card topic show numbers that add up to three, on the home and topic pages", async ({ page }) => {
  await openDeck(page, "topics=django/admin&mode=shuffle&seed=counts");
  await flipAndGrade(page, 1);
  await flipAndGrade(page, 2);
  await flipAndGrade(page, 4);
  await expect.poll(() => storedReviewCount(page)).toBe(3);

  await page.goto("/django/admin");
  const topicLine = page.getByTestId("topic-progress");
  await expect(topicLine).toContainText("0 new · 2 learning · 0 due · 1 review · 0 mastered");
  expect(sum(await countParts(topicLine))).toBe(3);

  await page.goto("/");
  const homeLine = page.getByRole("listitem").filter({ hasText: "Admin Interface" }).getByTestId("topic-progress");
  await expect(homeLine).toContainText("0 new · 2 learning · 0 due · 1 review · 0 mastered");
  expect(sum(await countParts(homeLine))).toBe(3);
  const questions = Number((await page.getByText(/topics · \d+ questions/).textContent())!.match(/(\d+) questions/)![1]);
  const deck = await countParts(page.getByTestId("deck-progress"));
  expect(deck).toMatchObject({ learning: 2, review: 1 });
  expect(sum(deck)).toBe(questions);
  expect(await axeViolations(page)).toEqual([]);
});

/** Seeds a 4 MB unreadable value once per tab session: with it, the browser has no room for a copy. */
async function seedHugeUnreadable(page: Page) {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, "x".repeat(4_000_000));
      sessionStorage.setItem("seeded", "1");
    }
  }, KEY);
}

test("a 4 MB unreadable value: its bytes are offered at once, Reset says no backup exists and really resets", async ({ page }) => {
  await seedHugeUnreadable(page);
  await page.goto("/");
  const notice = page.getByTestId("storage-notice");
  await expect(notice).toContainText("could not be read");
  await expect(notice).toContainText("no room to keep a copy");
  await expect(page.getByText(/newer/)).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  const download = page.waitForEvent("download");
  await notice.getByRole("button", { name: "Download the stored data" }).click();
  const bytes = readFileSync(await (await download).path(), "utf8");
  expect(bytes.length).toBe(4_000_000);
  expect(bytes).toBe("x".repeat(4_000_000));

  await notice.getByRole("link", { name: "Reset in Settings" }).click();
  await expect(page.getByTestId("storage-used")).toContainText("Storage used: about 4.0 M of 5.2 M characters");
  await page.getByRole("button", { name: "Reset progress…" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("no backup of it exists");
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Reset without a backup" }).click();
  await expect(page.getByTestId("import-message")).toContainText("no copy of it was kept");
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId("storage-used")).toContainText(/Storage used: about \d+ of 5.2 M characters/);

  await page.reload();
  await expect(page.getByTestId("review-count")).toHaveText("0 reviews stored in this browser.");
  await expect(notice).toHaveCount(0);
  // Replaced by a fresh, readable value in the current stored format.
  expect(await page.evaluate((key) => /^\{"v":\d+,/.test(localStorage.getItem(key) ?? ""), KEY)).toBe(true);
});

test("Settings lists the backups with date and size, and downloads or deletes each", async ({ page }) => {
  await openDeck(page, "topics=django/admin&mode=shuffle&seed=backups");
  await flipAndGrade(page, 3);
  await expect.poll(() => storedReviewCount(page)).toBe(1);
  await page.goto("/settings");
  await expect(page.getByTestId("no-backups")).toBeVisible();
  await page.getByRole("button", { name: "Reset progress…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Reset progress" }).click();

  const backup = page.getByTestId("backup");
  await expect(backup).toHaveCount(1);
  await expect(backup).toContainText(/\d{4}.*· \d+ characters/);
  expect(await axeViolations(page)).toEqual([]);
  const download = page.waitForEvent("download");
  await backup.getByRole("button", { name: /^Download the backup of/ }).click();
  const text = readFileSync(await (await download).path(), "utf8");
  expect(await page.evaluate((key) => Object.entries(localStorage).find(([k]) => k.startsWith(`${key}:backup:`))?.[1], KEY)).toBe(text);

  await backup.getByRole("button", { name: /^Delete the backup of/ }).click();
  await expect(backup).toHaveCount(0);
  expect(await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`)), KEY)).toEqual([]);
});

test("Settings follow a change made in another tab", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto("/settings");
  await b.goto("/settings");
  const field = a.getByLabel("New cards per session");
  await field.fill("7");
  await field.blur();
  await expect(b.getByLabel("New cards per session")).toHaveValue("7");
});
