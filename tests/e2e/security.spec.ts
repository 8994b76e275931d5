import { readFileSync } from "node:fs";
import { test as base } from "@playwright/test";
import { axeViolations, expect, test } from "./fixtures";
import { flipAndGrade, openDeck, storedReviewCount } from "./helpers";

// Several pages, reloads and axe runs each: more than the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

/** The rules of public/_headers, as a static host sends them (and scripts/serve.mjs does). */
const shipped = Object.fromEntries(
  readFileSync("public/_headers", "utf8")
    .split("\n")
    .filter((l) => /^\s+[A-Za-z-]+:/.test(l))
    .map((l) => {
      const i = l.indexOf(":");
      return [l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim()];
    }),
);

test("every page is served with the shipped security headers", async ({ request }) => {
  for (const path of ["/", "/django/admin", "/drill?topics=django/admin", "/settings", "/search-index.json", "/sw.js"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const headers = res.headers();
    for (const [name, value] of Object.entries(shipped)) expect(headers[name], `${name} on ${path}`).toBe(value);
  }
  expect(shipped["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(shipped["x-frame-options"]).toBe("DENY");
  expect(shipped["permissions-policy"]).toContain("microphone=(self)");
});

test("no page logs a CSP violation while you browse, drill, search, export and import", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });

  await page.goto("/");
  await page.getByRole("link", { name: /Admin Interface/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Admin Interface");
  await page.getByRole("button", { name: "Expand all answers" }).click();

  await openDeck(page, "topics=django/admin&mode=shuffle&seed=csp");
  for (let i = 0; i < 3; i++) await flipAndGrade(page, 3);
  await expect(page.getByRole("heading", { name: "Deck finished" })).toBeVisible();
  await expect.poll(() => storedReviewCount(page)).toBe(3);

  await page.keyboard.press("/");
  await page.keyboard.type("inline admin");
  await expect(page.getByRole("listbox", { name: "Matching questions" }).getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/django\/admin#/);

  await page.goto("/settings");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const file = await (await download).path();
  await page.getByLabel("Import a backup…").setInputFiles(file);
  await expect(page.getByTestId("import-preview")).toBeVisible();
  await page.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByTestId("import-message")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  expect(violations).toEqual([]);
  // The pages really are under a script policy with per-page hashes, not just headers.
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  // 'wasm-unsafe-eval': a long stored history is scanned in WebAssembly (src/lib/progress/log-scan-wasm.ts).
  expect(meta).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/);
});

// Plain Playwright test: the refusal to frame is itself logged as a console error.
base("a page cannot be framed by another site", async ({ page, baseURL }) => {
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/frame-ancestors|X-Frame-Options|Refused to (display|frame)/i.test(m.text())) refused.push(m.text());
  });
  await page.setContent(`<iframe title="framed" src="${baseURL}/" width="600" height="400"></iframe>`);
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const framedText = frame ? await frame.evaluate(() => document.body?.innerText ?? "").catch(() => "") : "";
  expect(framedText).not.toContain("PrepDeck");
});
