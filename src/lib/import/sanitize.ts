import type { Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { toText } from "hast-util-to-text";
import rehypeExternalLinks from "rehype-external-links";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { parseFragment } from "parse5";
import { unified } from "unified";

/*
 * Imported fields are untrusted HTML or markdown. They go through the same sanitize schema as the
 * bank's markdown answers (rehype-sanitize's defaultSchema, as in src/lib/content/markdown.ts), without
 * shiki: highlighting is build-time only and too heavy for a worker.
 */

const htmlPipeline = unified().use(rehypeSanitize, defaultSchema).use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"], target: "_blank" }).use(rehypeStringify);

const markdownPipeline = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"], target: "_blank" })
  .use(rehypeStringify);

export interface SafeHtml {
  html: string; // sanitized HTML
  text: string; // its plain text, whitespace collapsed
  links: string[]; // external links, in order
}

/**
 * An HTML fragment as a hast tree, as hast-util-from-html's `fromHtml(html, { fragment: true })`
 * makes it but without source positions: nothing here reports positions, and tracking them was a
 * third of the parse of a 10,000-note package (and much of its garbage).
 */
function parseHtml(html: string): Root {
  const tree = fromParse5(parseFragment(html, { scriptingEnabled: false }));
  if (tree.type !== "root") throw new Error("parse5 gave no fragment");
  return tree;
}

function linksOf(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: Root | Root["children"][number]): void => {
    if (node.type === "element" && node.tagName === "a") {
      const href = node.properties.href;
      if (typeof href === "string" && /^https?:\/\//i.test(href)) out.push(href);
    }
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return out;
}

function finish(tree: Root, stringify: (t: Root) => string): SafeHtml {
  return { html: stringify(tree).trim(), text: toText(tree).replace(/\s+/g, " ").trim(), links: linksOf(tree) };
}

/** An HTML fragment (an Anki field, a CSV cell in HTML) as sanitized HTML. */
export function sanitizeHtml(html: string): SafeHtml {
  const tree = htmlPipeline.runSync(parseHtml(html)) as Root;
  return finish(tree, (t) => htmlPipeline.stringify(t));
}

const BATCH = 400;
const escapeText = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Many fragments at once, as sanitizeHtml gives them one by one. Plain text skips the parser, and
 * HTML is parsed in batches, each fragment in its own <section>: one parse per batch instead of
 * one per field is what makes a 10,000-note package fast. A batch whose fragments break out of
 * their sections (a stray </section>) is redone one by one.
 */
export function sanitizeMany(htmls: readonly string[]): SafeHtml[] {
  const out: SafeHtml[] = Array.from({ length: htmls.length });
  const pending: number[] = [];
  htmls.forEach((h, i) => {
    if (/[<&]/.test(h)) pending.push(i);
    else out[i] = { html: escapeText(h.trim()), text: h.replace(/\s+/g, " ").trim(), links: [] };
  });
  for (let start = 0; start < pending.length; start += BATCH) {
    const batch = pending.slice(start, start + BATCH);
    const tree = parseHtml(batch.map((i) => `<section>${htmls[i]}</section>`).join(""));
    const sections = tree.children.filter((c) => c.type === "element" && c.tagName === "section");
    if (sections.length !== batch.length || tree.children.length !== batch.length) {
      for (const i of batch) out[i] = sanitizeHtml(htmls[i] ?? "");
      continue;
    }
    sections.forEach((section, k) => {
      if (section.type !== "element") return;
      const clean = htmlPipeline.runSync({ type: "root", children: section.children }) as Root;
      out[batch[k]!] = finish(clean, (t) => htmlPipeline.stringify(t));
    });
  }
  return out;
}

/** Markdown text (a CSV cell) as sanitized HTML. */
export function renderMarkdown(source: string): SafeHtml {
  const tree = markdownPipeline.runSync(markdownPipeline.parse(source)) as Root;
  return finish(tree, (t) => markdownPipeline.stringify(t));
}

/** Text as HTML with no markup at all (a prompt shown inline). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
