import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every test fails if the page logs a console error or throws, hydration warnings included:
 * a user never sees them, but they are bugs.
 */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp[] }>({
  /** Console errors a spec expects and explains (`test.use`). @default [] */
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (allowedConsoleErrors.some((re) => re.test(msg.text()))) return;
        if (msg.type() === "error" || (msg.type() === "warning" && /hydrat/i.test(msg.text()))) {
          // "Failed to load resource: 404" names no URL in its text: the location does.
          const url = msg.location().url;
          errors.push(url && !msg.text().includes(url) ? `${msg.text()} (${url})` : msg.text());
        }
      });
      page.on("pageerror", (err) => errors.push(err.message));
      await use(errors);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** axe-core against WCAG 2.x A and AA rules; returns the violations, for `toEqual([])`. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
