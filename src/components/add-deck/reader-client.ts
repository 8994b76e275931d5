import type { ReaderHints } from "@/lib/content/hints";
import type { BankFile } from "@/lib/add-deck/collect";
import { type ReadDone, type ReadRequest, readEnvelopeSchema, type WarmRequest } from "@/lib/add-deck/protocol";
import { parseDeckInSlices, pauseAfter } from "@/lib/add-deck/sliced-parse";

/*
 * The page's side of the reader worker: one worker per page, requests numbered, answers validated
 * (the worker is ours, but what it returns is saved as is, so it is checked like any input: the
 * envelope at once, the deck in slices between which the page can paint). An answer to an older
 * request is dropped: only the latest steering counts.
 */
const unusable = () => new Error("The reader answered with something the page cannot use.");

export interface ReaderClient {
  read(input: { slug: string; title: string; files: BankFile[]; hints: ReaderHints }): Promise<ReadDone | null>;
  /** Has the worker read a sample bank now, so the user's first read finds the reader warm. */
  warm(): void;
  dispose(): void;
}

export function createReaderClient(): ReaderClient {
  const worker = new Worker(new URL("../../workers/reader.worker.ts", import.meta.url), { type: "module", name: "prepdeck-reader" });
  let latest = 0;
  const waiting = new Map<number, { resolve: (d: ReadDone | null) => void; reject: (e: Error) => void }>();
  worker.addEventListener("message", (event: MessageEvent<unknown>) => {
    const parsed = readEnvelopeSchema.safeParse(event.data);
    if (!parsed.success) {
      for (const w of waiting.values()) w.reject(unusable());
      waiting.clear();
      return;
    }
    const answer = parsed.data;
    const w = waiting.get(answer.id);
    if (!w) return;
    waiting.delete(answer.id);
    if (answer.type === "failed") return w.reject(new Error(answer.message));
    if (answer.id !== latest) return w.resolve(null);
    if (answer.deck === null) return w.resolve({ ...answer, deck: null });
    void parseDeckInSlices(answer.deck, pauseAfter(() => performance.now())).then((deck) => (deck.success ? w.resolve({ ...answer, deck: deck.data }) : w.reject(unusable())));
  });
  // A worker whose code could not load (offline before the reader was ever cached) answers nothing:
  // remember why, so a read asked after the warm-up failed is refused at once, not left waiting.
  let failure: Error | null = null;
  worker.addEventListener("error", (event) => {
    failure = new Error(`The reader could not start${event.message ? `: ${event.message}` : ""}. Check your connection and reload the page.`);
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  });
  return {
    read(input) {
      if (failure) return Promise.reject(failure);
      const id = ++latest;
      const request: ReadRequest = { type: "read", id, input };
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage(request);
      });
    },
    warm() {
      const request: WarmRequest = { type: "warm" };
      worker.postMessage(request);
    },
    dispose() {
      worker.terminate();
      waiting.clear();
    },
  };
}
