/*
 * The optimizer's worker: fsrs-rs, the FSRS project's own optimizer compiled to WebAssembly
 * (fsrs-browser), fitted to the user's reviews off the main thread. Bundled by esbuild into
 * public/vendor/ (scripts/build-worker.mjs), its wasm fetched from our origin by version.
 * It runs single-threaded: no thread pool is started, so the page needs no cross-origin isolation
 * (COEP); fsrs-browser's thread helper only listens for a message type this worker never receives.
 * Cancel terminates the worker.
 */
import init, { Fsrs } from "fsrs-browser";
import { fitAndEvaluate } from "@/lib/memory/fit";
import { FSRS_WASM_URL } from "@/lib/memory/assets";
import { type FitMessage, readFitRequest } from "./optimizer-protocol";

interface WorkerScope {
  postMessage(message: FitMessage): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  try {
    const request = readFitRequest(event.data);
    if (typeof request === "string") throw new Error(request);
    scope.postMessage({ type: "stage", stage: "loading" });
    await init({ module_or_path: FSRS_WASM_URL });
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
