import type { Page } from "@playwright/test";
import { axeViolations, expect, test } from "./fixtures";
import { cardStates, decodeProgress } from "@/lib/progress";
import { studyDay } from "@/lib/stats";
import { KEY, flipAndGrade, openDeck, storedReviewCount, studyDayLabel } from "./helpers";

/**
 * Grades `count` new cards Easy; returns, per card, in how many study days the stored schedule
 * says it is due (read back from localStorage and replayed in Node with the domain code).
 */
async function gradeEasy(page: Page, count: number): Promise<number[]> {
  await openDeck(page, "topics=django/models-orm&mode=shuffle&seed=stats");
  for (let i = 0; i < count; i++) {
    await page.keyboard.press("Space");
    await expect(page.getByRole("button", { name: /^Easy/ })).toContainText(/\d+d/);
    await page.keyboard.press("4");
    await expect(page.getByTestId("position")).toHaveText(`${i + 2} / 5`);
  }
  await expect.poll(() => storedReviewCount(page)).toBe(count);
  const decoded = decodeProgress(await page.evaluate((key) => localStorage.getItem(key), KEY));
  if (!decoded.ok) throw new Error(decoded.message);
  const today = studyDay(Date.now(), 4);
  return [...cardStates(decoded.progress).values()].map((s) => studyDay(s.due, 4) - today);
}

test("after grading cards, /stats shows them today, in today's heatmap cell and on the days they fall due", async ({ page }) => {
  test.setTimeout(60_000);
  const N = 3;
  const dueIn = await gradeEasy(page, N);
  expect(dueIn.every((d) => d >= 1 && d < 30), `Easy schedules new cards days ahead: ${dueIn}`).toBe(true);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Stats" }).click();
  await expect(page).toHaveURL(/\/stats$/);
  await expect(page.getByTestId("today-reviews")).toHaveText(`${N} / 20`, { timeout: 15_000 });
  await expect(page.getByTestId("current-streak")).toHaveText("1 day");

  const todayCell = page.getByRole("gridcell", { name: `${N} reviews on ${studyDayLabel(0)}` });
  await expect(todayCell).toHaveAttribute("tabindex", "0");
  await todayCell.focus();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByTestId("heatmap-active")).toHaveText(`0 reviews on ${studyDayLabel(-1)}`);

  const forecast = page.getByRole("region", { name: "Coming due" });
  await forecast.getByRole("button", { name: "Show as table" }).click();
  await expect(forecast.getByRole("button", { name: "Show as table" })).toHaveAttribute("aria-pressed", "true");
  const expected = new Map<number, number>();
  for (const d of dueIn) expected.set(d, (expected.get(d) ?? 0) + 1);
  const table = forecast.getByRole("table");
  const cells = table.getByRole("cell");
  await expect(cells).toHaveCount(1 + 30); // overdue, then 30 days
  await expect(cells).toHaveText(["0", ...Array.from({ length: 30 }, (_, offset) => String(expected.get(offset) ?? 0))]);
  const days = table.getByRole("rowheader");
  await expect(days).toHaveText(["Overdue", ...Array.from({ length: 30 }, (_, offset) => new RegExp(studyDayLabel(offset)))]);

  // The answer time of the graded topic is known now.
  const answers = page.getByRole("region", { name: "Answer time" });
  await expect(answers.getByText(/\d+(\.\d)? s$/)).toHaveCount(1);
});

test("the home page says today's reviews against the goal and the streak, once the store is read", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("today-line")).toHaveText("Today 0 / 20 · 0-day streak", { timeout: 15_000 });
  await openDeck(page, "topics=django/models-orm&mode=shuffle&seed=home");
  await flipAndGrade(page, 3);
  await flipAndGrade(page, 3);
  await page.goto("/settings");
  const goal = page.getByRole("spinbutton", { name: "Daily goal (reviews)" });
  await goal.fill("5");
  await goal.blur();
  await page.goto("/");
  await expect(page.getByTestId("today-line")).toHaveText("Today 2 / 5 · 1-day streak");
});

for (const scheme of ["light", "dark"] as const) {
  test(`/stats has no axe violations in the ${scheme} scheme, charts and tables`, async ({ page }) => {
    test.setTimeout(240_000); // two axe passes over a 365-cell grid: minutes on the shared, overloaded 2-core machine
    await page.emulateMedia({ colorScheme: scheme });
    await openDeck(page, "topics=django/models-orm&mode=shuffle&seed=axe");
    await flipAndGrade(page, 4);
    await flipAndGrade(page, 1);
    await page.goto("/stats");
    await expect(page.getByTestId("today-reviews")).toHaveText("2 / 20", { timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);
    for (const button of await page.getByRole("button", { name: "Show as table" }).all()) await button.click();
    await expect(page.getByRole("button", { name: "Show as table", pressed: true })).toHaveCount(5);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("/stats fits the screen and has no axe violations", async ({ page }) => {
    test.setTimeout(240_000); // axe alone took over a minute on the shared machine
    await page.goto("/stats");
    await expect(page.getByTestId("today-reviews")).toHaveText("0 / 20", { timeout: 15_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The year scrolls sideways in its own box, which starts at today's end: today's cell is in view.
    const today = page.getByRole("grid", { name: "Reviews per day, last 365 days" }).locator("[data-index]").last();
    const box = await today.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
