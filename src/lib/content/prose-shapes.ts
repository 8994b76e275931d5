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

/** `> What is X?`: a block quote of one short paragraph that asks a question. */
export function quotedQuestion(node: RootContent): Paragraph | null {
  if (node.type !== "blockquote" || node.children.length !== 1 || node.children[0]?.type !== "paragraph") return null;
  const p = node.children[0];
  const text = toString(p, { includeHtml: false }).trim();
  // It asks: a quoted instruction ("> Outline a high level design.") is an aside, not a question.
  return text.length <= 300 && !text.includes("\n") && /[?？؟]/u.test(text) && readsAsQuestion(text) ? p : null;
}
