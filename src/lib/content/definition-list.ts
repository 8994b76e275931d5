import type { Paragraph, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { splitLines } from "./phrasing-lines";

/*
 * Definition lists as Pandoc, PHP Markdown Extra and MkDocs write them, which GitHub shows as plain
 * lines: a term on its line, its definition on the next, opened by a colon ("Idempotence⏎: The same
 * result however often it runs."). A glossary's card: the term on the front, the definition on the back.
 */

const DEFINES = /^:[ \t]+\S/;
/** A term is a short line that ends no sentence and opens no definition. */
const isTerm = (text: string) => text.length > 0 && text.length <= 80 && !DEFINES.test(text) && !/[.!?。:：]\s*$/u.test(text);

/** Drops the colon (and the blanks after it) opening a definition line. */
function undefine(line: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = line;
  return first?.type === "text" ? [{ ...first, value: first.value.replace(/^:[ \t]+/, "") }, ...rest] : line;
}

/** "Term⏎: Definition⏎: Another": the term and its definitions (one a line), or null for any other paragraph. */
export function definitionParagraph(p: Paragraph): { term: PhrasingContent[]; definition: Paragraph } | null {
  // Most paragraphs are asked: a cheap look for a line opening with a colon before any splitting.
  if (!p.children.some((c) => c.type === "text" && c.value.includes("\n:"))) return null;
  const lines = splitLines(p.children);
  const [term, ...defs] = lines;
  if (!term || defs.length === 0 || !isTerm(toString({ type: "paragraph", children: term }).trim())) return null;
  if (!defs.every((l) => DEFINES.test(toString({ type: "paragraph", children: l })))) return null;
  const children = defs.flatMap((l, i) => [...(i > 0 ? [{ type: "break" as const }] : []), ...undefine(l)]);
  return { term, definition: { type: "paragraph", children, position: p.position } };
}
