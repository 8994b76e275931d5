import type { Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Candidate } from "./candidate";
import { normalisedPrompt } from "./question-text";
import { type Ctx, lineOf } from "./raw";

const QUESTION_END = /[?？؟][\s"'”’)\]）】」]*$/u;

/**
 * One question per paragraph: a paragraph of one line ending in a question mark (any script), not a
 * long sentence. The blocks after it are its answer. With `questions: paragraph`, every paragraph is.
 * Whether a run of them is taken is judged with their siblings (blocks.ts): a lone "Why?" in prose is not.
 */
export function questionParagraph(p: Paragraph, ctx: Ctx, forced: boolean): Candidate | null {
  const raw = toString(p);
  // Unless forced, a paragraph of several lines is not a question: its text is not normalised for nothing (most are answers).
  if (!forced && raw.trim().includes("\n")) return null;
  const text = normalisedPrompt(raw);
  if (!text) return null;
  const reads = !text.includes("\n") && text.length <= 300 && QUESTION_END.test(text);
  if (!forced && !reads) return null;
  return { shape: "paragraph", input: { prompt: p.children, answer: [], line: lineOf(ctx, p) }, reads: true, list: -1, open: true };
}
