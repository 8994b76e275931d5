import { decodeStoredDocument, type Progress } from "@/lib/progress";
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
  let last: { key: string; progress: Progress; facts: ReplayFacts } | null = null;
  return (data) => {
    const request = readStatsRequest(data);
    if (!request) return { type: "error", id: -1, message: "not a statistics request" };
    const { id, progress: doc, topics, now } = request;
    try {
      // The same document as last time (the page asks again each minute): its text, here in the worker.
      const key = JSON.stringify(doc);
      if (last?.key !== key) {
        const decoded = decodeStoredDocument(doc);
        if (!decoded.ok) return { type: "error", id, message: decoded.message };
        last = { key, progress: decoded.progress, facts: replayFacts(decoded.progress) };
      }
      return { type: "stats", id, stats: statsForTopics(last.progress, topics, now, last.facts) };
    } catch (error) {
      return { type: "error", id, message: error instanceof Error ? error.message : String(error) };
    }
  };
}

