/**
 * Draws the app icons of the web app manifest (public/icons/) from src/app/icon.svg with Chromium:
 * 192 and 512 px, and a maskable 512 px one with the mark inside the 80 % safe zone on a filled
 * background. Run after changing the icon:  node scripts/icons.mjs
 */
import { existsSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync("src/app/icon.svg", "utf8");
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });

async function draw(file, size, { maskable }) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const inner = maskable ? Math.round(size * 0.6) : size;
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  await page.setContent(
    `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? "#eff6ff" : "transparent"}">` +
      `<img src="${src}" width="${inner}" height="${inner}"></body>`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: !maskable });
  await page.close();
  console.log(`public/icons/${file}`);
}

await draw("icon-192.png", 192, { maskable: false });
await draw("icon-512.png", 512, { maskable: false });
await draw("maskable-512.png", 512, { maskable: true });
await browser.close();
