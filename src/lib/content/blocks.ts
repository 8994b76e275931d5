import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { quotedPair } from "./prose-shapes";
import { definitionParagraph } from "./definition-list";
import { boldLead, boldText } from "./bold-lead";
import { QA_ANSWER, QA_QUESTION, qaPair, removeLabel } from "./qa-label";
import { accepted } from "./accepted";
import { type Candidate, forcedShape, promptText, shapeAllowed } from "./candidate";
import { makeCard } from "./card";
import { questionParagraph } from "./paragraphs";
import { isAnswerLabel, isLabel, readsAsQuestion, summaryAsks } from "./question-text";
import { detailsListed, fromItem, mostlyAsking, mostlyQuestions } from "./list-item";
import { isGlossaryList } from "./glossary-list";
import { type Ctx, lineOf, type RawCard, warn } from "./raw";
import { fromLines, quotedQuestion } from "./prose-shapes";
import { questionLead } from "./question-lead";
import { asksOutright } from "./question-sentence";
import { isKeyOnly } from "./quiz-key";
import { columnOptions } from "./column-options";
import { nextNumbered } from "./numbered-question";
import { fromTable } from "./table";
import { htmlTableAt } from "./html-table";

/**
 * The question detectors for a run of blocks without headings (a section's body). Each finds
 * candidates of one shape (candidate.ts); then a shape's candidates are taken when they read as
 * questions, or all of them when most of their siblings of that shape do. A `questions` hint turns
 * every other detector off and takes every candidate of its shape.
 */

