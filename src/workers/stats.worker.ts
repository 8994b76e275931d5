/*
 * The /stats worker: decodes the progress it is handed, replays the log once and computes every
 * statistic (pure domain code, src/lib/stats), off the main thread. Protocol and checks:
 * src/lib/stats/worker-protocol.ts. The replay is kept for the next request with the same progress
 * (the page asks again each minute, for the new "now").
 */
import { statsAnswerer } from "@/lib/stats/worker-answer";
import type { StatsAnswer } from "@/lib/stats/worker-protocol";

interface WorkerScope {
  postMessage(message: StatsAnswer): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const answer = statsAnswerer();
scope.onmessage = (event) => scope.postMessage(answer(event.data));
