import type { Page } from "@playwright/test";
import { axeViolations, expect, test } from "./fixtures";
import { emptyProgress, encodeProgress, newEntryId, type ReviewEntry } from "@/lib/progress";
import { dayStart, DEFAULT_ROLLOVER_HOUR, mulberry32 } from "@/lib/srs";
import { KEY, openDeck } from "./helpers";

const DAY = 86_400_000;

/** Stores `log` as this browser's progress (on a loaded page, before the next navigation reads it). */
async function seed(page: Page, log: ReviewEntry[]) {
  await page.goto("/");
  const stored = encodeProgress({ ...emptyProgress(), log: [...log].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)) });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, stored] as const);
}

// The optimizer's controls are not mounted until fsrs-browser builds with Turbopack (see src/components/memory/lazy.tsx).

test("setting an interview date shows the plan and brings a card back into the Due deck", async ({ page }) => {
  test.setTimeout(120_000);
  // Graded Easy five days ago: due in about three days (FSRS-6 gives Easy about 8), but below 95% recall by tomorrow.
  const at = Date.now() - 5 * DAY;
  await seed(page, [{ id: newEntryId(at, mulberry32(1)), cardId: "django/models-orm/how-does-django-orm-translate-python-code-into-sql", rating: 4, at, mode: "due" }]);
  await openDeck(page, "topics=django/models-orm&mode=due");
  const total = async () => Number((await page.getByTestId("position").textContent())?.split("/")[1]);
  const withoutDate = await total();

  await page.goto("/settings");
  // Tomorrow as a study day: before the rollover hour, the calendar's today is still yesterday's
  // study day, and the calendar's tomorrow is two study days away (a plan would wait a day for it).
  // Noon of the next study day's date names it whatever a DST change does to the day's length.
  const tomorrow = new Date(dayStart(Date.now(), DEFAULT_ROLLOVER_HOUR) + DAY + 8 * 3_600_000);
  const iso = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, "0")}-${String(tomorrow.getDate()).padStart(2, "0")}`;
  // Without a date, the form waits behind its button (a date field costs a slowed phone ~120 ms).
  await expect(page.locator('input[type="date"]')).toHaveCount(0);
  await page.getByRole("button", { name: "Set an interview date" }).click();
  await expect(page.getByLabel("Interview date", { exact: true }).and(page.locator("input"))).toBeFocused();
  await page.getByLabel("Interview date", { exact: true }).and(page.locator("input")).fill(iso);
  await page.getByLabel("Recall to reach on the day").selectOption("0.95");
  await page.getByRole("button", { name: "Save the date" }).click();
  await expect(page.getByText(/^Saved: the plan/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("/");
  const plan = page.getByTestId("interview-plan");
  await expect(plan).toBeVisible();
  await expect(plan.getByTestId("days-left")).toHaveText(/^\d+ days?$/);
  await expect(plan.getByRole("img")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await openDeck(page, "topics=django/models-orm&mode=due");
  expect(await total()).toBe(withoutDate + 1);
});

test("'Set its date' on the stats page opens Settings' interview form, its date field ready", async ({ page }) => {
  await page.goto("/stats");
  await page.getByRole("link", { name: "Set its date" }).click();
  await expect(page).toHaveURL(/\/settings#interview-date$/);
  await expect(page.getByLabel("Interview date", { exact: true }).and(page.locator("input"))).toBeVisible();
  await expect(page.getByRole("button", { name: "Set an interview date" })).toHaveCount(0);
  // Loaded directly too.
  await page.goto("/settings#interview-date");
  await expect(page.getByLabel("Interview date", { exact: true }).and(page.locator("input"))).toBeVisible();
});
