import type { PhrasingContent, RootContent } from "mdast";
import type { ReaderHints } from "./hints";

/** A question found in a file, before ids and HTML are made. */
export interface RawCard {
  prompt: string; // plain text, numbering, pin and trailing decoration removed
  promptNodes: PhrasingContent[]; // the same as markdown, for inline rendering
  front: RootContent[]; // blocks shown with the question (a quiz's code); usually empty
  answer: RootContent[]; // empty when the bank has no answer
  followUps: PhrasingContent[][]; // follow-up questions nested under the question
  pin: string | null; // `{#id}` written by the author
  line: number; // where the question starts (file line)
  tags?: string[]; // a one-question file's own tags (from its metadata); else the topic's
  file?: string; // a one-question file's own file; else the topic's
}

/** What the detectors found under one heading (or in a whole file): cards and sub-groups. */
export interface RawGroup {
  title: string | null; // the heading's text; null for a file's top
  line: number;
  cards: RawCard[];
  children: RawGroup[];
}

/** Where a detector is working, for line numbers and notes. */
export interface Ctx {
  file: string;
  lineOffset: number; // lines taken by front matter
  warnings: string[];
  hints: ReaderHints; // steering: overrides detection (hints.ts)
  quotedQuestions: boolean; // the file sets its questions in bare block quotes (prose-shapes.ts `quotesAsk`)
}

export const lineOf = (ctx: Ctx, node: { position?: { start: { line: number } } }): number =>
  (node.position?.start.line ?? 1) + ctx.lineOffset;

export const warn = (ctx: Ctx, line: number, message: string): void => {
  ctx.warnings.push(`${ctx.file}:${line}: ${message}`);
};
