/**
 * Draws the app icons of the web app manifest (public/icons/) from public/icon.svg with Chromium:
 * 192 and 512 px, and a maskable 512 px one with the mark inside the 80 % safe zone on a filled
 * background; and public/favicon.ico (16, 32 and 48 px), which browsers ask for on their own,
 * even with an icon link in the page (Chromium does while a client navigation swaps the link).
 * Run after changing the icon:  node scripts/icons.mjs
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync("public/icon.svg", "utf8");
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });

/** Renders the icon at `size` px; returns the PNG. */
async function png(size, { maskable }) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const inner = maskable ? Math.round(size * 0.6) : size;
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  await page.setContent(
    `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? "#eff6ff" : "transparent"}">` +
      `<img src="${src}" width="${inner}" height="${inner}"></body>`,
  );
  const image = await page.screenshot({ omitBackground: !maskable });
  await page.close();
  return image;
}

async function draw(file, size, { maskable }) {
  writeFileSync(`public/icons/${file}`, await png(size, { maskable }));
  console.log(`public/icons/${file}`);
}

/** An .ico holding PNG images (supported by every current browser): header, directory, images. */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt8(0, 2); // no palette
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

await draw("icon-192.png", 192, { maskable: false });
await draw("icon-512.png", 512, { maskable: false });
await draw("maskable-512.png", 512, { maskable: true });
const sizes = [16, 32, 48];
const images = [];
for (const size of sizes) images.push({ size, data: await png(size, { maskable: false }) });
writeFileSync("public/favicon.ico", ico(images));
console.log("public/favicon.ico");
await browser.close();
