import { seedSections } from "../support/seed";
import { axeViolations, expect, test } from "./fixtures";

const sections = seedSections();

test("the home page lists the 18 Django topics in seed order with question counts", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/PrepDeck/);
  const topics = page.getByRole("list", { name: "Topics" }).getByRole("listitem");
  await expect(topics).toHaveCount(18);
  for (const [i, s] of sections.entries()) {
    await expect(topics.nth(i)).toContainText(s.title);
    await expect(topics.nth(i)).toContainText(`${s.questions.length} question`);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test("a topic page shows its questions, reached from the home page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Models & ORM/ }).click();
  await expect(page).toHaveURL(/\/django\/models-orm$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Models & ORM");
  await expect(page).toHaveTitle("Models & ORM · Django · PrepDeck");
  const questions = page.getByRole("list", { name: "Questions" }).getByRole("listitem");
  const expected = sections[1]!.questions;
  await expect(questions).toHaveCount(expected.length);
  for (const [i, q] of expected.entries()) await expect(questions.nth(i)).toContainText(q);
  expect(await axeViolations(page)).toEqual([]);
});

test("every topic page loads without console errors", async ({ page }) => {
  await page.goto("/");
  const hrefs = await page.getByRole("list", { name: "Topics" }).getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs).toHaveLength(18);
  for (const href of hrefs) {
    const res = await page.goto(href!);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
});

test("an unknown address shows the 404 page", async ({ page, consoleErrors }) => {
  const res = await page.goto("/django/no-such-topic");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to all topics" }).click();
  await expect(page).toHaveURL(/\/$/);
  // The browser logs the document's own 404 status; that one is the point of this test.
  const expected = consoleErrors.filter((e) => /status of 404/.test(e));
  expect(expected).toHaveLength(1);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !expected.includes(e)));
});

test("the home page fetches no topic page at load, and one when a pointer rests on its link", async ({ page }) => {
  const topicRequests: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/django/")) topicRequests.push(path);
  });
  await page.goto("/");
  await expect(page.getByTestId("today-line")).toBeVisible(); // the page's scripts have run
  await page.waitForLoadState("networkidle");
  expect(topicRequests).toEqual([]);

  const prefetched = page.waitForRequest((r) => new URL(r.url()).pathname.startsWith("/django/models-orm"));
  await page.getByRole("link", { name: "Models & ORM" }).hover();
  await prefetched;
  expect(topicRequests.every((p) => p.startsWith("/django/models-orm"))).toBe(true);
  await page.getByRole("link", { name: "Models & ORM" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Models & ORM");
});

test("the picker counts ticked topics, Clear unticks them and keeps the mock interview's count", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("today-line")).toBeVisible();
  await page.getByLabel("Questions in the mock interview").selectOption("9");
  await page.getByRole("checkbox", { name: "Select Admin Interface" }).check();
  await expect(page.getByText("Drill 1 selected topic", { exact: false })).toBeVisible();
  await page.getByRole("checkbox", { name: "Select Models & ORM" }).check();
  await expect(page.getByText("Drill 2 selected topics")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(page.getByText("Drill all topics")).toBeVisible();
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await expect(page.getByLabel("Questions in the mock interview")).toHaveValue("9");
  await page.getByRole("checkbox", { name: "Select Models & ORM" }).check();
  await page.getByRole("button", { name: "Mock interview" }).click();
  await expect(page).toHaveURL(/\/drill\?topics=django\/models-orm&mode=interview&.*mock=9/);
});
