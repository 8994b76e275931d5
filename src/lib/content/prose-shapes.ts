import type { Paragraph, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Candidate } from "./candidate";
import { readsAsQuestion } from "./question-text";
import { type Ctx, lineOf } from "./raw";

/** Plain paragraphs with one question per line: each line ending in a question mark is a card. */
export function fromLines(p: Paragraph, ctx: Ctx): Candidate[] {
  const lines = toString(p).split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2 || lines.filter(readsAsQuestion).length / lines.length < 0.5) return [];
  const line = lineOf(ctx, p);
  return lines.map((text, i) => ({
    shape: "line" as const,
    input: { prompt: [{ type: "text" as const, value: text }], answer: [], line: line + i },
    reads: readsAsQuestion(text),
    list: -1,
    open: false,
  }));
}

/** A question's own anchor at the start of a paragraph: `<a name="q-2"></a>`, `<a id="q7">`. */
const ANCHOR = /^<a\s[^>]*\b(?:name|id)\s*=/i;

/**
 * `> What is X?`: a block quote of one short paragraph that asks a question. It must ask: a quoted
 * instruction ("> Outline a high level design.") is an aside, not a question, unless the bank
 * anchors it as one of its questions (`> <a name="q-7"></a> Implement a debounce.`).
 */
export function quotedQuestion(node: RootContent): Paragraph | null {
  if (node.type !== "blockquote" || node.children.length !== 1 || node.children[0]?.type !== "paragraph") return null;
  const p = node.children[0];
  const text = toString(p, { includeHtml: false }).trim();
  const first = p.children[0];
  const anchored = first?.type === "html" && ANCHOR.test(first.value);
  return text.length <= 300 && !text.includes("\n") && (anchored || /[?？؟]/u.test(text)) && readsAsQuestion(text) ? p : null;
}
