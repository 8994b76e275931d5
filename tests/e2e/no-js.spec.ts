import { axeViolations, expect, test } from "./fixtures";

// What a visitor gets before any script has run, or with JavaScript off: server-rendered pages and
// a topic picker that is a plain GET form to /drill. (The drill itself needs JavaScript.)
test.use({ javaScriptEnabled: false });

test("without JavaScript, the home page's picker submits the ticked topics and the chosen mode to /drill", async ({ page }) => {
  await page.goto("/");
  // Both wordings are in the page; CSS shows the one that is true.
  const all = page.getByText("all topics", { exact: true });
  const ticked = page.getByText("the ticked topics", { exact: true });
  await expect(all).toBeVisible();
  await expect(ticked).toBeHidden();
  await page.getByRole("checkbox", { name: "Select Admin Interface" }).check();
  await page.getByRole("checkbox", { name: "Select Asynchronous Capabilities" }).check();
  await expect(ticked).toBeVisible();
  await expect(all).toBeHidden();
  await page.getByRole("button", { name: /^Weak/ }).click();
  await expect(page).toHaveURL(/\/drill\?/);
  const query = new URL(page.url()).searchParams;
  expect(query.getAll("topics")).toEqual(["django/admin", "django/async"]);
  expect(query.get("mode")).toBe("weak");
});

test("without JavaScript, Clear unticks the topics and a mock interview submits its question count", async ({ page }) => {
  await page.goto("/");
  const admin = page.getByRole("checkbox", { name: "Select Admin Interface" });
  await admin.check();
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(admin).not.toBeChecked();
  await expect(page.getByText("all topics", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Clear" })).toBeHidden();

  await page.getByRole("checkbox", { name: "Select Models & ORM" }).check();
  await page.getByLabel("Questions in the mock interview").selectOption("4");
  await page.getByRole("button", { name: "Mock interview" }).click();
  const query = new URL(page.url()).searchParams;
  expect(new URL(page.url()).pathname).toBe("/drill");
  expect(query.getAll("topics")).toEqual(["django/models-orm"]);
  expect(query.get("mode")).toBe("mock");
  expect(query.get("questions")).toBe("4");
});

test("without JavaScript, a topic page shows its questions and opens an answer, and offers no dead button", async ({ page }) => {
  await page.goto("/django/models-orm");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Models & ORM");
  await expect(page.getByRole("button", { name: "Expand all answers" })).toBeHidden();
  const first = page.getByRole("list", { name: "Questions" }).getByRole("listitem").first();
  await first.locator("summary").click();
  await expect(first.locator("details")).toHaveAttribute("open", "");
  await expect(page.getByRole("link", { name: "Drill this topic" })).toHaveAttribute("href", "/drill?topics=django/models-orm&mode=shuffle");
});

// axe-core cannot run in a page with JavaScript off; the same server-rendered state, with the page's
// own scripts blocked instead, is checked here.
test.describe("the server-rendered pages, their scripts blocked", () => {
  test.use({ javaScriptEnabled: true, allowedConsoleErrors: [/Failed to load resource/] });
  test.beforeEach(async ({ page }) => {
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
  });

  test("the home page with ticked topics and a topic page have no axe violations", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("checkbox", { name: "Select Admin Interface" }).check();
    await expect(page.getByText("the ticked topics", { exact: true })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto("/django/models-orm");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Models & ORM");
    expect(await axeViolations(page)).toEqual([]);
  });
});
