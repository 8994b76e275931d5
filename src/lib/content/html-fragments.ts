import type { ElementContent, Root as HastRoot, RootContent } from "hast";
import { raw } from "hast-util-raw";

/**
 * Raw HTML in an answer used to send the whole answer through the HTML parser (rehype-raw), which
 * costs as much as the rest of rendering together, for a `<div align="right">↥ back to top</div>`.
 *
 * The HTML parser leaves markdown's own elements as they are, and a piece of HTML that stands at
 * the top of an answer, opens only tags it closes again, and holds nothing the parser would move
 * (no `<p>` around a block, no link in a link, no table or list parts, no stray `<`) parses the same
 * alone as inside the whole answer: before and after it nothing is open. Such pieces are parsed
 * alone, once per distinct text in a read (banks repeat them), and spliced in; any other raw HTML
 * makes the caller parse the whole answer as before. Same HTML out, byte for byte.
 */

/** Elements a standalone piece may use: the parser neither closes nor moves them when nested well. */
const INLINE = new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "br", "img", "del", "ins"]);
const BLOCK = new Set(["div", "p", "center", "blockquote", "hr", "h1", "h2", "h3", "h4", "h5", "h6"]);
const VOID = new Set(["br", "img", "wbr", "hr"]);
/** Inside these only inline elements: a block start tag would close them (`<p><div>`). */
const INLINE_ONLY = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"]);

const TOKEN = /<!--(?:(?!--)[^<])*-->|<\/([a-zA-Z][a-zA-Z0-9]*)\s*>|<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|[^<]+/gy;

/** Whether `html` parses the same alone as at the top of an answer (see above). */
export function isStandalone(html: string): boolean {
  const open: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(html);
    if (!m || m.index !== start) return false;
    const [, close, tag, , selfClosing] = m;
    if (close !== undefined) {
      if (open.pop() !== close.toLowerCase()) return false;
    } else if (tag !== undefined) {
      const name = tag.toLowerCase();
      const inline = INLINE.has(name);
      if (!inline && !BLOCK.has(name)) return false;
      const parent = open[open.length - 1];
      if (parent !== undefined && INLINE_ONLY.has(parent) && !inline) return false;
      // A link in a link, or a block inside an inline element, is moved by the parser's recovery.
      if (name === "a" && open.includes("a")) return false;
      if (!inline && open.some((o) => INLINE.has(o))) return false;
      if (VOID.has(name)) continue;
      if (selfClosing) return false; // `<div/>` is an open tag to the parser
      open.push(name);
    } else if (m[0].includes("\0") || m[0].includes("\r")) return false;
  }
  return open.length === 0;
}

/** A copy of parsed nodes, so each answer gets its own (later steps add attributes to links). */
export function cloneNodes<T>(node: T): T {
  if (Array.isArray(node)) return node.map(cloneNodes) as T;
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = cloneNodes(v);
  return out as T;
}

/** Parses standalone pieces of HTML, each distinct text once per read. */
export function fragmentParser(): (html: string) => ElementContent[] {
  const seen = new Map<string, RootContent[]>();
  return (html) => {
    let nodes = seen.get(html);
    if (!nodes) {
      const tree = raw({ type: "root", children: [{ type: "raw", value: html }] }) as HastRoot;
      nodes = tree.children;
      seen.set(html, nodes);
    }
    return cloneNodes(nodes.filter((n): n is ElementContent => n.type !== "doctype"));
  };
}