function candidatesIn(input: RootContent[], ctx: Ctx): { candidates: Candidate[]; paragraphs: number } {
  const nodes = detailsListed(input);
  const { hints } = ctx;
  const allowed = (shape: Candidate["shape"]) => shapeAllowed(hints, shape);
  const forced = forcedShape(hints);
  const candidates: Candidate[] = [];
  let lists = 0;
  let paragraphs = 0;
  const attach = (block: RootContent) => {
    const last = candidates[candidates.length - 1];
    // Code written at column 0 under an indented answer (the list ended by accident) is still its.
    const strayCode = block.type === "code" && last?.shape === "item" && last.input.answer.length > 0;
    if (last?.open || strayCode) last!.input.answer.push(block);
  };
  const last = () => candidates[candidates.length - 1];
  const push = (...found: Candidate[]) => candidates.push(...found.map((c) => (hints.answers === "below" ? { ...c, open: true } : c)));
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === "details" && allowed("details")) {
      const question = forced === "details" || summaryAsks(node.summaryText) || node.summaryBlocks.length > 0;
      const last = candidates[candidates.length - 1];
      if (!question && last && (hints.answers === "details" || isAnswerLabel(node.summaryText))) {
        // "Answer", "Show", "Solution": the hidden answer of the question above.
        if (hints.answers === "details") last.input.answer.push(node);
        else last.input.answer.push(...node.children);
        continue;
      }
      if (!question && node.summaryText === "") continue;
      push({ shape: "details", input: { prompt: node.summary, front: node.summaryBlocks, answer: [...node.children], line: lineOf(ctx, node) }, reads: question, list: -1, open: false });
      continue;
    }
    if (node.type === "table" && allowed("table")) {
      const rows = fromTable(node, ctx, lists++, forced === "table" || hints.answers === "next-column");
      if (rows.length) {
        push(...rows);
        continue;
      }
    }
    // A raw HTML <table> of question | answer rows, read as a pipe table is (html-table.ts).
    const html = node.type === "html" && allowed("table") ? htmlTableAt(nodes, i, forced === "table" || hints.answers === "next-column") : null;
    const htmlRows = html ? fromTable(html.table, ctx, lists, forced === "table" || hints.answers === "next-column") : [];
    if (html && htmlRows.length) {
      lists++;
      push(...htmlRows);
      i = html.end;
      continue;
    }
    if (node.type === "list" && (allowed("item") || allowed("plain"))) {
      const list = lists++;
      // A list under a bold or Q: question is its answer.
      const headingLed = node.children.some((item) => item.children[0]?.type === "heading");
      const last = candidates[candidates.length - 1];
      // "3. Which runs code?" over "1) S3 2) Lambda" at column 0 (markdown's list of its own): that question's options.
      const options = (last?.shape === "item" || last?.shape === "plain") && last.list === list - 1 && last.input.answer.length === 0 ? columnOptions(node, nodes[i + 1]) : null;
      if (options && last) {
        last.input.answer.push(...options);
        continue;
      }
      // Under `answers: below`, a list after a list question is the next questions when they read as such.
      const nextQuestions = last && (last.shape === "item" || last.shape === "plain") && mostlyQuestions(node);
      if (last?.open && !headingLed && forced !== "list" && !nextQuestions) {
        attach(node);
        continue;
      }
      const glossary = isGlossaryList(node);
      let mostly: boolean | undefined;
      const asking = () => (mostly ??= mostlyAsking(node));
      const items = node.children.map((item) => fromItem(item, ctx, list, glossary, asking)).filter((c): c is Candidate => c !== null);
      // In a glossary, an item that is no term over its definition and does not ask ("See also…") is said, not lost.
      const stray = (c: Candidate) => glossary && c.shape !== "term" && !c.reads && !c.fragment;
      for (const c of items.filter(stray)) warn(ctx, c.input.line, `"${promptText(c).slice(0, 60)}" in a glossary list is no term with its definition and was skipped`);
      const found = items.filter((c) => !stray(c));
      // "1. What is X?" alone in its list, its answer written at column 0 below it (and "2. …" a list
      // of its own): what follows, up to the next question, is its answer.
      const alone = found.length === 1 && node.children.length === 1 ? found[0]! : null;
      if (alone?.reads && alone.input.answer.length === 0) found[0] = { ...alone, open: true };
      if (found.length === 0) attach(node);
      push(...found);
      continue;
    }
    // A question and its answer in one quote: "> **What is X?**⏎> It is Y.".
    const pair = allowed("quote") && node.type === "blockquote" && !last()?.open ? quotedPair(node, (p) => boldLead(p) ?? questionLead(p)) : null;
    if (pair) {
      push({ shape: "quote", input: { prompt: pair.prompt, answer: pair.answer, line: lineOf(ctx, node) }, reads: true, list: -1, open: false });
      continue;
    }
    const quoted = quotedQuestion(node, nodes[i + 1], ctx.quotedQuestions);
    if (quoted && allowed("quote") && (!last() || !last()!.open || last()!.shape === "quote" || forced === "paragraph")) {
      // "> **Q:** What is X?": the label is not part of the question.
      push({ shape: "quote", input: { prompt: removeLabel(quoted, QA_QUESTION).children, answer: [], line: lineOf(ctx, node) }, reads: true, list: -1, open: true });
      continue;
    }
    if (node.type === "paragraph") {
      paragraphs++;
      const text = toString(node);
      const last = candidates[candidates.length - 1];
      if (allowed("qa") && QA_QUESTION.test(text)) {
        const pair = qaPair(node);
        const prompt = removeLabel(pair ? { ...node, children: pair.prompt } : node, QA_QUESTION).children;
        push({ shape: "qa", input: { prompt, answer: pair ? [pair.answer] : [], line: lineOf(ctx, node) }, reads: true, list: -1, open: true });
        continue;
      }
      // "Correct answer: A" alone at column 0 under a list's last question (its options above it): that quiz's key.
      if (last && last.list >= 0 && !last.open && nodes[i - 1]?.type === "list" && isKeyOnly(text)) {
        last.input.answer.push(node);
        continue;
      }
      if (last?.shape === "qa" && last.input.answer.length === 0 && QA_ANSWER.test(text)) {
        last.input.answer.push(removeLabel(node, QA_ANSWER));
        continue;
      }
      // "Idempotence⏎: The same result however often it runs.": a definition list's term and definition.
      const defined = allowed("term") && !last?.open ? definitionParagraph(node) : null;
      if (defined) {
        push({ shape: "term", input: { prompt: defined.term, answer: [defined.definition], line: lineOf(ctx, node) }, reads: true, list: -1, open: false });
        continue;
      }
      const lead = boldLead(node);
      if (allowed("bold") && lead) {
        push({ shape: "bold", input: { prompt: lead.prompt, answer: [lead.answer], line: lineOf(ctx, node) }, reads: true, list: -1, open: true });
        continue;
      }
      const bold = boldText(node);
      // "**Make this work:**" then code: a task, its code on the front (among bold questions, a question).
      const next = nodes[i + 1];
      const leadIn = next?.type === "code" && bold !== null && isLabel(toString({ type: "paragraph", children: bold }));
      if (allowed("bold") && bold && (forced === "bold" || leadIn || !isLabel(toString({ type: "paragraph", children: bold })))) {
        push({ shape: "bold", input: { prompt: bold, front: leadIn ? [next] : [], answer: [], line: lineOf(ctx, node) }, reads: readsAsQuestion(toString(node)), list: -1, open: true });
        if (leadIn) i++;
        continue;
      }
      // "一、Q" under "1、Q⏎A" (or the other way round): a numbered question of its own, not more of that answer.
      const numbered = allowed("lead") && forced === null ? nextNumbered(last, node, nodes[i + 1], ctx) : null;
      if (numbered) {
        push(numbered);
        continue;
      }
      if (allowed("paragraph") && (!last?.open || last.shape === "paragraph")) {
        // `questions: paragraph` takes every paragraph; with `answers: below`, those that ask, the rest their answers.
        const found = questionParagraph(node, ctx, forced !== "paragraph" ? "detect" : hints.answers === "below" ? "asking" : "every");
        if (found) {
          const before = nodes[i - 1];
          push({ ...found, after: before?.type === "list" ? (before.ordered ? "numbered" : "bulleted") : "prose" });
          continue;
        }
      }
      // "What is X?⏎\tIt is Y.": a question on its line, its answer on the lines under it.
      const asked = allowed("lead") && forced !== "paragraph" && (!last?.open || last.shape === "lead") ? questionLead(node) : null;
      if (asked) {
        push({ shape: "lead", input: { prompt: asked.prompt, answer: [asked.answer], line: lineOf(ctx, node) }, reads: true, list: -1, open: true });
        continue;
      }
      if (allowed("line") && !last?.open) {
        const lines = fromLines(node, ctx);
        if (lines.length) {
          push(...lines);
          continue;
        }
      }
    }
    attach(node);
  }
  return { candidates, paragraphs };
}

