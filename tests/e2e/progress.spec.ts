import { readFileSync } from "node:fs";
import { axeViolations, expect, test } from "./fixtures";
import { flipAndGrade, KEY, openDeck, storedReviewCount } from "./helpers";

test("grades survive a reload and show in the topic counts", async ({ page }) => {
  await openDeck(page, "topics=django/models-orm&mode=shuffle&seed=reload");
  await flipAndGrade(page, 1);
  await flipAndGrade(page, 4);
  await page.reload();
  await expect(page.getByTestId("card-prompt")).toBeVisible();
  expect(await storedReviewCount(page)).toBe(2);
  await page.goto("/django/models-orm");
  await expect(page.getByTestId("topic-progress")).toContainText("3 new · 1 learning");
  await page.goto("/");
  const models = page.getByRole("listitem").filter({ hasText: "Models & ORM" });
  await expect(models.getByTestId("topic-progress")).toContainText("3 new");
  await expect(page.getByRole("listitem").filter({ hasText: "Admin Interface" }).getByTestId("topic-progress")).toContainText("3 new · 0 learning · 0 due · 0 review · 0 mastered");
});

test("two tabs grading interleaved cards both end with every review", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openDeck(a, "topics=django/drf&mode=shuffle&seed=tab-a");
  await openDeck(b, "topics=django/auth&mode=shuffle&seed=tab-b");
  for (let i = 0; i < 4; i++) {
    await flipAndGrade(a, 3);
    await flipAndGrade(b, 2);
  }
  await expect.poll(() => storedReviewCount(a)).toBe(8);
  // Each tab's own state (not just storage) holds all eight: Settings reads the in-memory store.
  for (const page of [a, b]) {
    await page.getByRole("link", { name: "Leave" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await expect(page.getByTestId("review-count")).toHaveText("8 reviews stored in this browser.");
  }
});

test("a corrupt stored value is kept in a backup key and the user is told", async ({ page }) => {
  const corrupt = '{"v":1,"cards":["django/admin/x"],"log":"0C';
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [KEY, corrupt],
  );
  await page.goto("/");
  const notice = page.getByTestId("storage-notice");
  await expect(notice).toContainText("could not be read");
  await expect(notice.getByRole("button", { name: "Download the backup" })).toBeVisible();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("prepdeck:progress:backup:"))
      .map((k) => localStorage.getItem(k)),
  );
  expect(backups).toEqual([corrupt]);
  const download = page.waitForEvent("download");
  await notice.getByRole("button", { name: "Download the backup" }).click();
  expect(readFileSync(await (await download).path(), "utf8")).toBe(corrupt);
  expect(await axeViolations(page)).toEqual([]);
});

test("export, reset and import bring back the same progress", async ({ page }) => {
  await openDeck(page, "topics=django/admin&mode=shuffle&seed=export");
  await page.keyboard.press("f");
  await flipAndGrade(page, 2);
  await flipAndGrade(page, 3);
  await expect.poll(() => storedReviewCount(page)).toBe(2);
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);

  await page.goto("/settings");
  await expect(page.getByTestId("review-count")).toHaveText("2 reviews stored in this browser.");
  expect(await axeViolations(page)).toEqual([]);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const file = await (await download).path();

  await page.getByRole("button", { name: "Reset progress…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Reset progress" }).click();
  await expect(page.getByTestId("review-count")).toHaveText("0 reviews stored in this browser.");
  await expect(page.getByTestId("import-message")).toHaveText("Progress reset. A backup of the previous progress is listed under Backups.");
  expect(await storedReviewCount(page)).toBe(0);
  const backupKeys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("prepdeck:progress:backup:")));
  expect(backupKeys).toHaveLength(1);

  await page.getByLabel("Import a backup…").setInputFiles(file);
  await expect(page.getByTestId("import-preview")).toContainText("add 2 reviews");
  await page.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByTestId("import-message")).toContainText("2 new reviews merged");
  await expect(page.getByTestId("review-count")).toHaveText("2 reviews stored in this browser.");
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
});

test("an invalid import file is refused and changes nothing", async ({ page }) => {
  await openDeck(page, "topics=django/admin&mode=shuffle&seed=invalid");
  await flipAndGrade(page, 3);
  await page.goto("/settings");
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  const bad = { format: "prepdeck-progress", version: 1, exportedAt: "2026-11-24T00:00:00Z", log: [{ id: "x", cardId: "django/admin/x", rating: 9, at: 1, mode: "shuffle" }], tombstones: [], flags: {}, notes: {}, settings: { value: { desiredRetention: 0.9, newPerSession: 20, rolloverHour: 4 }, at: 0 } };
  for (const [name, text] of [
    ["bad.json", JSON.stringify(bad)],
    ["not-json.json", "{ this is not json"],
  ] as const) {
    await page.getByLabel("Import a backup…").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(page.getByTestId("import-message")).toContainText(`"${name}" was not imported`);
    await expect(page.getByTestId("import-preview")).toHaveCount(0);
  }
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
  await expect(page.getByTestId("review-count")).toHaveText("1 review stored in this browser.");
});

test("settings change the scheduler: fewer new cards per session shrink the due deck", async ({ page }) => {
  await page.goto("/settings");
  const field = page.getByLabel("New cards per session");
  await field.fill("2");
  await field.blur();
  await openDeck(page, "topics=all&mode=due");
  await expect(page.getByTestId("position")).toHaveText("1 / 2");
});
