import { test } from "./fixtures";
import { expect, expectNoAxeViolations } from "./interview-helpers";

test("interview and mock interview are offered on the home page and on topic pages", async ({ page }) => {
  test.slow(); // two decks loaded across all topics
  await page.goto("/");
  await page.getByLabel("Questions in the mock interview").selectOption("4");
  await page.getByRole("button", { name: "Mock interview" }).click();
  await expect(page).toHaveURL(/mode=interview.*mock=4|mock=4.*mode=interview/);
  await expect(page.getByTestId("position")).toHaveText("1 / 4");
  await page.goto("/django/models-orm");
  await page.getByRole("link", { name: "Interview", exact: true }).click();
  await expect(page).toHaveURL(/topics=django\/models-orm&mode=interview/);
  await expect(page.getByRole("button", { name: /Start answering/ })).toBeVisible();
});

test("the interview settings set the time per question and show the recordings kept", async ({ page }) => {
  test.slow();
  await page.goto("/settings");
  await page.getByLabel("Time per question").selectOption("3");
  await expect(page.getByTestId("recordings-usage")).toHaveText("Recordings kept: 0 (0 KB).");
  await expectNoAxeViolations(page);
  await page.goto("/drill?topics=django/admin&mode=interview&seed=settings");
  await expect(page.getByText("You have 3 minutes.")).toBeVisible();
});