/** The cards in a run of blocks (`titled`: a section's, under its heading), in order. Candidates not taken are reported, never made into cards. */
export function cardsInBlocks(nodes: RootContent[], ctx: Ctx, titled = false): RawCard[] {
  const { candidates, paragraphs } = candidatesIn(nodes, ctx);
  const taken = accepted(candidates, { paragraphs, blocks: nodes.length, titled }, forcedShape(ctx.hints) !== null);
  const cards: RawCard[] = [];
  let previous: RawCard | null = null;
  for (const c of candidates) {
    if (!taken.has(c)) {
      if (c.fragment && previous) {
        previous.front.push(c.fragment);
      } else if ((c.shape === "bold" || c.shape === "details") && previous) {
        // A bold line (or a `<details>` summary) among questions that is not one: a sub-heading of the answer above.
        previous.answer.push({ type: "paragraph", children: [{ type: "strong", children: c.input.prompt }] }, ...c.input.answer);
      } else if (c.shape === "paragraph") {
        // A lone question-like paragraph among prose is prose: left out as any loose paragraph is;
        // right after a list of questions, or plainly asking, with nothing under it, it is a
        // question without its answer.
        const before = candidates[candidates.indexOf(c) - 1];
        if (c.after && c.after !== "prose" && before && taken.has(before)) warn(ctx, c.input.line, `"${promptText(c).slice(0, 60)}" after a ${c.after} list has no answer below it and was skipped`);
        else if (titled && c.after && c.input.answer.length === 0 && asksOutright(promptText(c))) warn(ctx, c.input.line, `"${promptText(c).slice(0, 60)}" has no answer below it and was skipped`);
      } else if (c.shape !== "plain" || c.reads) {
        warn(ctx, c.input.line, `"${toString({ type: "paragraph", children: c.input.prompt }).slice(0, 60)}" does not read as a question and was skipped`);
      }
      continue;
    }
    const card = makeCard(c.input, (line, message) => warn(ctx, line, message));
    if (card) {
      cards.push(card);
      previous = card;
    }
  }
  return cards;
}

/** How many `Q:`/`Exercise:` questions a run of blocks holds: questions by the author's own label. */
export const labelledQuestions = (nodes: RootContent[]): number => nodes.filter((n) => n.type === "paragraph" && QA_QUESTION.test(toString(n))).length;

/** Does this run of blocks hold a hidden answer (`<details><summary>Show</summary>`)? */
export function hasAnswerDetails(nodes: RootContent[]): boolean {
  return nodes.some((n) => n.type === "details" && !summaryAsks(n.summaryText) && n.summaryBlocks.length === 0);
}
