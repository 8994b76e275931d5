import type { ReaderHints, ShapeHint } from "@/lib/content/hints";
import type { Deck } from "@/lib/content/models";
import { withoutRemoteImages } from "./images";
import { invalidRequest, type ReadRequest, readRequestSchema, type ReadResponse, warmRequestSchema } from "./protocol";
import { warmUpFiles } from "./warm-up";

/*
 * The worker's whole job, without the worker: validate the request, run the reader, turn remote
 * pictures into links (images.ts), answer. Kept
 * here (pure, reader injected) so the protocol is tested in Node; the worker file only wires it.
 */
export interface ReaderResult {
  deck: Deck | null;
  problems: { file: string; line: number; message: string; fix: string }[];
  warnings: string[];
  suggested: ReaderHints | null;
  steered: ShapeHint | null;
}
export type Reader = (input: ReadRequest["input"]) => Promise<ReaderResult>;

/** The answer to `data`; null for a warm-up, which reads the sample bank and answers nothing. */
export async function serveRead(data: unknown, read: Reader, clock: () => number): Promise<ReadResponse | null> {
  if (warmRequestSchema.safeParse(data).success) {
    // A failed warm-up is no one's concern: the user's read, if it fails too, says why.
    await read({ slug: "u-warm-up", title: "Warm-up", files: warmUpFiles(), hints: {} }).catch(() => null);
    return null;
  }
  const request = readRequestSchema.safeParse(data);
  if (!request.success) return invalidRequest(data);
  const started = clock();
  try {
    const result = await read(request.data.input);
    // Remote pictures become links here, in the worker: one pass over every answer the page need not make.
    const deck = result.deck ? withoutRemoteImages(result.deck) : null;
    return { type: "done", id: request.data.id, deck, problems: result.problems, warnings: result.warnings, suggested: result.suggested, steered: result.steered, ms: Math.max(0, clock() - started) };
  } catch (e) {
    return { type: "failed", id: request.data.id, message: `the reader stopped: ${e instanceof Error ? e.message : String(e)}` };
  }
}
