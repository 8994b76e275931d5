import type { Root } from "mdast";

/**
 * A one-line plain text (a `<details>` summary such as "Answer", a short answer line) as the
 * markdown parser reads it, built directly: micromark's set-up per parse costs more than such a
 * line's parse. Plain means nothing markdown could read as syntax:
 * - letters (any script), their marks, digits, and single spaces between words;
 * - the punctuation of prose that is never syntax on its own: `, . ; ? ! ' " ( ) /` and `%`
 *   (no `*_~`#` emphasis or code, no `[]<>&\` links, HTML, references or escapes, no `|` tables,
 *   no `:` or `@` that a literal autolink needs);
 * - a letter first (so no list marker, heading, quote or thematic break), no space last (two make
 *   a hard break), and no `www.` (a literal autolink).
 * Anything else goes to the parser (tests/unit/content/plain-line.test.ts: the trees are equal).
 */
const PLAIN = /^[\p{L}](?:[\p{L}\p{M}\p{N},.;?!'"()/%]| (?! ))*$/u;
const WWW = /www\./i;

/** The parser's tree for a plain line, or null when the text is not one. */
export function plainLineTree(text: string): Root | null {
  if (text.length === 0 || !PLAIN.test(text) || text.endsWith(" ") || WWW.test(text)) return null;
  const position = () => ({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: text.length + 1, offset: text.length } });
  return { type: "root", children: [{ type: "paragraph", children: [{ type: "text", value: text, position: position() }], position: position() }], position: position() };
}
