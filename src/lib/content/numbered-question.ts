import type { Paragraph, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Candidate } from "./candidate";
import { linesOf } from "./phrasing-lines";
import { questionLead } from "./question-lead";
import { readsAsQuestion } from "./question-text";
import { lineOf, type Ctx } from "./raw";
import { stripNumbering } from "./text";

/*
 * A section that numbers its questions two ways ("1、Q⏎A" paragraphs, then "一、Q" over an answer
 * paragraph, as Chinese banks mix them) holds questions of two shapes: the first found (a question
 * over its answer lines, or over the paragraphs after it) is open, and would take the other shape's
 * questions as more of its answer. A numbered paragraph that asks, after an open numbered question,
 * its own answer under it, is a question of its own.
 */

const numbered = (text: string) => stripNumbering(text.trim()) !== text.trim();

/** A paragraph that asks on its numbered first line: over its answer lines, or over the block after it that does not ask. */
function answered(node: Paragraph, next: RootContent | undefined): "lines" | "below" | null {
  const lines = linesOf(node.children);
  if (!numbered(lines[0] ?? "") || !readsAsQuestion(lines[0]!)) return null;
  if (lines.length > 1) return "lines";
  const asks = next?.type === "paragraph" && readsAsQuestion(toString(next));
  return next && next.type !== "heading" && next.type !== "thematicBreak" && !asks ? "below" : null;
}

/**
 * The candidate for a numbered question paragraph after an open numbered question of the other
 * shape, lead or paragraph (which would otherwise take it as its answer). Null for any other paragraph.
 */
export function nextNumbered(last: Candidate | undefined, node: Paragraph, next: RootContent | undefined, ctx: Ctx): Candidate | null {
  if (!last?.open || (last.shape !== "lead" && last.shape !== "paragraph")) return null;
  if (!numbered(toString({ type: "paragraph", children: last.input.prompt }))) return null;
  const how = answered(node, next);
  // Only the other shape: one of the same shape is read by that shape's own rule (as a paragraph question, or a lead).
  if (how === null || (how === "lines") === (last.shape === "lead")) return null;
  const lead = how === "lines" ? questionLead(node) : null;
  if (how === "lines" && !lead) return null;
  const input = lead ? { prompt: lead.prompt, answer: [lead.answer] } : { prompt: node.children, answer: [] };
  return { shape: "lead", input: { ...input, line: lineOf(ctx, node) }, reads: true, list: -1, open: true };
}
