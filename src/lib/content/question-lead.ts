import type { Paragraph, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { QA_ANSWER, removeLabel } from "./qa-label";
import { readsAsQuestion } from "./question-text";

/** A line that asks: it ends with a question mark (any script), maybe inside quotes, brackets or emphasis. */
const ASKS = /[?？؟]["'”’)\]）】」*_]*\s*$/u;
/** A line that ends a sentence of its own: the lines before a question's last are its wrapping only when none does. */
const ENDS = /[.!。！:：;]["'”’)\]）】」*_]*\s*$/u;
/** How many source lines one question may wrap over. */
const WRAP = 8;

/** The paragraph's text with its hard breaks as new lines, one entry a source line. */
const linesOf = (children: PhrasingContent[]) =>
  children.map((c) => (c.type === "break" ? "\n" : c.type === "text" ? c.value : toString(c).replace(/\n/g, " "))).join("").split("\n");

/** The children before and after the n-th line end (a new line in a text, or a hard break). */
function cutAtLine(children: PhrasingContent[], n: number): [PhrasingContent[], PhrasingContent[]] | null {
  let seen = 0;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.type === "break" && ++seen === n) return [children.slice(0, i), children.slice(i + 1)];
    if (c.type !== "text") continue;
    for (let at = c.value.indexOf("\n"); at >= 0; at = c.value.indexOf("\n", at + 1)) {
      if (++seen === n) return [[...children.slice(0, i), { ...c, value: c.value.slice(0, at) }], [{ ...c, value: c.value.slice(at + 1).trimStart() }, ...children.slice(i + 1)]];
    }
  }
  return null;
}

/**
 * "What is X?⏎It is Y." in one paragraph or list item: a question on its first line (or wrapped over
 * a few, none ending a sentence before the one that asks), its answer on the lines under it, often
 * indented with a tab or spaces ("1. What is X?⏎\tIt is Y."). The question is the prompt, the lines
 * after it the first paragraph of its answer (an "Answer:" label removed). Null when the lines
 * after it ask too (one question per line: prose-shapes.ts) or hold no words.
 */
export function questionLead(p: Paragraph): { prompt: PhrasingContent[]; answer: Paragraph } | null {
  if (!p.children.some((c) => c.type === "break" || (c.type === "text" && c.value.includes("\n")))) return null;
  const lines = linesOf(p.children);
  const q = lines.findIndex((l) => ASKS.test(l));
  if (q < 0 || q >= WRAP || q === lines.length - 1 || lines.slice(0, q).some((l) => ENDS.test(l))) return null;
  const rest = lines.slice(q + 1);
  if (rest.some((l) => ASKS.test(l)) || !rest.some((l) => /[\p{L}\p{N}]/u.test(l))) return null;
  const question = lines.slice(0, q + 1).join(" ");
  if (question.length > 300 || !readsAsQuestion(question)) return null;
  const cut = cutAtLine(p.children, q + 1);
  if (!cut) return null;
  const answer: Paragraph = { type: "paragraph", children: cut[1].filter((c) => !(c.type === "text" && c.value === "")), position: p.position };
  return { prompt: cut[0], answer: QA_ANSWER.test(toString(answer)) ? removeLabel(answer, QA_ANSWER) : answer };
}
