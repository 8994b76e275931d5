import type { List, ListItem, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { boldLead, boldText } from "./bold-lead";
import type { Candidate } from "./candidate";
import { glossaryItem } from "./glossary-list";
import { questionLead } from "./question-lead";
import { mayHoldOptions, questionWithOptions } from "./question-options";
import { questionSentence } from "./question-sentence";
import { QA_ANSWER, QA_QUESTION, qaPair, removeLabel } from "./qa-label";
import { isAnswerLabel, isLabel, readsAsQuestion, summaryAsks } from "./question-text";
import { type Ctx, lineOf } from "./raw";

/**
 * A list item as a possible question (candidate.ts): led by a heading, a bold question, a Q/A pair,
 * or a plain line. `glossary`: its list is a glossary; `asking`: do most of its list's items ask (asked only when needed)?
 */
export function fromItem(item: ListItem, ctx: Ctx, list: number, glossary = false, asking: () => boolean = () => false): Candidate | null {
  const [first, ...after] = item.children;
  if (!first) return null;
  // "<details><summary>Answer</summary>" under the item's question hides its answer: the card does that already.
  const rest = ctx.hints.answers === "details" ? after : after.flatMap((b) => (b.type === "details" && isAnswerLabel(b.summaryText) ? b.children : [b]));
  const line = lineOf(ctx, item);
  if (first.type === "heading") {
    // `4. ### Question` whose answer is not indented under the item: the blocks after it are the answer.
    return { shape: "item", input: { prompt: first.children, answer: rest, line, followUps: true }, reads: readsAsQuestion(toString(first)), list, open: rest.length === 0 };
  }
  if (first.type !== "paragraph") return null;
  const text = toString(first);
  // "- **Q:** What…?⏎  **A:** …": a Q/A pair in one item.
  const pair = QA_QUESTION.test(text) ? qaPair(first) : null;
  if (pair) return { shape: "item", input: { prompt: removeLabel({ ...first, children: pair.prompt }, QA_QUESTION).children, answer: [pair.answer, ...rest], line, followUps: true }, reads: true, list, open: false };
  // "1. **Question:** What…?⏎   * **Answer:** …": the label goes from the question, and from the answer it nests.
  if (QA_QUESTION.test(text) && rest.length > 0) {
    const prompt = removeLabel(first, QA_QUESTION).children;
    return { shape: "item", input: { prompt, answer: labelledAnswer(rest), line, followUps: true }, reads: readsAsQuestion(toString({ type: "paragraph", children: prompt })), list, open: false };
  }
  // "- **Term** — definition" in a glossary list (glossary-list.ts): the term is the front.
  const term = glossary ? glossaryItem(first) : null;
  if (term) return { shape: "term", input: { prompt: term.term, answer: [term.definition, ...rest], line }, reads: true, list, open: false };
  const lead = boldLead(first);
  if (lead) return { shape: "item", input: { prompt: lead.prompt, answer: [lead.answer, ...rest], line, followUps: true }, reads: true, list, open: false };
  // "1. Which is a DB? a) S3 b) RDS⏎Answer: b": the options on the question's line, its key under them.
  const quiz = mayHoldOptions(text) ? questionWithOptions(first) : null;
  if (quiz) return { shape: "item", input: { prompt: quiz.prompt, answer: [quiz.answer, ...rest], line, followUps: true }, reads: true, list, open: false };
  // "1. What is X?⏎\tIt is Y.": the question's line, its answer on the lines under it.
  const asked = questionLead(first);
  if (asked) return { shape: "item", input: { prompt: asked.prompt, answer: [asked.answer, ...rest], line, followUps: true }, reads: true, list, open: false };
  // "1. What is X? It is Y.": a question sentence, then its answer on the same line, in a list
  // that mostly asks (`asking`: a note that asks among statements stays one line).
  const said = /[?？؟](?:\s+|(?<=？)\s*)\S/u.test(text) && asking() ? questionSentence(first) : null;
  if (said) return { shape: "item", input: { prompt: said.prompt, answer: [said.answer, ...rest], line, followUps: true }, reads: true, list, open: false };
  const bold = boldText(first);
  const structured = bold !== null || rest.length > 0;
  const words = first.children.filter((c) => c.type === "text" && /[\p{L}\p{N}]/u.test(c.value));
  if (!structured && words.length === 0) {
    return { shape: "plain", input: { prompt: first.children, answer: [], line }, reads: false, list, open: false, fragment: { type: "list", ordered: false, spread: false, children: [item] } };
  }
  return {
    shape: structured ? "item" : "plain",
    input: { prompt: first.children, answer: rest, line, followUps: true },
    reads: readsAsQuestion(text) && !isLabel(text),
    list,
    open: false,
  };
}

/** An answer nested as one bullet labelled so ("* **Answer:** It is Y."): that bullet's content, its label removed. */
function labelledAnswer(rest: RootContent[]): RootContent[] {
  const [list, ...after] = rest;
  const item = list?.type === "list" && list.children.length === 1 ? list.children[0]! : null;
  const [head, ...below] = item?.children ?? [];
  if (head?.type !== "paragraph" || !QA_ANSWER.test(toString(head))) return rest;
  const [text, ...inline] = removeLabel(head, QA_ANSWER).children;
  const answer: RootContent = { ...head, children: text?.type === "text" ? [{ ...text, value: text.value.trimStart() }, ...inline] : removeLabel(head, QA_ANSWER).children };
  return [answer, ...below, ...after];
}

export const mostlyQuestions = (list: List) => list.children.filter((i) => readsAsQuestion(toString(i.children[0] ?? { type: "text", value: "" }))).length / list.children.length >= 0.5;

/** A list whose items mostly ask, a full-width "？" ending a sentence inside them counted ("什么是X？X是…", no space after it). */
export const mostlyAsking = (list: List) =>
  mostlyQuestions(list) || list.children.filter((i) => /？\s*\S/u.test(toString(i.children[0] ?? { type: "text", value: "" }))).length / list.children.length >= 0.5;

/** A `<details>` that holds a question in its summary (not "Answer", "Show"). */
const asksInDetails = (b: RootContent) => b.type === "details" && (summaryAsks(b.summaryText) || b.summaryBlocks.length > 0);

/**
 * The questions an item folds in `<details>`: all it holds when it opens with one, or the details
 * under a short line that names them without asking ("1. Thing 1⏎   <details><summary>What is…?"),
 * the line dropped as the numbering is (the last item's details may follow the list, at column 0).
 * Null for any other item.
 */
function foldedQuestions(item: ListItem, detailsBelow: boolean): RootContent[] | null {
  const [first, ...rest] = item.children;
  if (first?.type === "details") return item.children;
  if (first?.type !== "paragraph" || !(rest.length > 0 ? rest.every(asksInDetails) : detailsBelow)) return null;
  const text = toString(first).trim();
  return text.split(/\s+/).length <= 8 && !readsAsQuestion(text) ? rest : null;
}

/**
 * "1. <details><summary>What…?</summary>…</details>", or each item a short line over such details:
 * a list whose every item folds its questions so is those details, each read as it would be
 * standing alone (the numbering and the line over them are the list's).
 */
export function detailsListed(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((n, i) => {
    if (n.type !== "list" || n.children.length === 0) return [n];
    // The last item's details may stand at column 0 below it, which ends the list.
    const below = nodes[i + 1];
    const folded = n.children.map((item, j) => foldedQuestions(item, j === n.children.length - 1 && below !== undefined && asksInDetails(below)));
    return folded.every((f) => f !== null) ? folded.flat() : [n];
  });
}
