import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Details, PhrasingContent, Root as MdastRoot, RootContent } from "mdast";
import rehypeExternalLinks from "rehype-external-links";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { type CodeHighlighter, highlightCode } from "./highlight";
import { extractKeyPoints } from "./key-points";

/**
 * The one markdown pipeline of the app, at build time and in the browser alike.
 *
 * Raw HTML in a bank is parsed (answers are often written in HTML inside `<details>`), then GitHub's
 * sanitize schema keeps only safe elements and attributes and removes anything unsafe (scripts,
 * event handlers, `javascript:` and `data:` URLs). Highlighting (when a highlighter is given) runs
 * after sanitizing, so its own inline colours survive and nothing from the bank can smuggle styles in.
 */
const parser = unified().use(remarkParse).use(remarkGfm);

/** A folded `<details>` (see details.ts) renders as details/summary, which the sanitizer allows. */
const handlers = {
  details(state: { all: (node: unknown) => ElementContent[] }, node: Details): Element {
    const summary: Element = { type: "element", tagName: "summary", properties: {}, children: state.all({ type: "paragraph", children: node.summary }) };
    return { type: "element", tagName: "details", properties: {}, children: [summary, ...state.all({ type: "root", children: [...node.summaryBlocks, ...node.children] })] };
  },
};

export function parseMarkdown(source: string): MdastRoot {
  return parser.parse(source);
}

export interface Renderer {
  /** Block content (an answer) as sanitized HTML, with its key points found in the same tree. */
  answer(nodes: RootContent[]): { html: string; keyPoints: string[] };
  /** Block content as sanitized HTML. */
  blocks(nodes: RootContent[]): string;
  /** Inline content (a question) as sanitized HTML, without the wrapping paragraph. */
  inline(nodes: PhrasingContent[]): string;
}

/** A renderer for one read: synchronous, so a bank of 400 answers is rendered without 1,200 awaits. */
export function makeRenderer(highlight?: CodeHighlighter): Renderer {
  const processor = unified()
    .use(remarkRehype, { allowDangerousHtml: true, handlers: handlers as never })
    .use(rehypeRaw)
    .use(rehypeSanitize, defaultSchema)
    .use(highlightCode, { highlight })
    .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"], target: "_blank" })
    .use(rehypeStringify);
  const answer = (nodes: RootContent[]) => {
    const tree: MdastRoot = { type: "root", children: nodes };
    const hast = processor.runSync(tree) as HastRoot;
    return { html: processor.stringify(hast).trim(), keyPoints: extractKeyPoints(hast) };
  };
  return {
    answer,
    blocks: (nodes) => answer(nodes).html,
    inline: (nodes) => answer([{ type: "paragraph", children: nodes }]).html.replace(/^<p>/, "").replace(/<\/p>$/, ""),
  };
}
