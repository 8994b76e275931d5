import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from "hast";
import { raw } from "hast-util-raw";
import { sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import type { Details, PhrasingContent, Root as MdastRoot, RootContent } from "mdast";
import { defaultSchema } from "rehype-sanitize";
import { parseInChunks } from "./chunks";
import { type CodeHighlighter, highlightCode } from "./highlight";
import { fragmentParser, isStandalone } from "./html-fragments";
import { markExternalLinks } from "./external-links";
import { extractKeyPoints } from "./key-points";
import { gfmKind, parseGfm } from "./parser";
import { plainLineTree } from "./plain-line";
import { literalPseudoTags } from "./pseudo-tags";
import { blocksToHast } from "./to-hast";

/**
 * The one markdown pipeline of the app, at build time and in the browser alike.
 *
 * Raw HTML in a bank is parsed (answers are often written in HTML inside `<details>`), then GitHub's
 * sanitize schema keeps only safe elements and attributes and removes anything unsafe (scripts,
 * event handlers, `javascript:` and `data:` URLs). Highlighting (when a highlighter is given) runs
 * after sanitizing, so its own inline colours survive and nothing from the bank can smuggle styles in.
 *
 * Rendering calls the steps directly (mdast-util-to-hast, hast-util-raw, hast-util-sanitize,
 * hast-util-to-html: what remark-rehype, rehype-raw, rehype-sanitize and rehype-stringify run) rather
 * than through a unified processor per answer, parses raw HTML alone where it can (html-fragments.ts),
 * and skips toHast's walk for definitions where there are none (to-hast.ts).
 */
/** A folded `<details>` (see details.ts) renders as details/summary, which the sanitizer allows. */
const handlers = {
  details(state: { all: (node: unknown) => ElementContent[] }, node: Details): Element {
    const summary: Element = { type: "element", tagName: "summary", properties: {}, children: state.all({ type: "paragraph", children: node.summary }) };
    return { type: "element", tagName: "details", properties: {}, children: [summary, ...state.all({ type: "root", children: [...node.summaryBlocks, ...node.children] })] };
  },
};

export function parseMarkdown(source: string): MdastRoot {
  return plainLineTree(source) ?? parseInChunks(source, parseGfm, gfmKind);
}

export interface Renderer {
  /** Block content (an answer) as sanitized HTML, with its key points found in the same tree. */
  answer(nodes: RootContent[]): { html: string; keyPoints: string[] };
  /** Block content as sanitized HTML. */
  blocks(nodes: RootContent[]): string;
  /** Inline content (a question) as sanitized HTML, without the wrapping paragraph. */
  inline(nodes: PhrasingContent[]): string;
}

/** Is there raw HTML anywhere below the top of the tree (inside a paragraph, a list, a details)? */
function hasNestedRaw(nodes: readonly HastContent[] | readonly ElementContent[]): boolean {
  for (const n of nodes) if (n.type === "element" && (n.children.some((c) => c.type === "raw") || hasNestedRaw(n.children))) return true;
  return false;
}

/** A renderer for one read: synchronous, so a bank of 400 answers is rendered without 1,200 awaits. */
export function makeRenderer(highlight?: CodeHighlighter): Renderer {
  const fragment = fragmentParser();
  const highlightTree = highlightCode({ highlight });
  const hastOf = blocksToHast({ allowDangerousHtml: true, handlers: handlers as never });
  /** mdast → sanitized hast: raw HTML parsed (alone where it stands alone), sanitized, highlighted, links marked. */
  const toTree = (nodes: RootContent[]): HastRoot => {
    let tree = hastOf(nodes);
    const raws = tree.children.filter((c) => c.type === "raw");
    if (raws.length > 0 || hasNestedRaw(tree.children)) {
      tree = literalPseudoTags(tree);
      if (!hasNestedRaw(tree.children) && raws.every((r) => isStandalone(r.value))) {
        tree.children = tree.children.flatMap<HastContent>((c) => (c.type === "raw" ? fragment(c.value) : [c]));
      } else tree = raw(tree) as HastRoot;
    }
    const clean = sanitize(tree, defaultSchema) as HastRoot;
    highlightTree(clean);
    markExternalLinks(clean);
    return clean;
  };
  const answer = (nodes: RootContent[]) => {
    const tree = toTree(nodes);
    return { html: toHtml(tree).trim(), keyPoints: extractKeyPoints(tree) };
  };
  const plainText = (nodes: PhrasingContent[]) => nodes.every((n) => n.type === "text");
  return {
    answer,
    blocks: (nodes) => toHtml(toTree(nodes)).trim(),
    // A prompt of plain text (most are) is escaped directly: the same HTML without a pipeline run.
    inline: (nodes) =>
      plainText(nodes) ? escapeText(nodes.map((n) => (n.type === "text" ? n.value : "")).join("")) : toHtml(toTree([{ type: "paragraph", children: nodes }])).trim().replace(/^<p>/, "").replace(/<\/p>$/, ""),
  };
}

/** hast-util-to-html's escaping of text: `&` and `<` only (and the spaces around line breaks, which the pipeline drops). */
const escapeText = (text: string) => text.replace(/[ \t]*\n[ \t]*/g, "\n").replace(/&/g, "&#x26;").replace(/</g, "&#x3C;");
