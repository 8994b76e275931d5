import { topicDataUrl } from "@/lib/deck/payload";

/**
 * The rel of a preload that waits for the first paint: the page's chunk loader
 * (scripts/later-scripts.mjs, its LATER_REL) makes every `x-later-<rel>` link a `<rel>` link when it
 * starts the chunks. A fetch started before the paint is one more request Lighthouse's simulated LCP
 * waits for (the drill's first card: about 150 ms), and it is not needed for the paint when the
 * page carries the first card's question.
 */
export const AFTER_PAINT_PRELOAD = "x-later-preload";

/**
 * The text of a tiny inline script for the drill page's HTML: it reads the query string as the page
 * is parsed and asks the browser to preload the selected topics' questions, so they download beside
 * the page's JavaScript instead of after it. Only keys of `allKeys` ("deck/topic") are preloaded:
 * the query cannot make it fetch anything else. Its SHA-256 goes into the page's CSP
 * (scripts/csp-hashes.mjs). Mirrors parseSelection's reading of `topics` (comma lists, repeated
 * params, "all" or none for every topic); a mismatch only costs a preload the deck does not use.
 * `afterPaint`: the downloads start with the page's chunks, after the first paint.
 */
export function preloadScript(allKeys: readonly string[], { afterPaint = false }: { afterPaint?: boolean } = {}): string {
  const rel = afterPaint ? AFTER_PAINT_PRELOAD : "preload";
  const urls = Object.fromEntries(allKeys.map((key) => [key, topicDataUrl(...(key.split("/") as [string, string]))]));
  // JSON of slugs and paths: no "<", so it cannot end the script element.
  return `try{var u=${JSON.stringify(urls)},r=new URLSearchParams(location.search).getAll("topics").join(",").split(","),k=r.filter(function(x){return x&&x!=="all"}),s={};if(!k.length||r.indexOf("all")>=0)k=Object.keys(u);k.forEach(function(x){x=x.trim();if(!u.hasOwnProperty(x)||s[x])return;s[x]=1;var l=document.createElement("link");l.rel=${JSON.stringify(rel)};l.as="fetch";l.crossOrigin="anonymous";l.href=u[x];document.head.appendChild(l)})}catch(e){}`;
}
