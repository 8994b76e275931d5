import { z } from "@/lib/zod-jitless";

/*
 * Steering hints: a small, documented set of overrides for when the reader's detection guesses wrong.
 * The same object comes from a bank's `_deck.md` front matter at build time (key `reader:`) and from
 * the add-deck page in the browser (saved with the deck), so a steered bank loads identically both ways.
 * Every field is optional; an empty object means "detect everything" (the default).
 */
export const QUESTION_SHAPES = ["auto", "heading", "bold", "list", "table", "qa-label", "details", "paragraph"] as const;
export type QuestionShape = (typeof QUESTION_SHAPES)[number];

export const ANSWER_PLACES = ["auto", "below", "details", "next-column"] as const;
export type AnswerPlace = (typeof ANSWER_PLACES)[number];

export const readerHintsSchema = z
  .object({
    /** What a question is. @default "auto" (every detector) */
    questions: z.enum(QUESTION_SHAPES).optional(),
    /** With `questions: heading`, the heading level of questions (1–6); shallower headings are topics. */
    headingLevel: z.number().int().min(1).max(6).optional(),
    /** Where a question's answer is. @default "auto" (everything until the next question) */
    answers: z.enum(ANSWER_PLACES).optional(),
    /** Section titles (exact, case-insensitive) or file paths/globs (`*` and `**`) to leave out. */
    skip: z.array(z.string().trim().min(1).max(200)).max(100).optional(),
    /** The deck's title and one-line description, overriding what the bank says. */
    title: z.string().trim().min(1).max(120).optional(),
    description: z.string().trim().max(300).optional(),
  })
  .strict();
export type ReaderHints = z.infer<typeof readerHintsSchema>;

/** What a hint means, in plain words, for the add-deck page and the deck page. */
export const QUESTION_SHAPE_LABELS: Record<QuestionShape, string> = {
  auto: "Detect (headings, bullets, bold lines, tables, Q:/A: pairs, <details>)",
  heading: "Headings (choose the level)",
  bold: "Whole-bold paragraphs",
  list: "List items",
  table: "Table rows (question | answer)",
  "qa-label": "Q: / A: labels",
  details: "<details> summaries",
  paragraph: "One question per paragraph",
};

/** A question shape to steer by: the shape, and the heading level or answer place it needs. */
export type ShapeHint = Pick<ReaderHints, "questions" | "headingLevel" | "answers">;

/** A shape hint as a user writes it under `reader:` (or picks it on the add-deck page): "questions: paragraph, answers: below". */
export function hintText(hint: ShapeHint): string {
  const level = hint.headingLevel ? `, headingLevel: ${hint.headingLevel}` : "";
  const answers = hint.answers ? `, answers: ${hint.answers}` : "";
  return `questions: ${hint.questions ?? "auto"}${level}${answers}`;
}

/** `hints` steered to `shape`: the old shape's heading level and answer place go with it; skips and titles stay. */
export function steeredTo(hints: ReaderHints, shape: ShapeHint): ReaderHints {
  const rest: ReaderHints = { ...hints };
  delete rest.questions;
  delete rest.headingLevel;
  delete rest.answers;
  return { ...rest, ...shape };
}

/**
 * The note for a file the reader read in a shape it chose itself (read.ts: paragraph questions, or
 * headings of one level, when nothing in the deck asks): how it read it, and that steering reads it
 * otherwise. One text for the build's notes and the add-deck page, which shows it in plain view.
 */
export function selfSteeredNote(hint: ShapeHint): string {
  const how =
    hint.questions === "heading"
      ? `read as one question per level-${hint.headingLevel ?? 2} heading, each answered by what is under it`
      : "read as one question per paragraph, each answered by what is below it";
  return `${how} (\`${hintText(hint)}\`): no heading, bullet or bold line asks a question; steer the reader if this is wrong`;
}
