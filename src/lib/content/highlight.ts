import type { Element, ElementContent, Root as HastRoot } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { cloneNodes } from "./html-fragments";

/**
 * Code highlighting is injected: the build passes shiki (see src/build/highlight.ts); the browser may
 * pass a lighter one or none. Given a code block's text (as written, trailing newline included) and
 * its fence language, a highlighter returns the tree that replaces the whole `<pre>`, or null to
 * leave the block plain: `<pre><code class="language-x">`, escaped.
 */
export type CodeHighlighter = (code: string, lang: string | undefined) => HastRoot | null;

const PREFIX = "language-";

/**
 * The rehype step: each `<pre><code>` goes through the highlighter once, nothing else is walked twice.
 * A block repeated in a read (the same command in several answers) is highlighted once: shiki costs
 * a few milliseconds a block, as much as parsing its answer.
 */
export function highlightCode(options: { highlight?: CodeHighlighter }) {
  const { highlight: highlightOnce } = options;
  const seen = new Map<string, HastRoot | null>();
  const highlight: CodeHighlighter | undefined = highlightOnce && ((code, lang) => {
    const key = `${lang ?? ""}\n${code}`;
    if (!seen.has(key)) seen.set(key, highlightOnce(code, lang));
    const out = seen.get(key) ?? null;
    return out && cloneNodes(out);
  });
  return (tree: HastRoot): void => {
    if (!highlight) return;
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "pre" || !parent || index == null) return;
      const head = node.children[0];
      if (!head || head.type !== "element" || head.tagName !== "code") return;
      const classes = head.properties.className;
      const langClass = Array.isArray(classes) ? classes.find((c): c is string => typeof c === "string" && c.startsWith(PREFIX)) : undefined;
      const out = highlight(toString(head), langClass?.slice(PREFIX.length));
      if (!out) return "skip";
      const replacement = out.children.filter((c): c is ElementContent => c.type !== "doctype");
      parent.children.splice(index, 1, ...replacement);
      return ["skip", index + replacement.length];
    });
  };
}
