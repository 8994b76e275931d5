import type { Page } from "@playwright/test";
import { axeViolations, expect, test } from "./fixtures";
import { holdChunks } from "./helpers";

/** "/" focuses the search box once the page's scripts are running: press until it does. */
async function focusSearch(page: Page) {
  const box = page.getByRole("combobox", { name: "Search questions" });
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 1000 });
  }).toPass();
}

// Several pages, reloads and axe runs each: more than the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

test.describe("search in the header", () => {
  test("finds a question by a word of its answer, keyboard only, and opens it on its topic page", async ({ page }) => {
    await page.goto("/");
    // The index is not part of the page's first load: it comes with the first use of search.
    const indexRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith("/search-index.json")) indexRequests.push(r.url());
    });
    await page.waitForLoadState("networkidle");
    expect(indexRequests).toEqual([]);

    await focusSearch(page);
    const box = page.getByRole("combobox", { name: "Search questions" });
    await expect(box).toBeFocused();
    await page.keyboard.type("PBKDF2");
    const results = page.getByRole("listbox", { name: "Matching questions" });
    await expect(results.getByRole("option")).toHaveCount(1);
    await expect(results.getByRole("option").first()).toContainText("How does Django's authentication system work?");
    await expect(results.getByRole("option").first()).toContainText("Authentication & Authorization");
    expect(indexRequests).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/django\/auth#how-does-djangos-authentication-system-work$/);
    const card = page.locator("li#how-does-djangos-authentication-system-work details");
    await expect(card).toHaveAttribute("open", "");
    await expect(card.locator("summary")).toBeFocused();
    await expect(card).toContainText("PBKDF2");
  });

  test("forgives a misspelt word of the question, ranks question matches first, and moves with the arrows", async ({ page }) => {
    await page.goto("/settings");
    await focusSearch(page);
    await page.keyboard.type("midleware");
    const options = page.getByRole("listbox", { name: "Matching questions" }).getByRole("option");
    await expect(options.first()).toContainText("Explain middleware and how to create a custom middleware.");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    expect(await axeViolations(page)).toEqual([]);

    const box = page.getByRole("combobox", { name: "Search questions" });
    await page.keyboard.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await options.nth(1).getAttribute("id"))!);
    await page.keyboard.press("ArrowUp");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");

    await page.keyboard.press("Escape");
    await expect(page.getByRole("listbox", { name: "Matching questions" })).toBeHidden();
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/django\/architecture#explain-middleware/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Django Architecture & Core Concepts");
  });

  test("says when nothing matches", async ({ page }) => {
    await page.goto("/");
    await focusSearch(page);
    await page.keyboard.type("zzqxjv");
    await expect(page.getByRole("status").filter({ hasText: "No questions match." })).toBeVisible();
  });

  test("what is typed before the page's script has run is searched once it has", async ({ page }) => {
    // Every chunk held until the words are typed: the page is painted, its search box not yet live.
    const release = await holdChunks(page);
    await page.goto("/", { waitUntil: "domcontentloaded" });
    const box = page.getByRole("combobox", { name: "Search questions" });
    await box.click();
    await page.keyboard.type("PBKDF2");
    release();
    const results = page.getByRole("listbox", { name: "Matching questions" });
    await expect(results.getByRole("option")).toHaveCount(1);
    await expect(results.getByRole("option").first()).toContainText("How does Django's authentication system work?");
    await expect(box).toHaveValue("PBKDF2");
  });
});
