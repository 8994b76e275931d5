import type { Paragraph, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Candidate } from "./candidate";
import { normalisedPrompt } from "./question-text";
import { isQuizLines } from "./quiz";
import { type Ctx, lineOf } from "./raw";

const QUESTION_END = /[?？؟][\s"'”’)\]）】」]*$/u;

/**
 * A quiz's question with its options on the lines under it, in one paragraph ("What is X?", "A. …",
 * "B. …"): the first line and the options, split where the first line ends. Null for any other paragraph.
 */
export function questionAndOptions(p: Paragraph, raw: string): { question: PhrasingContent[]; options: PhrasingContent[] } | null {
  if (!isQuizLines(raw.split("\n"), (l) => QUESTION_END.test(l.trim()))) return null;
  const at = p.children.findIndex((c) => c.type === "break" || (c.type === "text" && c.value.includes("\n")));
  const node = p.children[at];
  if (!node) return null;
  if (node.type === "break") return { question: p.children.slice(0, at), options: p.children.slice(at + 1) };
  if (node.type !== "text") return null;
  const cut = node.value.indexOf("\n");
  return {
    question: [...p.children.slice(0, at), { type: "text", value: node.value.slice(0, cut) }],
    options: [{ type: "text", value: node.value.slice(cut + 1) }, ...p.children.slice(at + 1)],
  };
}

/**
 * One question per paragraph: a paragraph of one line ending in a question mark (any script), not a
 * long sentence, or a quiz's question with its options under it. The blocks after it are its answer.
 * Whether a run of them is taken is judged with their siblings (blocks.ts): a lone "Why?" in prose is
 * not. Steered (`questions: paragraph`), every paragraph is one ("every"), or with `answers: below`
 * every paragraph that ends in a question mark, its lines wrapped or not ("asking").
 */
export function questionParagraph(p: Paragraph, ctx: Ctx, mode: "detect" | "every" | "asking"): Candidate | null {
  const raw = toString(p);
  const quiz = questionAndOptions(p, raw);
  if (quiz) {
    if (!normalisedPrompt(raw)) return null;
    const options: Paragraph = { type: "paragraph", children: quiz.options };
    return { shape: "paragraph", input: { prompt: quiz.question, answer: [options], line: lineOf(ctx, p) }, reads: true, list: -1, open: true };
  }
  const multiline = raw.trim().includes("\n");
  // Detected, a paragraph of several lines is no question: its text is not normalised for nothing (most are answers).
  if (mode === "detect" && multiline) return null;
  const text = normalisedPrompt(raw);
  if (!text) return null;
  const asks = text.length <= 300 && QUESTION_END.test(text);
  const reads = asks && !text.includes("\n") && !multiline;
  if (mode === "detect" ? !reads : mode === "asking" && !asks) return null;
  return { shape: "paragraph", input: { prompt: p.children, answer: [], line: lineOf(ctx, p) }, reads: true, list: -1, open: true };
}
