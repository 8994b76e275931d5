import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { emptyProgress, encodeProgress, newEntryId, normalizeProgress, type ReviewEntry } from "@/lib/progress";
import { mulberry32 } from "@/lib/srs";
import { STATS_WORKER_MIN_REVIEWS, STATS_WORKER_URL } from "@/lib/stats/worker-protocol";
import { KEY, studyDayLabel } from "./helpers";

const IDS = (JSON.parse(readFileSync("content/ids.json", "utf8")) as { ids: string[] }).ids;
const TODAY = 7;

/** A history long enough for the stats worker: 7 reviews a few seconds ago, the rest over the weeks before. */
async function seedLongHistory(page: Page) {
  const now = Date.now();
  const random = mulberry32(11);
  const total = STATS_WORKER_MIN_REVIEWS + 500;
  const log: ReviewEntry[] = Array.from({ length: total }, (_, i) => {
    const at = i < TODAY ? now - (i + 1) * 1000 : now - 2 * 86_400_000 - i * 600_000;
    return { id: newEntryId(at, random), cardId: IDS[i % IDS.length]!, rating: (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4, at, mode: "due" as const, ms: 5000 };
  });
  await page.goto("/");
  const stored = encodeProgress(normalizeProgress({ ...emptyProgress(), log }));
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, stored] as const);
}

test("a long history is counted in the stats worker, and /stats shows it", async ({ page }) => {
  test.setTimeout(90_000);
  await seedLongHistory(page);
  const worker = page.waitForRequest((r) => r.url().endsWith(STATS_WORKER_URL));
  await page.goto("/stats");
  await worker;
  await expect(page.getByTestId("today-reviews")).toHaveText(`${TODAY} / 20`, { timeout: 30_000 });
  // Today's own cell, by its date: an older day cut by the history's start can hold 7 reviews too.
  await expect(page.getByRole("gridcell", { name: `${TODAY} reviews on ${studyDayLabel(0)}` })).toHaveCount(1);
});

test("when the stats worker cannot load (offline before it was ever fetched), the page counts the history itself", async ({ page }) => {
  test.setTimeout(90_000);
  await seedLongHistory(page);
  await page.route(`**${STATS_WORKER_URL}`, (route) => route.abort("internetdisconnected"));
  await page.goto("/stats");
  await expect(page.getByTestId("today-reviews")).toHaveText(`${TODAY} / 20`, { timeout: 30_000 });
});
