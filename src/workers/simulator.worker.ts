/*
 * The retention simulator's worker: replays the user's cards forward under each desired retention
 * (pure domain code, src/lib/memory/simulate.ts), off the main thread.
 */
import { simulateRetentions, type RetentionCost } from "@/lib/memory/simulate";
import type { CardState } from "@/lib/srs";

export interface SimulateRequest {
  states: [string, CardState][]; // every reviewed card's state
  now: number; // the present moment
  secondsPerReview: number; // the user's measured time per review
  weights?: number[]; // the applied parameters, if any
}

export interface SimulateResult {
  month: RetentionCost[]; // over 30 days
  quarter: RetentionCost[]; // over 90 days
}

interface WorkerScope {
  postMessage(message: SimulateResult): void;
  onmessage: ((event: MessageEvent<SimulateRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { states, now, secondsPerReview, weights } = event.data;
  const map = new Map(states);
  const opts = { now, secondsPerReview, weights };
  scope.postMessage({ month: simulateRetentions(map, { ...opts, days: 30 }), quarter: simulateRetentions(map, { ...opts, days: 90 }) });
};
