import type { Paragraph, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { cutAtLine, hasLineEnd, linesOf } from "./phrasing-lines";
import { QA_ANSWER, removeLabel } from "./qa-label";
import { opensAsTask, readsAsQuestion } from "./question-text";
import { OPTION_LABEL } from "./quiz";

/** A line that asks: it ends with a question mark (any script), maybe inside quotes, brackets or emphasis. */
const ASKS = /[?？؟]["'”’)\]）】」*_]*\s*$/u;
/** A line that ends a sentence of its own: the lines before a question's last are its wrapping only when none does. */
const ENDS = /[.!。！:：;]["'”’)\]）】」*_]*\s*$/u;
/** How many source lines one question may wrap over. */
const WRAP = 8;

/**
 * "What is X?⏎It is Y." in one paragraph or list item: a question on its first line (or wrapped over
 * a few, none ending a sentence before the one that asks), its answer on the lines under it, often
 * indented with a tab or spaces ("1. What is X?⏎\tIt is Y."). The question is the prompt, the lines
 * after it the first paragraph of its answer (an "Answer:" label removed). Null when the lines
 * after it ask too (one question per line: prose-shapes.ts), hold no words, or are one line that
 * goes on with a task ("Give an example.").
 */
export function questionLead(p: Paragraph): { prompt: PhrasingContent[]; answer: Paragraph } | null {
  if (!hasLineEnd(p.children)) return null;
  const lines = linesOf(p.children);
  const q = lines.findIndex((l) => ASKS.test(l));
  if (q < 0 || q >= WRAP || q === lines.length - 1 || lines.slice(0, q).some((l) => ENDS.test(l))) return null;
  const rest = lines.slice(q + 1);
  if (rest.some((l) => ASKS.test(l)) || !rest.some((l) => /[\p{L}\p{N}]/u.test(l))) return null;
  // "What is X?⏎Give an example.": a task that goes on from the question is part of it, not its answer.
  if (rest.length === 1 && opensAsTask(rest[0]!)) return null;
  const question = lines.slice(0, q + 1).join(" ");
  if (question.length > 300 || !readsAsQuestion(question)) return null;
  const cut = cutAtLine(p.children, q + 1);
  if (!cut) return null;
  const answer: Paragraph = { type: "paragraph", children: cut[1].filter((c) => !(c.type === "text" && c.value === "")), position: p.position };
  // "A) EC2⏎B) S3" (maybe its key under them): a quiz's options (quiz.ts marks the right one), not an answer labelled "A)".
  const options = rest.length >= 2 && rest.slice(0, 2).every((l) => OPTION_LABEL.test(l));
  return { prompt: cut[0], answer: !options && QA_ANSWER.test(toString(answer)) ? removeLabel(answer, QA_ANSWER) : answer };
}
