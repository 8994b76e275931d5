import type { Page } from "@playwright/test";
import { axeViolations, expect, test } from "./fixtures";

/*
 * Export then import, in the browser: the built-in Django deck leaves through Settings' export
 * buttons (the import worker fetches its /data files and writes the file) and comes back through
 * /import as the same 65 cards. The format itself is unit-tested against Anki's schema
 * (tests/unit/import/export-built-in.test.ts).
 */

test.describe.configure({ timeout: 120_000 });

const PROMPT = "What is the request/response lifecycle in Django?";

async function exportFile(page: Page, button: string): Promise<string> {
  await page.goto("/settings");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  await expect(page.getByRole("status").filter({ hasText: "Exported Django: 65 cards." })).toBeVisible();
  return path;
}

test("the built-in deck exported as .apkg imports back as the same cards, and Settings shows the added deck's size", async ({ page }) => {
  const apkg = await exportFile(page, "Export Django as an Anki package");
  expect(apkg).toMatch(/Django\.apkg$/);

  await page.goto("/import");
  await page.getByLabel("Anki package, CSV, TSV or Quizlet text").setInputFiles(apkg);
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("65 cards in 18 topics");
  await expect(preview).toContainText(PROMPT);
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(page.getByRole("link", { name: "Open the deck" })).toBeVisible();

  await page.goto("/settings");
  const added = page.getByTestId(/^deck-facts-u-/);
  await expect(added).toContainText(/65 questions · \d+(\.\d)? (KB|MB) stored in this browser/);
  await expect(page.getByTestId("orphan-count")).toContainText("Every review belongs to a question in the bank.");
  expect(await axeViolations(page)).toEqual([]);
});

test("the built-in deck exported as CSV imports back as the same cards", async ({ page }) => {
  const csv = await exportFile(page, "Export Django as CSV with HTML answers");
  await page.goto("/import");
  await page.getByLabel("Anki package, CSV, TSV or Quizlet text").setInputFiles(csv);
  await page.getByRole("combobox", { name: "Cells are" }).selectOption("html");
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("65 cards in 18 topics");
  await expect(preview).toContainText(PROMPT);
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(page.getByRole("link", { name: "Open the deck" })).toBeVisible();
});
