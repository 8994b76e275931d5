import type { Page } from "@playwright/test";
import { axeViolations, expect, test } from "./fixtures";
import { holdChunks } from "./helpers";

// Several pages, reloads and axe runs each: more than the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

const LIGHT_BG = "rgb(255, 255, 255)";
const DARK_BG = "rgb(11, 17, 32)";

/**
 * Records the body's background in the first animation frame of every document, which runs
 * before that frame is painted: if the theme were applied any later, this would catch the wrong one.
 */
async function recordFirstFrame(page: Page) {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrameBg: string }).firstFrameBg = getComputedStyle(document.body).backgroundColor;
    });
  });
}

/** The recorded background, once the first frame's callback has run (a busy machine may not have run it by the load event). */
async function firstFrameBg(page: Page): Promise<string | undefined> {
  await page.waitForFunction(() => (window as unknown as { firstFrameBg?: string }).firstFrameBg !== undefined);
  return page.evaluate(() => (window as unknown as { firstFrameBg?: string }).firstFrameBg);
}

test.describe("theme on a light system", () => {
  test.use({ colorScheme: "light" });

  test("dark chosen in the header persists across a reload and is there in the first frame", async ({ page }) => {
    await recordFirstFrame(page);
    await page.goto("/");
    expect(await firstFrameBg(page)).toBe(LIGHT_BG);
    const toggle = page.getByTestId("theme-toggle");
    await expect(toggle).toHaveAccessibleName("Theme: System. Switch to Light");
    await toggle.click();
    await expect(toggle).toHaveAccessibleName("Theme: Light. Switch to Dark");
    await toggle.click();
    await expect(toggle).toHaveAccessibleName("Theme: Dark. Switch to System");
    await expect(page.locator("body")).toHaveCSS("background-color", DARK_BG);

    await page.reload();
    expect(await firstFrameBg(page)).toBe(DARK_BG);
    await expect(page.getByTestId("theme-toggle")).toHaveAccessibleName("Theme: Dark. Switch to System");
    expect(await axeViolations(page)).toEqual([]);

    await page.goto("/django/models-orm");
    expect(await firstFrameBg(page)).toBe(DARK_BG);
    await page.getByRole("button", { name: "Expand all answers" }).click();
    // Highlighted code follows the chosen theme, not the system's.
    const codeBg = await page.locator(".answer pre.shiki").first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(codeBg).toBe("rgb(10, 12, 16)");
    expect(await axeViolations(page)).toEqual([]);
  });
});

test("the theme button switches before the page's script has run, and once per click after", async ({ page }) => {
  const release = await holdChunks(page);
  await page.goto("/", { waitUntil: "domcontentloaded" });
  const toggle = page.getByTestId("theme-toggle");
  await expect(toggle).toHaveAccessibleName("Theme: System. Switch to Light");
  await toggle.click();
  await expect(toggle).toHaveAccessibleName("Theme: Light. Switch to Dark");
  release();
  await expect(toggle).toHaveAttribute("data-live", "");
  await toggle.click();
  await expect(toggle).toHaveAccessibleName("Theme: Dark. Switch to System");
  await page.reload();
  await expect(page.getByTestId("theme-toggle")).toHaveAccessibleName("Theme: Dark. Switch to System");
});

test.describe("theme on a dark system", () => {
  test.use({ colorScheme: "dark" });

  test("light chosen in Settings persists, shows in the header, and back to System follows the device", async ({ page }) => {
    await recordFirstFrame(page);
    await page.goto("/settings");
    expect(await firstFrameBg(page)).toBe(DARK_BG);
    const group = page.getByRole("radiogroup", { name: "Theme" });
    await expect(group.getByRole("radio", { name: "System" })).toBeChecked();
    await group.getByRole("radio", { name: "Light" }).check();
    await expect(page.locator("body")).toHaveCSS("background-color", LIGHT_BG);
    await expect(page.getByTestId("theme-toggle")).toHaveAccessibleName("Theme: Light. Switch to Dark");

    await page.reload();
    expect(await firstFrameBg(page)).toBe(LIGHT_BG);
    await expect(page.getByRole("radiogroup", { name: "Theme" }).getByRole("radio", { name: "Light" })).toBeChecked();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("radiogroup", { name: "Theme" }).getByRole("radio", { name: "System" }).check();
    await expect(page.locator("body")).toHaveCSS("background-color", DARK_BG);
    await page.reload();
    expect(await firstFrameBg(page)).toBe(DARK_BG);
    expect(await page.evaluate(() => localStorage.getItem("prepdeck:theme"))).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test("the header button names the stored theme before any JavaScript of the page runs", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("prepdeck:theme", "dark"));
  // The page's bundles answer empty: nothing hydrates, only the inline theme script runs.
  await page.route("**/_next/static/**/*.js", (route) => route.fulfill({ contentType: "application/javascript", body: "" }));
  await page.goto("/stats");
  await expect(page.getByTestId("theme-toggle")).toHaveAccessibleName("Theme: Dark. Switch to System");
});
