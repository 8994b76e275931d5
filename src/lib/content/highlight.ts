import type { Element, ElementContent, Root as HastRoot } from "hast";
import { toString } from "hast-util-to-string";
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
  // A plain walk (unist-util-visit builds the list of ancestors at every node): a highlighted block is
  // replaced and not entered, nor is a block left plain; any other element is entered.
  const walk = (parent: HastRoot | Element, highlight: CodeHighlighter): void => {
    const children = parent.children;
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!;
      if (node.type !== "element") continue;
      const head = node.tagName === "pre" ? node.children[0] : undefined;
      if (!head || head.type !== "element" || head.tagName !== "code") {
        walk(node, highlight);
        continue;
      }
      const classes = head.properties.className;
      const langClass = Array.isArray(classes) ? classes.find((c): c is string => typeof c === "string" && c.startsWith(PREFIX)) : undefined;
      const out = highlight(toString(head), langClass?.slice(PREFIX.length));
      if (!out) continue;
      const replacement = out.children.filter((c): c is ElementContent => c.type !== "doctype");
      children.splice(index, 1, ...replacement);
      index += replacement.length - 1;
    }
  };
  return (tree: HastRoot): void => {
    if (highlight) walk(tree, highlight);
  };
}
