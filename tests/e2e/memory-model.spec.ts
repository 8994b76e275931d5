import type { Page } from "@playwright/test";
import { generatorParameters } from "ts-fsrs";
import { axeViolations, expect, test } from "./fixtures";
import { decodeProgress, emptyProgress, encodeProgress, newEntryId, type ReviewEntry } from "@/lib/progress";
import { syntheticHistory } from "@/lib/memory";
import { mulberry32 } from "@/lib/srs";
import { KEY, openDeck } from "./helpers";

const DAY = 86_400_000;
// A learner who forgets faster than FSRS's average one (first-review stabilities at 40%): a fit
// moves Easy's first interval on a new card away from the defaults' 8 days.
const TRUE = [...generatorParameters().w].map((w, i) => (i <= 3 ? w * 0.4 : i === 8 ? w * 0.8 : i === 20 ? 0.4 : w));

/**
 * A synthetic history ending yesterday, stored as this browser's progress. The histories of the
 * first cards whose last review was a success (a card in review, not in a learning step) are given
 * the ids in `as`: those cards' grade intervals come from their stability, so from the parameters.
 */
async function seedHistory(page: Page, cards: number, days: number, as: readonly string[] = []) {
  const start = Date.now() - (days + 1) * DAY;
  const random = mulberry32(5);
  const reviews = syntheticHistory({ weights: TRUE, cards, days, start, seed: 5 });
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  for (const r of reviews) {
    if (!first.has(r.cardId)) first.set(r.cardId, r.at);
    last.set(r.cardId, r.rating);
  }
  const settled = [...last].filter(([id, rating]) => rating >= 2 && first.get(id)! < start + (days - 7) * DAY).map(([id]) => id);
  expect(settled.length).toBeGreaterThanOrEqual(as.length);
  const rename = new Map(as.map((id, i) => [settled[i]!, id]));
  const log: ReviewEntry[] = reviews
    .map((r) => ({ id: newEntryId(r.at, random), cardId: rename.get(r.cardId) ?? r.cardId, rating: r.rating, at: r.at, mode: "due" as const }))
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  await page.goto("/");
  const stored = encodeProgress({ ...emptyProgress(), log });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, stored] as const);
}

const QUERY = "topics=django/models-orm&mode=all&seed=memory"; // one order: every open shows the same first card
const ORM = ["how-does-django-orm-translate-python-code-into-sql", "how-do-you-optimize-orm-queries-for-performance", "whats-the-difference-between-select-related-and-prefetch-related", "how-do-you-perform-raw-sql-queries-in-django-and-when-should-you-use-them", "how-do-you-create-a-custom-model-manager"].map((slug) => `django/models-orm/${slug}`);

async function gradeLabels(page: Page): Promise<string[]> {
  await openDeck(page, QUERY);
  await page.keyboard.press("Space");
  const grades = page.getByRole("group", { name: "How well did you know it?" }).getByRole("button");
  await expect(grades.first()).not.toContainText("…");
  return grades.allTextContents();
}

test("optimizing a seeded history, then applying it, changes the grade buttons' intervals", async ({ page }) => {
  test.setTimeout(180_000);
  // One fixed "now" for every preview: the days since each card's last review, and so its
  // intervals, are then the same before and after the fit, parameters aside.
  await page.clock.setFixedTime(Date.now());
  // The deck's cards have a history: a new card's intervals hang on one parameter (Easy's on w[3],
  // the others are learning steps), which a fit on few first-Easy grades may leave within the fuzz
  // of the default; CI once drew the same "6d" for both.
  await seedHistory(page, 300, 120, ORM);
  const before = await gradeLabels(page);
  expect(before[2], "a card in review, past its learning steps").not.toMatch(/^Good\d+m,/);

  await page.goto("/settings");
  const optimize = page.getByRole("button", { name: "Optimize my schedule" });
  await expect(optimize).toBeEnabled();
  await expect(page.getByText(/at least 400 reviews made a day or more after/)).toBeVisible();
  // Long main-thread tasks while the fit runs: the worker must keep the page responsive.
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.longest = Math.max(w.longest, e.duration)))).observe({ type: "longtask" });
  });
  await optimize.click();
  await expect(page.getByTestId("optimizer-progress")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Optimizing" })).toBeVisible();
  const metrics = page.getByTestId("fit-metrics");
  await expect(metrics).toBeVisible({ timeout: 120_000 });
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  console.info(`longest main-thread task while optimizing: ${Math.round(longest)} ms`);
  // The fit itself takes seconds: on the main thread it would be one task that long. The 50 ms budget
  // cannot be held here: on this shared machine (load 20-30 on 2 cores) even a one-line re-render
  // is measured at 60-270 ms of wall time while the worker competes for the cores.
  expect(longest).toBeLessThan(1000);
  await expect(metrics.getByRole("row", { name: /FSRS defaults/ })).toContainText(/\d\.\d{4}/);
  await expect(metrics.getByRole("row", { name: /Fitted to you/ })).toContainText(/\d\.\d{4}/);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Apply the fitted parameters" }).click();
  await expect(page.getByTestId("memory-current")).toContainText("parameters fitted to your");
  // The stored progress is what "Export progress" saves: the parameters and the choice are in it.
  // The store saves after the next paint, so the value is polled, not read once.
  await expect
    .poll(async () => {
      const stored = decodeProgress(await page.evaluate((key) => localStorage.getItem(key), KEY));
      return stored.ok ? (stored.progress.settings.value.memory?.w.length ?? 0) : -1;
    })
    .toBe(21);

  const after = await gradeLabels(page);
  expect(after).not.toEqual(before);

  // Back to the defaults: the intervals are the defaults' again.
  await page.goto("/settings");
  await page.getByRole("button", { name: "Go back to the defaults" }).click();
  await expect(page.getByTestId("memory-current")).toContainText("FSRS's default parameters");
  await expect
    .poll(async () => {
      const stored = decodeProgress(await page.evaluate((key) => localStorage.getItem(key), KEY));
      return stored.ok ? (stored.progress.settings.value.memory?.w.length ?? 0) : -1;
    })
    .toBe(0);
  expect(await gradeLabels(page)).toEqual(before);
});

test("too few reviews: the optimizer says so and does not start", async ({ page }) => {
  await seedHistory(page, 5, 10);
  await page.goto("/settings");
  await expect(page.getByRole("button", { name: "Optimize my schedule" })).toBeDisabled();
  await expect(page.getByText(/^You have \d+ reviews\. A fit needs at least 400/)).toBeVisible();
});

test("the retention simulator draws the cost of each desired retention, the current one marked", async ({ page }) => {
  test.setTimeout(120_000);
  await seedHistory(page, 60, 40);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Show what each desired retention costs" }).click();
  const chart = page.getByRole("img", { name: /^Minutes a day by desired retention/ });
  await expect(chart).toBeVisible({ timeout: 60_000 });
  await expect(chart).toHaveAccessibleName(/your setting is 90%/);
  await expect(page.getByTestId("retention-costs").getByRole("row")).toHaveCount(12);
  expect(await axeViolations(page)).toEqual([]);
});
