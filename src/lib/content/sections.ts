import type { Heading, RootContent } from "mdast";
import { cardsInBlocks, hasAnswerDetails, labelledQuestions } from "./blocks";
import { isAnswerTitle } from "./answer-heading";
import { forcedShape } from "./candidate";
import { makeCard } from "./card";
import { headingText } from "./inline-cleanup";
import { readsAsQuestion } from "./question-text";
import { type Ctx, lineOf, type RawCard, type RawGroup, warn } from "./raw";
import { groupTitleOf, type Section, sectionName, sectionTree, titleOf } from "./section-tree";
import { skipsSection } from "./skip";
import { isBoilerplateTitle, isNumberedLabel } from "./text";

/*
 * Headings, read by what they hold rather than by their depth:
 * - a heading that reads as a question is a card; everything below it (sub-headings included) is
 *   its answer;
 * - a heading whose sections or body hold questions is a group (a topic, or part of one);
 * - among sibling headings of which most are questions, the others with an answer below are too;
 * - a heading whose body was only a table of contents is transparent: its sections move up
 *   (section-tree.ts builds the tree).
 */

/**
 * "### Problem 3" over "Write a function that…" and its solution: a heading that only numbers a
 * question (isNumberedLabel), with nothing read inside it, is the card of its first paragraph, the
 * rest its answer (with what an "## Answer" heading beside it holds). Null when it holds other sections
 * of its own or opens with anything but a paragraph.
 */
function labelledCard(s: Section, ctx: Ctx): RawCard | null {
  // "## Answer" beside it was read under it (section-tree.ts): its blocks are in `all`, after the question's.
  const answered = s.children.length > 0 && s.children.every((c) => c.heading !== null && isAnswerTitle(headingText(c.heading)));
  const [first, ...rest] = answered ? s.all : s.body;
  if (!s.heading || !isNumberedLabel(headingText(s.heading)) || (s.children.length > 0 && !answered) || first?.type !== "paragraph") return null;
  return makeCard({ prompt: first.children, answer: rest, line: lineOf(ctx, first) }, (line, message) => warn(ctx, line, message));
}

function cardOf(s: Section, ctx: Ctx): RawCard | null {
  // "### Question 1", its question, "### Answer" and the answer: the label names nothing, the paragraph asks.
  const [first, ...rest] = s.all;
  if (isNumberedLabel(headingText(s.heading!)) && first?.type === "paragraph") return makeCard({ prompt: first.children, answer: rest, line: lineOf(ctx, first) }, (line, message) => warn(ctx, line, message));
  return makeCard({ prompt: s.heading!.children, answer: s.all, line: lineOf(ctx, s.heading!) }, (line, message) => warn(ctx, line, message));
}

const hasBody = (s: Section) => s.all.some((n) => n.type !== "html");

/** A title of two words or more that points at what follows it ("Types of scheduling algorithms:"), not a label ("Example:"). */
const isPromptTitle = (title: string) => /[:：]\s*$/.test(title) && title.trim().split(/\s+/).length >= 2 && !readsAsQuestion(title);

const countCards = (g: RawGroup): number => g.cards.length + g.children.reduce((n, c) => n + countCards(c), 0);

const QA_HEADING = /^\s*(?:Q|Question)\s*\d*\s*[:：]/i;

/** How a sub-section reads: a question (the heading), a group of questions, or neither. */
type As = "question" | "group" | "other";

/**
 * Detection, unless a hint decides: `questions: heading` makes headings of one level the questions
 * (the deepest level the file uses, or `headingLevel`), shallower ones groups; any other forced shape
 * makes headings only groups.
 */
function kindOf(s: Section, asGroup: RawGroup, ctx: Ctx, questionLevel: number | null): As {
  const forced = forcedShape(ctx.hints);
  if (forced === "heading" && questionLevel !== null) {
    const depth = s.heading?.depth ?? 0;
    if (depth === questionLevel) return "question";
    return countCards(asGroup) > 0 ? "group" : "other";
  }
  // A question heading stays one card, however question-like the lines of its answer look: only
  // sub-headings that hold questions make it a group. A `Q:` label is a question by the author's word.
  const question = readsAsQuestion(titleOf(s)) || (s.heading !== null && QA_HEADING.test(headingText(s.heading)));
  // …unless it holds questions labelled as such by the author ("Exercise:", "Q:"): then it groups them.
  if (!forced && question && asGroup.children.length === 0 && labelledQuestions(s.body) < 2) return "question";
  if (!forced && (question || hasAnswerDetails(s.body)) && asGroup.cards.length < 2 && labelledQuestions(s.body) < 2) return "question";
  return countCards(asGroup) > 0 ? "group" : "other";
}

