import type { Browser, Page } from "@playwright/test";
import { axeViolations, expect, test } from "./fixtures";
import { emptyProgress, encodeProgress, normalizeProgress } from "@/lib/progress";
import { KEY, openDeck, flipAndGrade } from "./helpers";

// Two browser contexts per width (with and without JavaScript) and axe passes: a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

const SECTIONS = ["Theme", "Reviews", "Interview mode", "Your data", "Backups"];

/** Each section heading's top, relative to the first one's (a browser without scripting shows a <noscript> note above them). */
async function headingTops(page: Page): Promise<number[]> {
  const tops: number[] = [];
  for (const name of SECTIONS) tops.push((await page.getByRole("heading", { level: 2, name, exact: true }).boundingBox())!.y);
  return tops.map((t) => Math.round(t - tops[0]!));
}

async function staticSettings(browser: Browser, width: number) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto("/settings");
  return { page, close: () => context.close() };
}

test("Settings is in the static HTML: headings, explanations and labels, no value shown before the stored ones are read", async ({ browser }) => {
  const { page, close } = await staticSettings(browser, 1280);
  for (const name of SECTIONS) await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  await expect(page.getByText("Chance of recall to aim for (0.70–0.99). Higher means more reviews.")).toBeVisible();
  await expect(page.getByText(/Recordings never leave this browser\./)).toBeVisible();
  // No default passes for the user's value: no field, no checked radio, no count.
  await expect(page.getByRole("spinbutton")).toHaveCount(0);
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Time per question" })).toHaveCount(0);
  await expect(page.getByTestId("review-count")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Export progress" })).toBeDisabled();
  await close();
});

for (const width of [1280, 360]) {
  test(`the stored values fill in without moving the sections (${width} px wide), with no axe violations`, async ({ browser, page }) => {
    const { page: before, close } = await staticSettings(browser, width);
    const placeholders = await headingTops(before);
    await close();

    await page.setViewportSize({ width, height: 800 });
    await page.goto("/settings");
    await expect(page.getByTestId("review-count")).toHaveText("0 reviews stored in this browser.");
    await expect(page.getByLabel("New cards per session")).toHaveValue("20");
    await expect(page.getByRole("radiogroup", { name: "Theme" }).getByRole("radio", { name: "System" })).toBeChecked();
    await expect(page.getByTestId("recordings-usage")).toHaveText("Recordings kept: 0 (0 KB).");
    expect(await headingTops(page)).toEqual(placeholders);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("a stored value shows in its field once the store is read, and the field says what it is for", async ({ page }) => {
  await openDeck(page, "topics=django/admin&mode=shuffle&seed=settings-field");
  await flipAndGrade(page, 3);
  await page.goto("/settings");
  const field = page.getByRole("spinbutton", { name: "Daily goal (reviews)" });
  await field.fill("7");
  await field.blur();
  await page.reload();
  await expect(field).toHaveValue("7");
  await expect(field).toHaveAccessibleDescription("Reviews a day to aim for; today's count is on the home page and Stats.");
  await expect(page.getByTestId("review-count")).toHaveText("1 review stored in this browser.");
});

/** Progress with one review of a built-in card and two of a question no deck has. */
const WITH_ORPHANS = encodeProgress(
  normalizeProgress({
    ...emptyProgress(),
    log: [
      { id: "a-1", cardId: "django/admin/how-do-you-customize-the-django-admin", rating: 3, at: Date.UTC(2026, 10, 1), mode: "due" },
      { id: "b-1", cardId: "django/admin/a-question-since-removed", rating: 2, at: Date.UTC(2026, 10, 2), mode: "due" },
      { id: "b-2", cardId: "django/admin/a-question-since-removed", rating: 3, at: Date.UTC(2026, 10, 3), mode: "due" },
    ],
  }),
);

test("reviews of questions no longer in the bank are counted from the bank's list of ids, which is not in the page's payload", async ({ page }) => {
  const payload = await (await page.request.get("/settings.txt")).text();
  expect(payload).not.toContain("how-do-you-customize-the-django-admin");
  await page.goto("/settings");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, WITH_ORPHANS] as const);
  await page.reload();
  await expect(page.getByTestId("review-count")).toHaveText("3 reviews stored in this browser.");
  await expect(page.getByTestId("orphan-count")).toHaveText("2 reviews belong to questions no longer in the bank; they are kept.");
});

test.describe("with the bank's list of ids blocked", () => {
  // The blocked request itself: what the test makes happen.
  test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/] });

  test("Settings says the orphans were not checked, and the rest works", async ({ page }) => {
    await page.route("**/card-ids.json", (route) => route.abort());
    await page.goto("/settings");
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, WITH_ORPHANS] as const);
    await page.reload();
    await expect(page.getByTestId("orphan-count")).toHaveText(/could not be checked: the list of questions did not load/);
    await expect(page.getByTestId("review-count")).toHaveText("3 reviews stored in this browser.");
    await expect(page.getByRole("button", { name: "Export progress" })).toBeEnabled();
    expect(await axeViolations(page)).toEqual([]);
  });
});
