import Papa from "papaparse";
import type { ReviewEntry } from "@/lib/progress/models";

const GRADES = ["", "Again", "Hard", "Good", "Easy"] as const;

/**
 * Reviews as CSV: card id, prompt, time (ISO, UTC), grade, and the interval since the card's
 * previous review in days (blank for its first). Prompts come from `prompts`; cards no bank has
 * any more keep an empty prompt.
 */
export function reviewsToCsv(log: readonly ReviewEntry[], prompts: ReadonlyMap<string, string>): string {
  const last = new Map<string, number>();
  const rows = log.map((e) => {
    const before = last.get(e.cardId);
    last.set(e.cardId, e.at);
    const interval = before === undefined ? "" : ((e.at - before) / 86_400_000).toFixed(2);
    return [e.cardId, prompts.get(e.cardId) ?? "", new Date(e.at).toISOString(), GRADES[e.rating], interval];
  });
  return Papa.unparse({ fields: ["card id", "prompt", "time", "grade", "interval (days)"], data: rows }, { newline: "\r\n" });
}
