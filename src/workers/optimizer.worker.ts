/*
 * The optimizer's worker: fsrs-rs, the FSRS project's own optimizer compiled to WebAssembly
 * (fsrs-browser), fitted to the user's reviews off the main thread. It runs single-threaded: no
 * thread pool is started, so the page needs no cross-origin isolation (COEP); the wasm's shared
 * memory is still created, which Chromium allows without isolation. Cancel terminates the worker.
 */
import init, { Fsrs } from "fsrs-browser";
import { fitAndEvaluate } from "@/lib/memory";
import type { FitMessage, FitRequest } from "./optimizer-protocol";

interface WorkerScope {
  postMessage(message: FitMessage): void;
  onmessage: ((event: MessageEvent<FitRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const request = event.data;
  try {
    scope.postMessage({ type: "stage", stage: "loading" });
    await init();
    const fsrs = new Fsrs();
    const report = fitAndEvaluate(
      request.columns,
      request.rolloverHour,
      request.now,
      (offset, log) => fsrs.computeParametersAnki(offset, log.cids, log.eases, log.ids, log.types, null, true),
      (stage) => scope.postMessage({ type: "stage", stage }),
    );
    scope.postMessage({ type: "done", report });
  } catch (error) {
    scope.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
