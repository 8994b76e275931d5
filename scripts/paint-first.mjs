/**
 * After `next build`, before csp-hashes.mjs: every exported page paints before the framework runs.
 *
 * Next writes its chunks as `<script src async>` in <head>. On a fast connection they arrive while
 * the stylesheet is still on its way, and since async scripts run as soon as they arrive, the
 * framework's start-up and React's hydration run before the page's first paint (on `/` at 4×
 * CPU, 366 ms of script before the largest paint, against 6 ms on a bare Next.js page, which has no
 * stylesheet to wait for). Here each such tag becomes a `<link rel="preload">` in its place, so the
 * download starts just as early, and one inline script at the end of <body> adds the same scripts
 * once the first frame with the whole page has been drawn and shown (a task after the animation
 * frame that follows it: the frame's own callbacks run before it is drawn, and Chromium shows a
 * drawn frame a little later), or at once when the page is hidden (a background tab draws no
 * frames), or after 2 s whatever happens. The HTML is complete without them; only hydration waits,
 * by about two frames.
 *
 *   node scripts/paint-first.mjs [dir]     (default: $PREPDECK_DIST_DIR or out)
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ASYNC_SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js)" async=""><\/script>/g;
const MARK = "data-paint-first";

/** The loader: adds `srcs` in order after the first paint, once. */
export function loaderScript(srcs) {
  const list = JSON.stringify(srcs).replace(/</g, "\\u003c");
  return (
    `<script ${MARK}="">(function(s){var done=false;function go(){if(done)return;done=true;` +
    `for(var i=0;i<s.length;i++){var e=document.createElement("script");e.src=s[i];e.async=true;document.head.appendChild(e)}}` +
    `if(document.visibilityState==="hidden"||typeof requestAnimationFrame!=="function"){go();return}` +
    `requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(go,0)})});setTimeout(go,2000)})(${list})</script>`
  );
}

/** The page with its framework scripts added after the first paint; throws when it has no </body> or was already rewritten. */
export function paintFirst(html) {
  if (html.includes(MARK)) throw new Error("this page was already rewritten: run on a fresh build");
  const srcs = [];
  const rewritten = html.replace(ASYNC_SCRIPT, (_, src) => {
    srcs.push(src);
    return html.includes(`<link rel="preload" as="script" fetchPriority="low" href="${src}"/>`) ? "" : `<link rel="preload" as="script" href="${src}"/>`;
  });
  if (srcs.length === 0) return html;
  const end = rewritten.lastIndexOf("</body>");
  if (end < 0) throw new Error("no </body> to put the loader before: has the HTML changed shape?");
  return `${rewritten.slice(0, end)}${loaderScript(srcs)}${rewritten.slice(end)}`;
}

/**
 * The modern scripts a page loads, in order: every `<script src>` except `noModule` polyfills, and
 * the chunks its paint-first loader adds. What first-load JavaScript counts (the bench, the budget).
 */
export function pageScripts(html) {
  const tags = [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((m) => m[1] ?? "")
    .filter((attrs) => !/\bnomodule\b/i.test(attrs))
    .flatMap((attrs) => /\bsrc="([^"]+)"/i.exec(attrs)?.[1] ?? []);
  const loader = new RegExp(`<script ${MARK}="">[\\s\\S]*?\\}\\)\\((\\[[^\\]]*\\])\\)<\\/script>`).exec(html);
  const deferred = loader ? JSON.parse(loader[1]) : [];
  return [...tags, ...deferred];
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "_next" ? [] : htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

/** Rewrites every exported page under `dir`; returns how many. */
export function paintFirstDir(dir) {
  const files = htmlFiles(dir);
  for (const file of files) writeFileSync(file, paintFirst(readFileSync(file, "utf8")));
  return files.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2] ?? process.env.PREPDECK_DIST_DIR ?? "out";
  const count = paintFirstDir(dir);
  console.log(`Paint first: framework scripts after the first paint in ${count} pages under ${dir}/`);
}
