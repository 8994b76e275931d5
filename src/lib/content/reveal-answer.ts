import type { Details, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { isAnswerLabel, summaryAsks } from "./question-text";

/*
 * What hides an answer on a web page is noise on a flashcard, whose back stays hidden until the
 * card is turned: a `<details>` that is the whole answer and whose summary only labels it ("Show
 * answer", "Solution"), and a line or a heading that only says "Answer" above the answer.
 */

/** A line that is only the answer's label, in bold or not, with or without its colon: "**Answer**", "Solution:". */
const LABEL_LINE = /^\s*(?:answer|ans|solution|explanation|réponse|respuesta|resposta|antwort|答案|解答)\s*[:：.]?\s*$/i;

/** The answer without a label-only first line (or heading: `### Answer`) and without a `<details>` that only hides it. */
export function unwrapRevealedAnswer(blocks: RootContent[]): RootContent[] {
  const head = blocks[0];
  const rest = blocks.length > 1 && (head?.type === "paragraph" || head?.type === "heading") && LABEL_LINE.test(toString(head)) ? blocks.slice(1) : blocks;
  const only = rest.length === 1 ? rest[0] : undefined;
  if (only && hidesAnswer(only)) return only.children;
  return rest;
}

/** A `<details>` whose summary only labels what it hides ("Answer", "Show solution"): on a card's back, its content. */
export function hidesAnswer(b: RootContent): b is Details {
  return b.type === "details" && b.children.length > 0 && b.summaryBlocks.length === 0 && !summaryAsks(b.summaryText) && isAnswerLabel(b.summaryText);
}
