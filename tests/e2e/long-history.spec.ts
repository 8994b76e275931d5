import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { emptyProgress, encodeProgress, newEntryId, normalizeProgress, recentKey, type ReviewEntry } from "@/lib/progress";
import { SPLIT_FROM_CHARS } from "@/lib/progress/recent";
import { mulberry32 } from "@/lib/srs";
import { KEY, storedProgress } from "./helpers";

const IDS = (JSON.parse(readFileSync("content/ids.json", "utf8")) as { ids: string[] }).ids;

test("with a long history, a grade is saved beside it without writing it again, and a reload keeps it", async ({ page }) => {
  test.setTimeout(90_000);
  const random = mulberry32(5);
  const now = Date.now();
  const total = 12_000;
  const log: ReviewEntry[] = Array.from({ length: total }, (_, i) => {
    const at = now - 86_400_000 - (total - i) * 600_000;
    return { id: newEntryId(at, random), cardId: IDS[i % IDS.length]!, rating: 3, at, mode: "due" as const, ms: 5000 };
  });
  const history = encodeProgress(normalizeProgress({ ...emptyProgress(), log }));
  expect(history.length).toBeGreaterThan(SPLIT_FROM_CHARS);
  await page.goto("/404");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, history] as const);

  await page.goto("/drill?topics=all&mode=shuffle&seed=long");
  await page.locator('[data-progress="ready"]').waitFor();
  const prompt = await page.getByTestId("card-prompt").textContent();
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(page.getByTestId("card-prompt")).not.toHaveText(prompt ?? "");
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) !== null, recentKey(KEY))).toBe(true);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(history);
  expect((await storedProgress(page)).log).toHaveLength(total + 1);

  await page.reload();
  await page.locator('[data-progress="ready"]').waitFor();
  await page.keyboard.press("Space");
  await page.keyboard.press("1");
  await expect.poll(async () => (await storedProgress(page)).log.length).toBe(total + 2);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(history);
});
