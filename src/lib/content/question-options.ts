import type { Paragraph, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { cutAtLine } from "./phrasing-lines";
import { readsAsQuestion } from "./question-text";
import { asQuiz } from "./quiz";

/** A question mark, then the first option's mark: "? a) ", "? (a) ", "? a. ", "? A. ", "? 1) ". */
const FIRST_OPTION = /[?？]\s+(?=\(?[aA1][.)]\s)/u;

/**
 * "Which is a DB? a) S3 b) RDS c) EC2⏎Answer: b": a quiz's question with its options on its own
 * line, the key under them. The question is the prompt; the options and the lines after them are
 * the answer, which quiz.ts makes a list with the right option marked. Only when the options run
 * in order (a, b, c… or 1, 2, 3…) and a key names one: without a key the options stay with the
 * question, as written. Null for any other paragraph.
 */
export function questionWithOptions(p: Paragraph): { prompt: PhrasingContent[]; answer: Paragraph } | null {
  const [line, after] = cutAtLine(p.children, 1) ?? [p.children, []];
  const at = line.findIndex((n) => n.type === "text" && FIRST_OPTION.test(n.value));
  const node = line[at];
  if (node?.type !== "text") return null;
  const cut = FIRST_OPTION.exec(node.value)!.index + 1;
  const prompt: PhrasingContent[] = [...line.slice(0, at), { ...node, value: node.value.slice(0, cut) }];
  if (!readsAsQuestion(toString({ type: "paragraph", children: prompt }))) return null;
  const options: PhrasingContent[] = [{ ...node, value: node.value.slice(cut).trimStart() }, ...line.slice(at + 1)];
  const answer: Paragraph = { type: "paragraph", children: after.length > 0 ? [...options, { type: "text", value: "\n" }, ...after] : options, position: p.position };
  return asQuiz([answer]) ? { prompt, answer } : null;
}
