import { expect, test } from "./fixtures";

// The framework's and our chunks start after the page's first paint (scripts/later-scripts.mjs): the
// HTML paints on its own, then React hydrates it. The loader's frame-then-task order is unit-tested
// (tests/unit/deploy/later-scripts.test.ts); here, in the browser: when the document is parsed no
// chunk has started, then every chunk the page names starts, and the page hydrates.
const PAGES = ["/", "/django/models-orm", "/drill?topics=django/models-orm&mode=shuffle&seed=abc", "/settings", "/stats"];
const STARTED = 'script[src*="/_next/static/chunks/"]:not([type]):not([nomodule])';

for (const route of PAGES) {
  test(`${route}: no chunk runs while the page is parsed; then all start and the page hydrates`, async ({ page }) => {
    await page.addInitScript((started) => {
      document.addEventListener("DOMContentLoaded", () => {
        (window as unknown as { startedAtParsed: number }).startedAtParsed = document.querySelectorAll(started).length;
      });
    }, STARTED);
    await page.goto(route);
    // Hydrated: the header's theme button (React's) switches the theme.
    await expect(async () => {
      await page.getByTestId("theme-toggle").click();
      await expect(page.locator("html")).toHaveClass(/\blight\b/, { timeout: 500 });
    }).toPass();
    expect(await page.evaluate(() => (window as unknown as { startedAtParsed: number }).startedAtParsed)).toBe(0);
    const named = await page.locator('script[type="text/x-later"]').evaluateAll((l) => l.map((s) => s.getAttribute("src")));
    expect(named.length).toBeGreaterThan(0);
    const started = await page.locator(STARTED).evaluateAll((l) => l.map((s) => s.getAttribute("src")));
    expect(started).toEqual(expect.arrayContaining(named));
  });
}
