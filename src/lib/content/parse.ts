import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { parseFolded } from "./details-skip";
import type { ReaderHints } from "./hints";
import { proseFromIndentedCode } from "./indented-prose";
import { mdxToMarkdown } from "./mdx";
import { loosenHeadings } from "./loose-headings";
import { mkdocsToMarkdown, restoreLines } from "./mkdocs";
import { containersToMarkdown } from "./containers";
import { makeCard } from "./card";
import { type Ctx, lineOf, type RawCard, type RawGroup } from "./raw";
import { dropPromoLines, dropTrailingPromo } from "./promo";
import { trimAnswerEnd } from "./answer-end";
import { quotesAsk } from "./prose-shapes";
import { dropRepeats } from "./repeats";
import { readSections } from "./sections";
import { isNumberedLabel } from "./text";
import { flatten } from "./topics";

export type { RawCard, RawGroup } from "./raw";

export interface ParsedBody {
  root: RawGroup; // the file's groups and cards, its single top heading already stepped into
  title: string | null; // the file's own title: its single top heading, when it has one
  /** The file as one question: its single `#` heading, everything below it the answer (when asked for, and the file has at most one card). */
  lone: RawCard | null;
  warnings: string[];
}

export { frontText } from "./repeats";

/**
 * `answers: details`: the answer is what the question's `<details>` hide; the blocks shown beside
 * them (code, context) go on the front. A question without one keeps what is below it.
 */
function answersInDetails(group: RawGroup): RawGroup {
  const cards = group.cards.map((c) => {
    const hidden = c.answer.filter((b) => b.type === "details");
    if (hidden.length === 0) return c;
    const shown = c.answer.filter((b) => b.type !== "details");
    return { ...c, front: [...c.front, ...shown], answer: hidden.flatMap((d) => d.children) };
  });
  return { ...group, cards, children: group.children.map(answersInDetails) };
}

/** "1", "#12", "No. 3", "Question 3", "Q12": a heading that only numbers the file's question. */
const numbersOnly = (title: string) => /^\s*(?:No\.?\s*)?#?\s*\p{Nd}+\s*[.:：)]?\s*$/u.test(title) || isNumberedLabel(title);

/**
 * A file under one `#` heading, read as that heading's question and its answer (a folder of
 * one-question files). A heading that only numbers it ("# 1", "# Question 3") is no question: the
 * paragraph under it is, the rest its answer.
 */
function loneQuestion(nodes: RootContent[], ctx: Ctx): RawCard | null {
  const at = nodes.findIndex((n) => n.type === "heading");
  const top = nodes[at];
  if (top?.type !== "heading" || top.depth !== 1 || nodes.some((n, i) => i !== at && n.type === "heading" && n.depth === 1)) return null;
  const first = nodes[at + 1];
  if (first?.type === "paragraph" && numbersOnly(toString(top))) return makeCard({ prompt: first.children, answer: nodes.slice(at + 2), line: lineOf(ctx, first) }, () => {});
  return makeCard({ prompt: top.children, answer: nodes.slice(at + 1), line: lineOf(ctx, top) }, () => {});
}

/** Reads a file's markdown body (`.md` or `.mdx`) into groups of cards. */
export function parseBody(file: string, body: string, lineOffset: number, options: { mdx?: boolean; hints?: ReaderHints; lone?: boolean } = {}): ParsedBody {
  const markdown = loosenHeadings(options.mdx ? mdxToMarkdown(body) : body);
  const mkdocs = mkdocsToMarkdown(markdown);
  const containers = containersToMarkdown(mkdocs?.text ?? markdown);
  const source = containers?.text ?? mkdocs?.text ?? markdown;
  // Sentences a bank indented under its questions are the answer's paragraphs, not code.
  const nodes = proseFromIndentedCode(parseFolded(source), source);
  // Each written line back to its line in the file, through both rewrites.
  const lines = containers && mkdocs ? containers.lines.map((l) => mkdocs.lines[l - 1] ?? l) : (containers ?? mkdocs)?.lines;
  if (lines) restoreLines(nodes, lines);
  const ctx: Ctx = { file, lineOffset, warnings: [], hints: options.hints ?? {}, quotedQuestions: quotesAsk(nodes) };
  let root = readSections(nodes, ctx);
  let title: string | null = null;
  // `# Bank title` over everything: step into it, it names the file rather than a topic.
  while (root.cards.length === 0 && root.children.length === 1) {
    title ??= root.children[0]!.title;
    root = root.children[0]!;
  }
  if (ctx.hints.answers === "details") root = answersInDetails(root);
  root = dropRepeats(root, ctx);
  // The file's last answer runs to its end, where a promotional banner may stand; any answer may
  // end in a line asking the reader for a star or a follow.
  const cards = flatten(root);
  const last = cards.reduce<RawCard | null>((a, c) => (a === null || c.line > a.line ? c : a), null);
  for (const c of cards) c.answer = trimAnswerEnd(c === last ? dropTrailingPromo(c.answer) : dropPromoLines(c.answer));
  // The lone card is only ever taken from a file of at most one card (read-file.ts): not made for others.
  return { root, title, lone: options.lone && cards.length <= 1 ? loneQuestion(nodes, ctx) : null, warnings: ctx.warnings };
}
