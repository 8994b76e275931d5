import { fileURLToPath } from "node:url";
import { axeViolations, expect, test } from "./fixtures";
import { flipAndGrade, openDeck, storedReviewCount } from "./helpers";

/*
 * /import end to end: an Anki package with review history (made by
 * tests/fixtures/anki/make-fixtures.py) is saved, drilled, and its history shows in /stats; a CSV
 * goes through the column mapping. The importers themselves are unit-tested (tests/unit/import).
 */

const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));

test("an Anki package with history: preview, save, drill it, history in /stats", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/import");
  await page.getByLabel("Anki package, CSV, TSV or Quizlet text").setInputFiles(fixture("anki/history.colpkg"));
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("9 cards in 2 topics");
  await expect(page.getByTestId("import-reviews")).toContainText("7 reviews from Nov 14, 2023");
  await expect(page.getByTestId("import-reviews")).toContainText("3 entries skipped");
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(page.getByRole("link", { name: "Open the deck" })).toBeVisible();
  await expect.poll(() => storedReviewCount(page)).toBe(7);

  await openDeck(page, "topics=u-interview/python&mode=shuffle&seed=imp");
  await flipAndGrade(page, 3);
  await expect.poll(() => storedReviewCount(page)).toBe(8);

  await page.goto("/stats");
  await expect(page.getByTestId("today-reviews")).toContainText("1");
});

test("a CSV with quoted fields through the column mapping", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel("Anki package, CSV, TSV or Quizlet text").setInputFiles(fixture("csv/quoted.csv"));
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("3 cards in 2 topics");
  await page.getByRole("combobox", { name: /^Topic/ }).selectOption("");
  await expect(preview).toContainText("3 cards in 1 topic");
  await expect(preview).toContainText('What is a "closure"?');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(page.getByRole("link", { name: "Open the deck" })).toBeVisible();
});

test("a damaged package says what is wrong and saves nothing", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel("Anki package, CSV, TSV or Quizlet text").setInputFiles(fixture("anki/encrypted.apkg"));
  await expect(page.getByText(/password-protected/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Save deck" })).toHaveCount(0);
});
