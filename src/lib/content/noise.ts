import type { Html, Link, List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";

/**
 * Noise, recognised by what it is rather than by what its heading says: tables of contents and link
 * lists, badge rows, "back to top" links, anchors, comments and publishing markup. Removing it first
 * means no detector can take it for a question, and skipping a contents list never hides the
 * sections after it (it is a block, not a heading that owns them).
 */

export interface NoiseNote {
  line: number;
  what: string; // "a table of contents", "a list of links", ...
}

export const BADGE_HOST = /shields\.io|badge|travis-ci|codecov|gaforgithub|visitor|hits\.|komarev|forthebadge|badgen|github\.com\/.*\/workflows/i;
export const BACK_TO_TOP = /back\s*to\s*(the\s*)?top|^\W*top\W*$|[⬆↑⇧🔝]/iu;

export const isInPage = (url: string) => url.startsWith("#");
export const isRelativeDoc = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("#");

export function textOf(node: Nodes): string {
  return toString(node, { includeHtml: false }).replace(/\s+/g, " ").trim();
}

/** The link nodes inside a node (including links wrapped in strong/emphasis), outermost first. */
function linkNodes(node: Nodes): Link[] {
  const out: Link[] = [];
  const walk = (n: Nodes) => {
    if (n.type === "link") out.push(n);
    else if ("children" in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return out;
}

/** Links inside a node, with their text. */
export function linksIn(node: Nodes): { url: string; text: string }[] {
  return linkNodes(node).map((l) => ({ url: l.url, text: textOf(l) }));
}

/** The URLs of the links inside a node, without building each link's text. */
export function linkUrls(node: Nodes): string[] {
  return linkNodes(node).map((l) => l.url);
}

export function imagesIn(node: Nodes): string[] {
  const out: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === "image") out.push(n.url);
    else if (n.type === "html") for (const m of n.value.matchAll(/<img\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)) out.push(m[1] ?? "");
    else if ("children" in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return out;
}

/** Text of a paragraph that is not inside a link or an image: what a link-only line lacks. */
function textOutsideLinks(children: PhrasingContent[]): string {
  let text = "";
  for (const c of children) {
    if (c.type === "link" || c.type === "image" || c.type === "linkReference" || c.type === "imageReference" || c.type === "html" || c.type === "break") continue;
    if ("children" in c) text += textOutsideLinks(c.children as PhrasingContent[]);
    else if ("value" in c) text += c.value;
  }
  return text;
}

/** A line made only of links and images: navigation, a badge row, or a link to another page. */
export function isLinkOnlyParagraph(p: Paragraph): boolean {
  const hasLinkOrImage = linkUrls(p).length + imagesIn(p).length > 0 || p.children.some((c) => c.type === "linkReference" || c.type === "imageReference");
  return hasLinkOrImage && !/[\p{L}\p{N}]/u.test(textOutsideLinks(p.children));
}

function isBackToTop(p: Paragraph): boolean {
  const urls = linkUrls(p);
  return urls.length > 0 && urls.every(isInPage) && BACK_TO_TOP.test(textOf(p));
}

/**
 * The first character of `textOf(node)` that is not white space ("" if none), found without building
 * the text: the leaves in mdast-util-to-string's order (a value, else an image's alt, else the
 * children), HTML left out.
 */
export function firstVisibleChar(node: unknown): string {
  if (!node || typeof node !== "object") return "";
  if (Array.isArray(node)) {
    for (const c of node) {
      const ch = firstVisibleChar(c);
      if (ch) return ch;
    }
    return "";
  }
  const n = node as { type?: unknown; value?: unknown; alt?: unknown; children?: unknown };
  if ("value" in n) return n.type === "html" ? "" : (/\S/.exec(String(n.value ?? ""))?.[0] ?? "");
  if ("alt" in n && n.alt) return /\S/.exec(String(n.alt))?.[0] ?? "";
  return "children" in n ? firstVisibleChar(n.children) : "";
}

const MARKUP = /^(\{[a-z-]+\}|\[\[toc\]\]|\[toc\])$/i;

/**
 * A paragraph that is only Leanpub/VuePress markup such as `{pagebreak}` or `[[toc]]`. Its text is
 * built only when it opens with `{` or `[`: every paragraph is asked, nearly none is markup.
 */
export function isMarkup(p: Paragraph): boolean {
  const first = firstVisibleChar(p);
  return (first === "{" || first === "[") && MARKUP.test(textOf(p));
}

/** A list item whose first line is a link (optionally followed by a short description). */
function isLinkItem(item: ListItem): boolean {
  const first = item.children[0];
  if (!first) return false;
  if (first.type !== "paragraph") return false;
  const links = linksIn(first);
  if (links.length === 0) return false;
  const text = textOf(first);
  const linkText = links.map((l) => l.text).join("").length;
  const firstChild = first.children.find((c) => !(c.type === "text" && c.value.trim() === ""));
  const startsWithLink = firstChild?.type === "link" || ((firstChild?.type === "strong" || firstChild?.type === "emphasis") && firstChild.children[0]?.type === "link");
  return startsWithLink || linkText >= text.length * 0.5;
}

function leafItems(list: List): ListItem[] {
  return list.children.flatMap((item) => {
    const nested = item.children.filter((c): c is List => c.type === "list");
    return [item, ...nested.flatMap(leafItems)];
  });
}

/** A list whose items are mostly links: a table of contents or a list of references. */
export function isLinkList(list: List): boolean {
  const items = leafItems(list);
  const linkItems = items.filter(isLinkItem).length;
  return items.length >= 2 && linkItems / items.length >= 0.6;
}

function linksToAnchors(list: List): boolean {
  const urls = leafItems(list).flatMap((i) => (i.children[0] ? linkUrls(i.children[0]) : []));
  return urls.length > 0 && urls.filter((url) => isInPage(url) || isRelativeDoc(url)).length / urls.length >= 0.5;
}

/** A table whose rows mostly link to places in the page: a table of contents. */
export function isContentsTable(table: Table): boolean {
  const rows = table.children.slice(1);
  if (rows.length < 2) return false;
  // A row of a contents table is mostly its link; a glossary's meaning only links to other rows.
  const linking = rows.filter((r) => {
    const inPage = linksIn(r).filter((l) => isInPage(l.url) || isRelativeDoc(l.url));
    const words = textOf(r).replace(/[\d\s.|]+/g, "").length;
    return inPage.length > 0 && inPage.reduce((n, l) => n + l.text.replace(/[\d\s.]+/g, "").length, 0) >= words * 0.5;
  }).length;
  return linking / rows.length >= 0.6;
}

const HTML_NOISE = /^\s*(<!--[\s\S]*?-->\s*)+$|^\s*(<a\s+(name|id)=[^>]*>\s*<\/a>\s*)+$|^\s*(<\/?br\s*\/?>\s*)+$|^\s*<\/?(p|div|span|center)(\s[^>]*)?>\s*$|^\s*<hr\s*\/?>\s*$/i;

/** An HTML block that carries nothing for a card: comments, empty anchors, line breaks, wrappers. */
export function isHtmlNoise(node: Html): boolean {
  if (HTML_NOISE.test(node.value)) return true;
  // `<div align="right"><a href="#top">↥ back to top</a></div>`: a footer, however it is wrapped.
  const hrefs = [...node.value.matchAll(/\bhref=["']?([^"'\s>]+)/gi)].map((m) => m[1] ?? "");
  if (hrefs.length > 0 && hrefs.every(isInPage) && BACK_TO_TOP.test(node.value.replace(/<[^>]*>/g, " ").trim())) return true;
  const stripped = node.value.replace(/<[^>]*>/g, "").trim();
  const images = imagesIn(node);
  return stripped === "" && images.length > 0 && images.every((src) => BADGE_HOST.test(src));
}

/** A paragraph of inline HTML and blanks only, which together is noise (an empty anchor, a `<br>`). */
function isInlineHtmlNoise(p: Paragraph): boolean {
  if (!p.children.every((c) => c.type === "html" || (c.type === "text" && c.value.trim() === ""))) return false;
  return HTML_NOISE.test(p.children.map((c) => (c.type === "html" ? c.value : "")).join(""));
}

interface Options {
  /** Inside an answer, lists of external links are references and stay. @default false */
  inAnswer?: boolean;
  notes?: NoiseNote[];
  lineOffset?: number;
}

const lineOf = (n: { position?: { start: { line: number } } }, offset: number) => (n.position?.start.line ?? 1) + offset;

/** Is this block noise? Returns what it is, for the note, or null when it is content. */
export function noiseKind(node: RootContent, options: Options = {}): string | null {
  if (node.type === "html") return isHtmlNoise(node) ? "" : null;
  if (node.type === "paragraph") {
    if (isMarkup(node)) return "";
    // `<a name="q2"></a>` then text on the line: a paragraph of inline HTML that carries nothing.
    if (node.children[0]?.type === "html" && isInlineHtmlNoise(node)) return "";
    if (isBackToTop(node)) return "";
    if (isLinkOnlyParagraph(node)) {
      // A picture that links nowhere (a diagram) is content: some answers are only that.
      const pictures = imagesIn(node);
      if (linkUrls(node).length === 0 && pictures.length > 0 && !pictures.every((src) => BADGE_HOST.test(src))) return null;
      if (!options.inAnswer) return "";
      const urls = linkUrls(node);
      const images = imagesIn(node);
      const navigation = urls.length > 0 && urls.every((url) => isInPage(url) || isRelativeDoc(url));
      const badges = images.length > 0 && images.every((src) => BADGE_HOST.test(src));
      return navigation || badges ? "" : null;
    }
    return null;
  }
  if (node.type === "list" && isLinkList(node)) {
    if (options.inAnswer && !linksToAnchors(node)) return null;
    return linksToAnchors(node) ? "a table of contents" : "a list of links";
  }
  if (node.type === "table" && isContentsTable(node)) return "a table of contents";
  return null;
}

/** Removes noise blocks, recursively inside lists and block quotes. Notes what was skipped. */
export function removeNoise(nodes: RootContent[], options: Options = {}): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const kind = noiseKind(node, options);
    if (kind !== null) {
      if (kind) options.notes?.push({ line: lineOf(node, options.lineOffset ?? 0), what: kind });
      continue;
    }
    if (node.type === "list") {
      out.push({ ...node, children: node.children.map((item) => ({ ...item, children: removeNoise(item.children, options) as ListItem["children"] })) });
    } else if (node.type === "blockquote") {
      out.push({ ...node, children: removeNoise(node.children, options) as typeof node.children });
    } else out.push(node);
  }
  return out;
}
