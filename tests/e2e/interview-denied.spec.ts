import { launchOptions } from "./browser";
import { test } from "./fixtures";
import { MOCK, expect, expectNoAxeViolations, storedGrades, suggestedGrade, tick } from "./interview-helpers";

/*
 * Interview mode with the microphone denied: a fake device but no automatic consent, so the
 * permission request is refused. The journey must work the same, without a recording.
 */
test.use({ launchOptions: launchOptions(["--use-fake-device-for-media-stream"]) });

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`with the microphone denied (${colorScheme})`, () => {
    test.use({ colorScheme });

    test("the same journey works without a recording, and typing works too", async ({ page }) => {
      test.setTimeout(180_000); // three questions, axe on each screen (slow on a shared machine)
      await page.goto(MOCK);
      await expect(page.getByTestId("position")).toHaveText("1 / 3");
      await page.keyboard.press("Space");
      await expect(page.getByTestId("mic-notice")).toContainText("Answer aloud, no recording");
      await expect(page.getByTestId("answer-clock")).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press("Space");
      await expect(page.getByText("You answered aloud, without a recording.")).toBeVisible();
      const total = await tick(page, 1);
      await expect(suggestedGrade(page)).toContainText(1 / total < 0.4 ? "Again" : "Hard");
      await expectNoAxeViolations(page);
      await page.keyboard.press("1");

      await expect(page.getByTestId("position")).toHaveText("2 / 3");
      await expect(page.getByText("Answer aloud: there is no recording this time.")).toBeVisible();
      await page.keyboard.press("t");
      const box = page.getByRole("textbox", { name: "Your answer" });
      await expect(box).toBeFocused();
      await page.keyboard.type("Select related joins; prefetch related runs a second query.");
      await expectNoAxeViolations(page);
      await page.keyboard.press("Control+Enter");
      await expect(page.getByTestId("typed-attempt")).toHaveText("Select related joins; prefetch related runs a second query.");
      await page.keyboard.press("3");

      await page.keyboard.press("Space");
      await page.keyboard.press("Space");
      await page.keyboard.press("4");

      await expect(page.getByRole("heading", { name: "Interview finished" })).toBeVisible();
      await expect(page.getByTestId("interview-summary").locator("tbody tr")).toHaveCount(3);
      await expectNoAxeViolations(page);
      await expect.poll(() => storedGrades(page)).toHaveLength(3);
      await page.reload();
      await expect(page.getByTestId("position")).toHaveText("1 / 3");
      expect((await storedGrades(page)).sort()).toEqual(["M", "O", "P"]);
    });
  });
}
