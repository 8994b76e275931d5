import { decodeProgress, type Progress } from "@/lib/progress";
import type { ReplayFacts } from "./models";
import { statsForTopics } from "./for-topics";
import { replayFacts } from "./summary";
import { readStatsRequest, type StatsAnswer } from "./worker-protocol";

/**
 * What the stats worker does with each message (src/workers/stats.worker.ts wires it to the worker).
 * The last progress read and its replay are kept (in this closure): the page asks again each minute
 * with the same progress and a new "now".
 */
export function statsAnswerer(): (data: unknown) => StatsAnswer {
  let last: { text: string; progress: Progress; facts: ReplayFacts } | null = null;
  return (data) => {
    const request = readStatsRequest(data);
    if (!request) return { type: "error", id: -1, message: "not a statistics request" };
    const { id, progress: text, topics, now } = request;
    try {
      if (last?.text !== text) {
        const decoded = decodeProgress(text);
        if (!decoded.ok) return { type: "error", id, message: decoded.message };
        last = { text, progress: decoded.progress, facts: replayFacts(decoded.progress) };
      }
      return { type: "stats", id, stats: statsForTopics(last.progress, topics, now, last.facts) };
    } catch (error) {
      return { type: "error", id, message: error instanceof Error ? error.message : String(error) };
    }
  };
}

