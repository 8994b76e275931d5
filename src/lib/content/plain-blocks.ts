import type { Heading, Paragraph, Text } from "mdast";

/**
 * The blocks that hold nothing but words, read without the parser: a paragraph or an ATX heading
 * of plain text, alone in a piece of the file (chunks.ts cuts pieces where every block has ended).
 * Most of a bank's text is such prose, and micromark spends the same care on it as on markup,
 * through three tokenizers a character; the tree built here is the one it builds
 * (tests/unit/content/chunks.test.ts checks it against remark-parse with remark-gfm).
 *
 * Plain means no character that could start markup or a GFM construct anywhere (emphasis, code,
 * links, images, HTML, references, escapes, strikethrough, tables, footnotes, literal autolinks),
 * no tab, control character or carriage return, no hard break (two trailing spaces), and, for a
 * paragraph, every line starting with a letter (no line can then open another block).
 */
const MARKUP = /[\\`*_~[\]!&<>|#=@{}\t\x00-\x09\x0b-\x1f\x7f\ufeff]|:\/\/|www\./i;
const STARTS_WITH_LETTER = /^\p{L}/u;
const ATX = /^(#{1,6}) +(?=\S)/;

type Point = { line: number; column: number; offset: number };

const textNode = (value: string, start: Point, end: Point): Text => ({ type: "text", value, position: { start, end } });

/**
 * Lines that end a paragraph and start the same block whether a paragraph stood before them or a
 * blank line: a bullet item with words (an empty one, `-`, `---` or `2.` would not always), an ATX
 * heading, a code fence, a quote, and an HTML block of kind 6 (`<div>`, `</details>`…).
 */
const INTERRUPTS = new RegExp(
  [
    "^[-+*][ \\t]+\\p{L}",
    "^#{1,6}(?:[ \\t]|$)",
    "^(?:`{3,}|~{3,})",
    "^>",
    "^</?(?:address|article|aside|blockquote|center|details|dialog|div|dl|fieldset|figure|footer|form|h[1-6]|header|hr|main|nav|ol|p|section|summary|table|tbody|td|th|thead|tr|ul)(?:[ \\t/>]|$)",
  ].join("|"),
  "iu",
);

export interface PlainBlock {
  node: Paragraph | Heading;
  end: number; // where the rest of the text starts: after the block's last line and its line break
}

const lineEnd = (text: string, from: number) => {
  const at = text.indexOf("\n", from);
  return at === -1 ? text.length : at;
};

/** A plain ATX heading on the text's first line. */
function plainHeading(text: string, line: number, offset: number): PlainBlock | null {
  const first = text.slice(0, lineEnd(text, 0));
  const hashes = ATX.exec(first);
  if (!hashes) return null;
  const content = first.slice(hashes[0].length).trimEnd();
  if (content === "" || MARKUP.test(first.slice(hashes[0].length))) return null;
  const from = hashes[0].length;
  const start = { line, column: from + 1, offset: offset + from };
  const end = { line, column: from + content.length + 1, offset: offset + from + content.length };
  return {
    node: {
      type: "heading",
      depth: hashes[1]!.length as Heading["depth"],
      children: [textNode(content, start, end)],
      position: { start: { line, column: 1, offset }, end: { line, column: first.length + 1, offset: offset + first.length } },
    },
    end: Math.min(text.length, first.length + 1),
  };
}

/** A plain paragraph starting the text, ended by a blank line, a line that interrupts it, or the end of the text. */
function plainParagraph(text: string, line: number, offset: number): PlainBlock | null {
  const lines: string[] = [];
  let at = 0;
  for (;;) {
    const end = lineEnd(text, at);
    const l = text.slice(at, end);
    if (l.trim() === "" || (lines.length > 0 && INTERRUPTS.test(l))) break;
    // A line's one trailing space goes; two or more would be a hard break (the last line's all go).
    if (!STARTS_WITH_LETTER.test(l) || MARKUP.test(l) || (lines.length > 0 && lines[lines.length - 1]!.endsWith("  "))) return null;
    lines.push(l);
    at = end + 1;
    if (end === text.length) break;
  }
  if (lines.length === 0) return null;
  const last = lines[lines.length - 1]!;
  const lastContent = last.trimEnd();
  const length = lines.reduce((n, l) => n + l.length + 1, -1);
  const value = lines.map((l) => (l.endsWith(" ") ? l.slice(0, -1) : l)).join("\n").trimEnd();
  const start = { line, column: 1, offset };
  const endLine = line + lines.length - 1;
  const textEnd = { line: endLine, column: lastContent.length + 1, offset: offset + length - (last.length - lastContent.length) };
  const end = { line: endLine, column: last.length + 1, offset: offset + length };
  return { node: { type: "paragraph", children: [textNode(value, { ...start }, textEnd)], position: { start, end } }, end: Math.min(text.length, length + 1) };
}

/**
 * The plain paragraph or heading that starts `text` (at `line`, column 1, `offset` of the whole
 * source), positions included, and where the rest starts; null when the text starts otherwise.
 * `text` must start where every block has ended (chunks.ts), and then so does the rest.
 */
export function plainBlock(text: string, line: number, offset: number): PlainBlock | null {
  if (text.includes("\r")) return null;
  return text.startsWith("#") ? plainHeading(text, line, offset) : plainParagraph(text, line, offset);
}
