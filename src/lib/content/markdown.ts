import "server-only";
import type { Root as HastRoot } from "hast";
import type { PhrasingContent, Root as MdastRoot, RootContent } from "mdast";
import rehypeShiki from "@shikijs/rehype";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import rehypeRaw from "rehype-raw";
import remarkRehype from "remark-rehype";
import type { Details } from "mdast";
import type { Element, ElementContent } from "hast";
import { unified } from "unified";
import { extractKeyPoints } from "./key-points";

/**
 * The one markdown pipeline of the app, used at build time only.
 *
 * Raw HTML in a bank is parsed (answers are often written in HTML inside `<details>`), then GitHub's
 * sanitize schema keeps only safe elements and attributes and removes anything unsafe (scripts,
 * event handlers, `javascript:` and `data:` URLs). Highlighting runs after sanitizing, so shiki's own inline colours survive
 * and nothing from the bank can smuggle styles in.
 */
const parser = unified().use(remarkParse).use(remarkGfm);

/** Languages that answers use; anything else falls back to plain text rather than failing. */
export const HIGHLIGHT_LANGUAGES = [
  "python", "bash", "shellscript", "nginx", "ini", "toml", "yaml", "json", "sql", "jinja",
  "html", "dockerfile", "javascript", "typescript",
] as const;

/** A folded `<details>` (see details.ts) renders as details/summary, which the sanitizer allows. */
const handlers = {
  details(state: { all: (node: unknown) => ElementContent[] }, node: Details): Element {
    const summary: Element = { type: "element", tagName: "summary", properties: {}, children: state.all({ type: "paragraph", children: node.summary }) };
    return { type: "element", tagName: "details", properties: {}, children: [summary, ...state.all({ type: "root", children: [...node.summaryBlocks, ...node.children] })] };
  },
};

const renderer = unified()
  .use(remarkRehype, { allowDangerousHtml: true, handlers: handlers as never })
  .use(rehypeRaw)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeShiki, {
    themes: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
    langs: [...HIGHLIGHT_LANGUAGES],
    langAlias: { django: "jinja", "html+django": "jinja", "htmldjango": "jinja", sh: "bash", console: "bash", py: "python", cfg: "ini", conf: "nginx" },
    fallbackLanguage: "text",
    // No time limit per line: on a busy machine a line would otherwise come out unhighlighted,
    // and the same content would build to different HTML.
    tokenizeTimeLimit: 0,
    addLanguageClass: true,
  })
  .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"], target: "_blank" })
  .use(rehypeStringify);

export function parseMarkdown(source: string): MdastRoot {
  return parser.parse(source);
}

/** Renders block content (an answer) to sanitized, highlighted HTML, and finds its key points in the same tree. */
export async function renderAnswer(nodes: RootContent[]): Promise<{ html: string; keyPoints: string[] }> {
  const tree: MdastRoot = { type: "root", children: nodes };
  const hast = (await renderer.run(tree)) as HastRoot;
  return { html: renderer.stringify(hast).trim(), keyPoints: extractKeyPoints(hast) };
}

/** Renders block content to sanitized, highlighted HTML. */
export async function renderBlocks(nodes: RootContent[]): Promise<string> {
  return (await renderAnswer(nodes)).html;
}

/** Renders inline content (a question) to sanitized HTML without the wrapping paragraph. */
export async function renderInline(nodes: PhrasingContent[]): Promise<string> {
  const html = await renderBlocks([{ type: "paragraph", children: nodes }]);
  return html.replace(/^<p>/, "").replace(/<\/p>$/, "");
}
