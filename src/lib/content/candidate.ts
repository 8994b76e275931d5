import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { CardInput } from "./card";
import type { QuestionShape, ReaderHints } from "./hints";

/**
 * A block detector's find: a possible question of one shape. The shapes:
 * - details:   `<details><summary>Question</summary>answer</details>`
 * - item:      a list item led by a heading or bold text, or with its answer nested below
 * - plain:     a bullet that is only a question (banks of questions without answers)
 * - bold:      a paragraph that is all bold, the answer in the paragraphs after it
 * - qa:        `Q: …` then `A: …`
 * - line:      plain paragraphs with one question per line
 * - paragraph: one question per paragraph, the blocks after it its answer
 * - table:     a table row, question | answer
 * - quote:     a block quote that is one question, set into prose; the blocks after it its answer
 * - term:      "- **Term** — definition" in a glossary list: the term is the front
 * - lead:      a paragraph whose first line asks, its answer on the lines under it
 */
export type Shape = "details" | "item" | "plain" | "bold" | "qa" | "line" | "paragraph" | "table" | "quote" | "term" | "lead";

export interface Candidate {
  shape: Shape;
  input: CardInput;
  reads: boolean;
  list: number; // which list (or table) a candidate came from: plain bullets and rows are judged per list
  open: boolean; // takes the blocks that follow it as its answer
  fragment?: RootContent; // a bullet of only code or links: part of the question above, never one itself
  after?: "numbered" | "bulleted" | "prose"; // a lone paragraph question, and what stands before it (blocks.ts: a card alone, when answered)
}

/** The block shapes each `questions` hint allows; "auto" allows all, "heading" none (headings only). */
const SHAPES_OF: Record<QuestionShape, readonly Shape[] | "all"> = {
  auto: "all",
  heading: [],
  bold: ["bold"],
  list: ["item", "plain", "term"],
  table: ["table"],
  "qa-label": ["qa"],
  details: ["details"],
  paragraph: ["paragraph", "quote", "lead"],
};

/** The question shape the hints force, if any (`headingLevel` alone means headings). */
export function forcedShape(hints: ReaderHints): QuestionShape | null {
  if (hints.questions && hints.questions !== "auto") return hints.questions;
  return hints.headingLevel !== undefined ? "heading" : null;
}

export function shapeAllowed(hints: ReaderHints, shape: Shape): boolean {
  const forced = forcedShape(hints);
  if (!forced) return true;
  const allowed = SHAPES_OF[forced];
  return allowed === "all" || allowed.includes(shape);
}

/** A candidate's question as plain text (numbering and all), for notes and tests on its words. */
export const promptText = (c: Candidate): string => toString({ type: "paragraph", children: c.input.prompt });
