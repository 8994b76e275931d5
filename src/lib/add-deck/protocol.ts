import { readerHintsSchema } from "@/lib/content/hints";
import { deckSchema } from "@/lib/content/models";
import { z } from "@/lib/zod-jitless";

/*
 * Messages between the add-deck page and the reader worker. Both sides validate what they receive:
 * the worker runs the reader on whatever the page sends, and the page saves what the worker returns.
 * `id` pairs an answer with its request, so a stale answer (the user steered again) is dropped.
 */
export const readRequestSchema = z.object({
  type: z.literal("read"),
  id: z.number().int().nonnegative(),
  input: z.object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    title: z.string().optional(),
    files: z.array(z.object({ path: z.string().min(1), text: z.string() })),
    hints: readerHintsSchema.optional(),
    displayPrefix: z.string().optional(),
  }),
});
export type ReadRequest = z.infer<typeof readRequestSchema>;

/**
 * Sent when the add-deck page opens (at an idle moment): the worker reads a small sample bank, so
 * the reader's code is downloaded, compiled and warmed before the user's file arrives. No answer.
 */
export const warmRequestSchema = z.object({ type: z.literal("warm") });
export type WarmRequest = z.infer<typeof warmRequestSchema>;

const problemSchema = z.object({ file: z.string(), line: z.number(), message: z.string(), fix: z.string() });
export type ReadProblem = z.infer<typeof problemSchema>;

/** An answer with its deck unchecked: the page checks the deck in slices (sliced-parse.ts). */
const answerSchema = <D extends z.ZodType>(deck: D) =>
  z.discriminatedUnion("type", [
    z.object({
      type: z.literal("done"),
      id: z.number().int().nonnegative(),
      deck,
      problems: z.array(problemSchema),
      warnings: z.array(z.string()),
      suggested: readerHintsSchema.nullable(), // the hints the doctor suggests for a bank with no questions
      steered: readerHintsSchema.pick({ questions: true, headingLevel: true, answers: true }).nullable(), // the shape the reader chose itself
      ms: z.number().nonnegative(), // time the reader took in the worker (shown in the preview)
    }),
    z.object({ type: z.literal("failed"), id: z.number().int(), message: z.string() }),
  ]);
export const readEnvelopeSchema = answerSchema(z.unknown());

export const readResponseSchema = answerSchema(deckSchema.nullable());
export type ReadResponse = z.infer<typeof readResponseSchema>;
export type ReadDone = Extract<ReadResponse, { type: "done" }>;

/** What the worker answers to anything that is not a valid request (id -1: nobody asked). */
export function invalidRequest(data: unknown): ReadResponse {
  const id = typeof data === "object" && data !== null && "id" in data && typeof data.id === "number" ? data.id : -1;
  return { type: "failed", id, message: "the reader received a request it does not understand" };
}
