/**
 * Screenshots of the built site for the README (docs/screenshots/). Serve out/ first:
 *   npm run build && (PORT=3000 node scripts/serve.mjs &) && node scripts/screenshots.mjs
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const deck = `${base}/drill?topics=django/models-orm&mode=shuffle&seed=readme`;

async function shoot(name, { width, height, url, flip = false, colorScheme = "light", fullPage = false, stored = null }) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 });
  if (stored) await page.addInitScript((value) => localStorage.setItem("prepdeck:progress", value), stored);
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  if (url.includes("/drill")) await page.getByTestId("card-prompt").waitFor();
  if (url.includes("/stats")) await page.getByTestId("today-reviews").waitFor();
  if (flip) {
    await page.keyboard.press("Space");
    await page.waitForTimeout(400);
  }
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage });
  await page.close();
  console.log(`docs/screenshots/${name}.png`);
}

await shoot("home-desktop", { width: 1280, height: 800, url: base });
await shoot("drill-front-desktop", { width: 1280, height: 720, url: deck });
await shoot("drill-back-desktop", { width: 1280, height: 900, url: deck, flip: true, colorScheme: "dark" });
await shoot("drill-front-phone", { width: 390, height: 844, url: deck });
await shoot("drill-back-phone", { width: 390, height: 844, url: deck, flip: true });
// /stats with four months of seeded practice (scripts/demo-history.ts).
const history = execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/demo-history.ts"], { encoding: "utf8" });
await shoot("stats-desktop", { width: 1280, height: 900, url: `${base}/stats`, stored: history, fullPage: true });
await shoot("stats-phone", { width: 360, height: 780, url: `${base}/stats`, stored: history, fullPage: true, colorScheme: "dark" });

// Add a deck (issue 23): the source picker, then a catalogue bank's preview before it is saved.
async function shootAdd(name, { width, height, colorScheme = "light", preview = false }) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 });
  if (preview) {
    await page.goto(`${base}/catalogue`);
    await page.getByRole("link", { name: "Add JavaScript algorithms" }).click();
    await page.getByRole("button", { name: "Save the deck" }).waitFor();
    await page.waitForTimeout(400);
  } else {
    await page.goto(`${base}/add`);
    await page.getByRole("heading", { level: 1, name: "Add a deck" }).waitFor();
  }
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: preview });
  await page.close();
  console.log(`docs/screenshots/${name}.png`);
}
await shootAdd("add-deck-desktop", { width: 1280, height: 800 });
await shootAdd("add-deck-preview-desktop", { width: 1280, height: 900, preview: true });
await shootAdd("add-deck-preview-phone", { width: 360, height: 780, preview: true, colorScheme: "dark" });
await browser.close();

// Interview mode's review screen, with a recorded answer from Chromium's fake microphone.
const micBrowser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
});
async function shootReview(name, { width, height, colorScheme = "light" }) {
  const page = await micBrowser.newPage({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 });
  await page.goto(`${base}/drill?topics=django/models-orm&mode=interview&seed=readme`);
  await page.getByRole("button", { name: /Start answering/ }).waitFor();
  await page.keyboard.press("Space");
  await page.getByTestId("mic-line").waitFor();
  await page.waitForTimeout(3000);
  await page.keyboard.press("Space");
  await page.getByTestId("attempt-audio").waitFor({ state: "attached" });
  const boxes = page.getByRole("checkbox");
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
  await page.close();
  console.log(`docs/screenshots/${name}.png`);
}
await shootReview("interview-review-desktop", { width: 1280, height: 1250 });
await shootReview("interview-review-phone", { width: 360, height: 800 });
await micBrowser.close();
