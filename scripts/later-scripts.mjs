/**
 * After `next build`, before csp-hashes.mjs: each exported page's framework and page chunks run after
 * the page has painted, not before (issue "Paint before the framework").
 *
 * Next writes its chunks as `<script src async>` in <head>. From a fast server they arrive while the
 * HTML is still being parsed and run at once: React's and our modules are evaluated before the first
 * paint, and the page's text (all of it in the HTML) waits for them. Here each such tag becomes
 * `<script type="text/x-later" src>`, which the browser neither fetches nor runs, and one small inline
 * script (the same on every page, hashed by csp-hashes.mjs) starts them once the document is parsed
 * and a frame has been painted: a `<script>` made by script is async, as Next's were, so nothing
 * about their order changes. A hidden page (a background tab) paints no frame: it starts them at once.
 * Two links in <head> wait too (their rel becomes `x-later-<rel>`, and the loader gives it back
 * when the chunks start, before React hydrates and compares the head):
 * - Next's `<link rel="preload" as="script">` of a chunk the runtime loads once it runs (the global
 *   error boundary's): fetched before the first paint, it shared the connection with the
 *   stylesheet (Lighthouse LCP of `/`: 951 and 1,064 ms with it, 906 and 918 ms without);
 * - the web app manifest: Chromium fetches it, and the icon it names, as soon as it is parsed, and
 *   Lighthouse's simulated LCP counts every request made before the paint that is not a
 *   low-priority image (LCP of `/`, three runs each: 923–989 ms with it, 784–849 ms without, the
 *   same as the first contentful paint; the bare page's 641–690 ms). Installing the app needs the
 *   service worker, which needs JavaScript too, so a page without it loses nothing.
 *
 *   node scripts/later-scripts.mjs [dir]     (default: out)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { htmlFiles } from "./csp-hashes.mjs";

export const LATER_TYPE = "text/x-later";

/**
 * Starts every `<script type="text/x-later" src>` once the document is parsed and its first
 * contentful paint has been reported (a PerformanceObserver "paint" entry, which comes after the
 * frame is shown), then two frames later (the frame that shows the rest of the parsed page is made
 * by then), in a task of its own. Without paint timing, parsed and two frames are enough; a hidden
 * page (a background tab paints no frame) starts them at once, and so does one that becomes hidden;
 * and 3 s after parsing they start whatever was seen (a page that paints no text).
 * Kept in ES5: noModule browsers parse it too.
 */
export const LATER_LOADER = `(function(){var d=document,w=window,started=false,parsed=false,painted=false;
function go(){if(started)return;started=true;var p=d.querySelectorAll('link[rel^="x-later-"]');for(var j=0;j<p.length;j++)p[j].rel=p[j].rel.slice(8);var l=d.querySelectorAll('script[type="text/x-later"]');for(var i=0;i<l.length;i++){var s=d.createElement('script');s.src=l[i].getAttribute('src');s.async=true;d.head.appendChild(s)}}
function ready(){if(d.hidden)return go();if(parsed&&painted)w.requestAnimationFrame(function(){w.requestAnimationFrame(function(){setTimeout(go,0)})})}
try{if((PerformanceObserver.supportedEntryTypes||[]).indexOf('paint')<0)throw 0;var o=new PerformanceObserver(function(list){if(list.getEntriesByName('first-contentful-paint').length){o.disconnect();painted=true;ready()}});o.observe({type:'paint',buffered:true})}catch(e){painted=true}
d.addEventListener('visibilitychange',function(){if(d.hidden)go()});
function parsedNow(){parsed=true;ready();setTimeout(go,3000)}
if(d.readyState==='loading')d.addEventListener('DOMContentLoaded',parsedNow);else parsedNow()})()`.replace(/\n/g, "");

const CHUNK = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
/** What a deferred link's rel starts with (the loader removes it). */
export const LATER_REL = "x-later-";
const PRELOAD = /<link rel="preload" as="script"((?: [a-zA-Z]+="[^"]*")*) href="(\/_next\/static\/[^"]+\.js)"\/>/g;
const MANIFEST = /<link rel="manifest"((?: [a-zA-Z-]+="[^"]*")*)\/>/g;

/** The page with its async chunk scripts started after the first paint; unchanged if it has none. */
export function withLaterScripts(html) {
  if (html.includes(LATER_TYPE)) throw new Error("this page's scripts are already deferred: run on a fresh build");
  if (html.search(CHUNK) < 0) return html;
  const moved = html
    .replace(CHUNK, (_, src) => `<script type="${LATER_TYPE}" src="${src}"></script>`)
    .replace(PRELOAD, (_, attrs, href) => `<link rel="${LATER_REL}preload" as="script"${attrs} href="${href}"/>`)
    .replace(MANIFEST, (_, attrs) => `<link rel="${LATER_REL}manifest"${attrs}/>`);
  const head = moved.indexOf("</head>");
  if (head < 0) throw new Error("no </head> to put the loader before: has the HTML changed shape?");
  return `${moved.slice(0, head)}<script>${LATER_LOADER}</script>${moved.slice(head)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2] ?? process.env.PREPDECK_DIST_DIR ?? "out";
  const files = htmlFiles(dir);
  for (const file of files) writeFileSync(file, withLaterScripts(readFileSync(file, "utf8")));
  console.log(`Scripts: chunks start after the first paint in ${files.length} pages under ${dir}/`);
}
