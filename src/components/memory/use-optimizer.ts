import { useEffect, useRef, useState } from "react";
import type { FitReport, FitStage, TooFew } from "@/lib/memory";
import { toColumns } from "@/lib/memory/history";
import type { ReviewEntry } from "@/lib/progress";
import { OPTIMIZER_WORKER_URL } from "@/lib/memory/assets";
import type { FitRequest } from "@/workers/optimizer-protocol";
import { readFitMessage } from "@/workers/optimizer-messages";

export type OptimizerState =
  | { status: "idle" }
  | { status: "running"; stage: FitStage | "loading" | "starting"; startedAt: number }
  | { status: "done"; report: FitReport | TooFew }
  | { status: "error"; message: string };

/** Runs the optimizer in its worker, with Cancel; one run at a time, the worker ended after each. */
export function useOptimizer() {
  const [state, setState] = useState<OptimizerState>({ status: "idle" });
  const worker = useRef<Worker | null>(null);
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);
  const run = (log: readonly ReviewEntry[], rolloverHour: number) => {
    stop();
    // Bundled by scripts/build-worker.mjs into public/vendor/ (not by Turbopack: see that script).
    const w = new Worker(OPTIMIZER_WORKER_URL);
    worker.current = w;
    setState({ status: "running", stage: "starting", startedAt: Date.now() });
    w.onmessage = (event: MessageEvent<unknown>) => {
      const m = readFitMessage(event.data);
      if (m.type === "stage") setState((s) => (s.status === "running" ? { ...s, stage: m.stage } : s));
      else {
        setState(m.type === "done" ? { status: "done", report: m.report } : { status: "error", message: m.message });
        stop();
      }
    };
    w.onerror = (event) => {
      setState({ status: "error", message: event.message || "the optimizer could not start in this browser" });
      stop();
    };
    const request: FitRequest = { type: "fit", columns: toColumns(log), rolloverHour, now: Date.now() };
    w.postMessage(request, [request.columns.card.buffer, request.columns.rating.buffer, request.columns.at.buffer]);
  };
  const cancel = () => {
    stop();
    setState({ status: "idle" });
  };
  return { state, run, cancel, reset: () => setState({ status: "idle" }) };
}
