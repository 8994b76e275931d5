import type { RootContent } from "mdast";

/**
 * Does a top-level node, the last of a section (chunks.ts), run on past a blank line and a line at
 * column 0? Only a fenced code block without its closing fence and an HTML block of CommonMark kinds
 * 1-5 (comments, `<pre>`, `<script>`, `<style>`, `<textarea>`, `<?`, `<!`, CDATA) without its end do.
 * Then the section was cut inside the block (chunks.ts tracks fences line by line, and a fence
 * marker inside an HTML block or an indented code block can mislead it), and the file is parsed whole.
 * `text` is the node's source.
 */
const OPENING_FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_ENDS: [RegExp, string][] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, "</"],
  [/^ {0,3}<!--/, "-->"],
  [/^ {0,3}<\?/, "?>"],
  [/^ {0,3}<!\[CDATA\[/, "]]>"],
  [/^ {0,3}<![a-z]/i, ">"],
];

function fenceIsOpen(text: string): boolean {
  const open = OPENING_FENCE.exec(text)?.[1];
  if (!open) return false; // indented code ends at a line at column 0
  const lines = text.trimEnd().split("\n");
  const close = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(lines[lines.length - 1] ?? "")?.[1];
  return lines.length < 2 || !close || close[0] !== open[0] || close.length < open.length;
}

function htmlIsOpen(text: string): boolean {
  for (const [start, end] of HTML_ENDS) {
    if (!start.test(text)) continue;
    if (end === "</") return !/<\/(?:pre|script|style|textarea)>/i.test(text);
    return !text.slice(text.indexOf("<") + 2).includes(end);
  }
  return false;
}

export function runsOpen(node: RootContent, text: string): boolean {
  if (node.type === "code") return fenceIsOpen(text);
  if (node.type === "html") return htmlIsOpen(text);
  return false;
}