/** Reads one section (a heading and what it holds) into cards and sub-groups. */
function read(section: Section, ctx: Ctx, questionLevel: number | null, depths: Set<number> = new Set()): RawGroup {
  const group: RawGroup = {
    title: section.heading ? groupTitleOf(section) : null,
    line: section.heading ? lineOf(ctx, section.heading) : 1,
    // Prose that asks is read for questions under a section's title: not a file's `#` title (its
    // introduction), front or back matter ("About"), nor a question's own answer.
    cards: cardsInBlocks(section.body, ctx, (section.heading?.depth ?? 1) > 1 && !isBoilerplateTitle(titleOf(section)) && !readsAsQuestion(titleOf(section))),
    children: [],
  };
  type Kind = { s: Section; as: As; group: RawGroup; warnings: string[] };
  const kinds: Kind[] = section.children.flatMap((s) => {
    if (skipsSection(titleOf(s), ctx.hints.skip)) {
      if (s.heading) warn(ctx, lineOf(ctx, s.heading), `section "${titleOf(s)}" was skipped (the skip hint)`);
      return [];
    }
    // Read as a group first, its warnings held back: if it is a question, what it holds is an answer.
    const local: Ctx = { ...ctx, warnings: [] };
    const asGroup = read(s, local, questionLevel, depths);
    return [{ s, group: asGroup, warnings: local.warnings, as: kindOf(s, asGroup, ctx, questionLevel) }];
  });
  const loose = kinds.filter((k) => k.as !== "group");
  const questions = loose.filter((k) => k.as === "question").length;
  const most = !forcedShape(ctx.hints) && questions >= 2 && questions / loose.length >= 0.5;
  // "### Types of scheduling algorithms:" over its answer beside "### What is a process?": a title
  // that points at what follows is a prompt ("List the types of…") when a sibling asks and, with
  // it, most of the siblings read so. Titles of notes (no sibling asks) stay titles.
  const prompts = loose.filter((k) => k.as === "other" && isPromptTitle(titleOf(k.s)) && hasBody(k.s)).length;
  const prompting = !forcedShape(ctx.hints) && questions >= 1 && prompts >= 1 && (questions + prompts) / loose.length >= 0.5;
  let labelled: RawCard | null = null;
  for (const k of kinds) {
    const atQuestionDepth = k.s.heading !== null && depths.has(k.s.heading.depth) && k.s.children.length === 0;
    const pulledIn = (most || atQuestionDepth || (prompting && isPromptTitle(titleOf(k.s)))) && hasBody(k.s) && !isBoilerplateTitle(titleOf(k.s));
    if (k.as === "question" || (k.as === "other" && pulledIn)) {
      const card = cardOf(k.s, ctx);
      if (card) group.cards.push(card);
    } else if (k.s.title === "" && k.group.cards.length === 0 && k.group.children.length === 0 && (labelled = labelledCard(k.s, ctx))) {
      group.cards.push(labelled);
    } else if (k.as === "group" && k.s.title === "") {
      // "## 1", "## 2": a section titled only by its place names nothing; its questions are the section's above.
      group.cards.push(...k.group.cards);
      group.children.push(...k.group.children);
      ctx.warnings.push(...k.warnings);
    } else if (k.as === "group") {
      group.children.push(k.group);
      ctx.warnings.push(...k.warnings);
    }
    else if (k.s.heading) warn(ctx, lineOf(ctx, k.s.heading), `${sectionName(k.s)} has no questions and was skipped`);
  }
  return group;
}

/** The heading level of questions under `questions: heading`: the hint's, else the deepest level used. */
function questionLevelOf(nodes: RootContent[], ctx: Ctx): number | null {
  if (forcedShape(ctx.hints) !== "heading") return null;
  if (ctx.hints.headingLevel !== undefined) return ctx.hints.headingLevel;
  const depths = nodes.filter((n): n is Heading => n.type === "heading").map((h) => h.depth);
  return depths.length ? Math.max(...depths) : null;
}

/**
 * Heading levels the file uses for questions: where most headings with an answer and no sub-headings
 * read as questions, across sections. A term heading at that level ("Dispatcher-Servlet") in a
 * section with no question-like heading at all is a question too.
 */
function questionDepths(root: Section, ctx: Ctx): Set<number> {
  const counts = new Map<number, [number, number]>();
  const visit = (s: Section) => {
    if (s.heading && s.children.length === 0 && s.all.some((n) => n.type !== "html")) {
      const [reads, all] = counts.get(s.heading.depth) ?? [0, 0];
      counts.set(s.heading.depth, [reads + (readsAsQuestion(titleOf(s)) ? 1 : 0), all + 1]);
    }
    s.children.forEach(visit);
  };
  if (!forcedShape(ctx.hints)) visit(root);
  return new Set([...counts].filter(([, [reads, all]]) => reads >= 3 && reads / all >= 0.6).map(([depth]) => depth));
}

/** Reads a file's blocks into a tree of groups and cards. */
export function readSections(nodes: RootContent[], ctx: Ctx): RawGroup {
  const root = sectionTree(nodes, ctx);
  return read(root, ctx, questionLevelOf(nodes, ctx), questionDepths(root, ctx));
}
