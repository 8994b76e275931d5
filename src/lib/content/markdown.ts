import "server-only";
import type { Root as HastRoot } from "hast";
import type { PhrasingContent, Root as MdastRoot, RootContent } from "mdast";
import rehypeShiki from "@shikijs/rehype";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { extractKeyPoints } from "./key-points";

/**
 * The one markdown pipeline of the app, used at build time only.
 *
 * Raw HTML in a bank is dropped (remark-rehype without `allowDangerousHtml`), then GitHub's
 * sanitize schema removes anything unsafe that markdown itself can express (`javascript:` and
 * `data:` URLs, for one). Highlighting runs after sanitizing, so shiki's own inline colours survive
 * and nothing from the bank can smuggle styles in.
 */
const parser = unified().use(remarkParse).use(remarkGfm);

/** Languages that answers use; anything else falls back to plain text rather than failing. */
export const HIGHLIGHT_LANGUAGES = [
  "python", "bash", "shellscript", "nginx", "ini", "toml", "yaml", "json", "sql", "jinja",
  "html", "dockerfile", "javascript", "typescript",
] as const;

const renderer = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeShiki, {
    themes: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
    langs: [...HIGHLIGHT_LANGUAGES],
    langAlias: { django: "jinja", "html+django": "jinja", "htmldjango": "jinja", sh: "bash", console: "bash", py: "python", cfg: "ini", conf: "nginx" },
    fallbackLanguage: "text",
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
