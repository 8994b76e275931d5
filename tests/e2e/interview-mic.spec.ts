import { launchOptions } from "./browser";
import { test } from "./fixtures";
import { MOCK, expect, expectNoAxeViolations, storedGrades, suggestedGrade, tick } from "./interview-helpers";

/*
 * Interview mode with Chromium's fake microphone (a generated tone, permission granted without a
 * prompt): a 3-question mock interview recorded, played back, ticked, graded, summed up, and the
 * grades in the log with mode interview after a reload. axe-core on every screen, light and dark.
 */
test.use({ launchOptions: launchOptions(["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]) });

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`with a microphone (${colorScheme})`, () => {
    test.use({ colorScheme });

    test("a 3-question mock interview is recorded, played back, ticked, graded and summed up", async ({ page }) => {
      test.setTimeout(180_000); // three questions answered in real time, axe on each screen (slow on a shared machine)
      await page.goto(MOCK);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mock interview · 3 topics");
      await expect(page.getByTestId("position")).toHaveText("1 / 3");
      await expect(page.getByRole("button", { name: /Start answering/ })).toBeVisible();
      await expectNoAxeViolations(page);

      const prompts: string[] = [];
      const plan = [
        { tickAll: true, grade: "4" }, // every point in time: Easy suggested, confirmed
        { tickAll: false, grade: "2" }, // nothing ticked: Again suggested, Hard chosen
        { tickAll: false, grade: "3", half: true }, // about half: Hard suggested, Good chosen
      ];
      for (const [i, step] of plan.entries()) {
        prompts.push((await page.getByTestId("card-prompt").textContent()) ?? "");
        await page.keyboard.press("Space");
        await expect(page.getByTestId("mic-line")).toHaveText(/Recording/);
        const clock = page.getByTestId("answer-clock");
        await expect(clock).toHaveAttribute("data-phase", "within");
        if (i === 0) await expectNoAxeViolations(page);
        await page.waitForTimeout(1200);
        await page.keyboard.press("Space");

        const audio = page.getByTestId("attempt-audio");
        await expect(audio).toBeAttached();
        await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => (Number.isFinite(a.duration) ? a.duration : 0)), { timeout: 10_000 }).toBeGreaterThan(0);
        await page.keyboard.press("p");
        await expect(page.getByRole("button", { name: /^Pause/ })).toBeVisible();
        await page.keyboard.press("p");
        await expect(page.getByRole("button", { name: /^Play your answer/ })).toBeVisible();
        await expect(page.getByTestId("time-taken")).toContainText("within the budget");

        const total = await page.getByRole("group", { name: /Did you say this\?/ }).getByRole("checkbox").count();
        expect(total).toBeGreaterThanOrEqual(3);
        const ticked = step.tickAll ? total : step.half ? Math.ceil(total / 2) : 0;
        await tick(page, ticked);
        const expected = ticked === total ? "Easy" : ticked / total < 0.4 ? "Again" : ticked / total < 0.7 ? "Hard" : "Good";
        await expect(suggestedGrade(page)).toContainText(expected);
        if (i === 0) await expectNoAxeViolations(page);
        await page.keyboard.press(step.grade);
        if (i < 2) await expect(page.getByTestId("position")).toHaveText(`${i + 2} / 3`);
      }

      await expect(page.getByRole("heading", { name: "Interview finished" })).toBeVisible();
      const rows = page.getByTestId("interview-summary").locator("tbody tr");
      await expect(rows).toHaveCount(3);
      await expect(rows.nth(0)).toContainText(prompts[0]!);
      await expect(rows.nth(0).locator("td").nth(2)).toHaveText("Easy");
      await expect(rows.nth(0).locator("td").nth(3)).toHaveText("Easy");
      await expect(rows.nth(1).locator("td").nth(1)).toHaveText(/^0 of \d+$/);
      await expect(rows.nth(1).locator("td").nth(2)).toHaveText("Again");
      await expect(rows.nth(1).locator("td").nth(3)).toHaveText("Hard");
      await expect(rows.nth(2).locator("td").nth(3)).toHaveText("Good");
      await expect(page.getByTestId("weakest").getByRole("listitem")).toHaveText([prompts[1]!, prompts[2]!]);
      await expectNoAxeViolations(page);

      await expect.poll(() => storedGrades(page)).toHaveLength(3);
      await page.reload();
      await expect(page.getByRole("button", { name: /Start answering/ })).toBeVisible();
      // Interview grades Easy, Hard, Good: letters P, N, O (see src/lib/progress/README.md).
      expect((await storedGrades(page)).sort()).toEqual(["N", "O", "P"]);
    });
  });

}
