import { readFileSync } from "node:fs";
import type { Route } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openAdd } from "./helpers";

/*
 * A link to a raw markdown file on a host other than GitHub (GitLab, a gist, a personal site) is
 * fetched by the browser: the CSP's connect-src allows https:, and the host's CORS answer decides.
 * The host is answered by page.route (the tests never touch the network).
 */
test.use({ allowedConsoleErrors: [/Failed to load resource|net::ERR_FAILED/] });

const URL_OK = "https://gitlab.com/someone/notes/-/raw/main/theory.md";
const URL_NO_CORS = "https://example.org/bank.md";

test("a raw .md file on another https host is read; one that cannot be read is named with the fallback", async ({ page }) => {
  await page.route(URL_OK, (route: Route) =>
    route.fulfill({ headers: { "access-control-allow-origin": "*" }, body: readFileSync("tests/fixtures/banks/ds-theory-bold/theory.md") }),
  );
  // What the page sees of a host that does not allow cross-origin reads: a failed fetch.
  await page.route(URL_NO_CORS, (route: Route) => route.abort("failed"));
  await openAdd(page);
  const link = page.getByLabel(/GitHub repository, folder or file/);
  await link.fill(URL_OK);
  await page.getByRole("button", { name: "Fetch" }).click();
  await expect(page.getByTestId("preview-summary")).toContainText(/1\d\d questions/);

  await page.getByRole("button", { name: "Choose another source" }).click();
  await link.fill(URL_NO_CORS);
  await page.getByRole("button", { name: "Fetch" }).click();
  await expect(page.getByTestId("add-error")).toContainText(URL_NO_CORS);
  await expect(page.getByTestId("add-error")).toContainText(/download|drop/i);
});

test("/add?link=… reads that link at once: the link form sent before the page's script ran, or a shared link", async ({ page }) => {
  await page.route(URL_OK, (route: Route) =>
    route.fulfill({ headers: { "access-control-allow-origin": "*" }, body: readFileSync("tests/fixtures/banks/ds-theory-bold/theory.md") }),
  );
  await page.goto(`/add?link=${encodeURIComponent(URL_OK)}`);
  await expect(page.getByTestId("preview-summary")).toContainText(/1\d\d questions/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the link form opens /add with the link in its address", async ({ page }) => {
    await page.goto("/add");
    await page.getByLabel(/GitHub repository, folder or file/).fill(URL_OK);
    await page.getByRole("button", { name: "Fetch" }).click();
    await expect(page).toHaveURL(`/add?link=${encodeURIComponent(URL_OK)}`);
  });
});
