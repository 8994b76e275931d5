import type { Paragraph, PhrasingContent, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { cutAtLine } from "./phrasing-lines";
import { readsAsQuestion } from "./question-text";
import { asQuiz } from "./quiz";

/** A question mark, then the first option's mark: "? a) ", "? (a) ", "? a. ", "? A. ", "? 1) ". */
const FIRST_OPTION = /[?？]\s+(?=\(?[aA1][.)]\s)/u;

/** Text that opens with the first option's mark, after the question's bold. */
const OPENS_OPTIONS = /^\s+(?=\(?[aA1][.)]\s)/u;

/** Might this text hold a question with options after it? A cheap test before the real one. */
export const mayHoldOptions = (text: string): boolean => /[?？]\s+\(?[aA1][.)]\s/u.test(text);

/** The question's line cut before its options: the question, and the options' inline content. */
function splitAtOptions(line: PhrasingContent[]): { prompt: PhrasingContent[]; options: PhrasingContent[] } | null {
  // The question in bold ("**Which runs code?** a) S3 b) Lambda"): the options open the text after it.
  const afterBold = line.findIndex((n, i) => i > 0 && n.type === "text" && OPENS_OPTIONS.test(n.value) && /[?？]\s*$/u.test(toString(line[i - 1]!)));
  const at = afterBold > 0 ? afterBold : line.findIndex((n) => n.type === "text" && FIRST_OPTION.test(n.value));
  const node = line[at];
  if (node?.type !== "text") return null;
  const cut = afterBold > 0 ? 0 : FIRST_OPTION.exec(node.value)!.index + 1;
  const prompt: PhrasingContent[] = [...line.slice(0, at), ...(cut > 0 ? [{ ...node, value: node.value.slice(0, cut) }] : [])];
  if (!readsAsQuestion(toString({ type: "paragraph", children: prompt }))) return null;
  return { prompt, options: [{ ...node, value: node.value.slice(cut).trimStart() }, ...line.slice(at + 1)] };
}

/**
 * A question's line with its options after it ("Which is a DB? a) S3 b) RDS c) EC2"), and what
 * follows it (`after`: its key, "Answer: b", "b"): the question alone, and an answer of the options
 * then what follows, which quiz.ts makes a list with the right option marked. Only when the
 * options run in order (a, b, c… or 1, 2, 3…) and a key names one: without a key the options stay
 * with the question, as written. Null otherwise.
 */
export function optionsAfterQuestion(line: PhrasingContent[], after: RootContent[]): { prompt: PhrasingContent[]; answer: RootContent[] } | null {
  const split = splitAtOptions(line);
  if (!split) return null;
  const answer: RootContent[] = [{ type: "paragraph", children: split.options }, ...after];
  return asQuiz(answer) ? { prompt: split.prompt, answer } : null;
}

/**
 * "Which is a DB? a) S3 b) RDS c) EC2⏎Answer: b" in one paragraph (a list item's): the question
 * alone, and the options over the lines after them as one paragraph (quiz.ts reads its first line
 * as the options, the rest as their key).
 */
export function questionWithOptions(p: Paragraph): { prompt: PhrasingContent[]; answer: Paragraph } | null {
  const [line, after] = cutAtLine(p.children, 1) ?? [p.children, []];
  const split = splitAtOptions(line);
  if (!split) return null;
  const answer: Paragraph = { type: "paragraph", children: after.length > 0 ? [...split.options, { type: "text", value: "\n" }, ...after] : split.options, position: p.position };
  return asQuiz([answer]) ? { prompt: split.prompt, answer } : null;
}
