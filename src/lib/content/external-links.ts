import type { Element, Root } from "hast";

/**
 * Links out of the site open in a new tab, without the opener or the referrer: what
 * rehype-external-links does with `{ rel: ["noopener", "noreferrer"], target: "_blank" }` (its default
 * protocols, http and https, and protocol-relative `//` URLs), the same attributes set in the same
 * order, in a plain walk over the tree: unist-util-visit builds the list of ancestors at every node,
 * which cost a read of 400 answers more than marking the links did (tests/unit/content/external-links.test.ts
 * checks the two agree).
 */
const ABSOLUTE = /^[a-zA-Z][a-zA-Z\d+\-.]*?:/; // is-absolute-url's scheme
const WINDOWS_PATH = /^[a-zA-Z]:\\/; // `c:\`, which is-absolute-url does not take for a scheme

function isExternal(url: string): boolean {
  if (!WINDOWS_PATH.test(url) && ABSOLUTE.test(url)) {
    const scheme = url.slice(0, url.indexOf(":"));
    return scheme === "http" || scheme === "https";
  }
  return url.startsWith("//");
}

export function markExternalLinks(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    const href = child.properties.href;
    if (child.tagName === "a" && typeof href === "string" && isExternal(href)) {
      child.properties.rel = ["noopener", "noreferrer"];
      child.properties.target = "_blank";
    }
    markExternalLinks(child);
  }
}
