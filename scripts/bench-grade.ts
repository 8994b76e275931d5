/**
 * What one grade costs the progress store with a long history, in Node (no browser, no React):
 * the store's grade, the card states the drill reads next, then the save (read, merge, write to an
 * in-memory localStorage) and the checkpoint's check after it, in the app's order. Prints JSON.
 *
 *   npx tsx scripts/bench-grade.ts [--reviews 100000] [--cards 65] [--grades 40]
 *
 * `beforePaintMs`: the grade and the card states alone (the save runs after the paint in the app).
 * The first grade after a load is reported apart (it makes the log's entries, which the load
 * left lazy); the rest as median / p95 / max. CPU time on the main thread, so it is less at the
 * mercy of a loaded machine than the browser's key → paint latency (bench section `interaction`).
 */
import { performance } from "node:perf_hooks";

import { encodeProgress, emptyProgress, normalizeProgress } from "@/lib/progress";
import { mulberry32 } from "@/lib/srs";
import { createProgressStore } from "@/stores/create-progress-store";

import { bankIds, generateLogEndingAt } from "./bench-logs";
import { arg, round } from "./bench-measure";

const reviews = Number(arg("--reviews") ?? 100_000);
const cards = Number(arg("--cards") ?? 65);
const grades = Number(arg("--grades") ?? 40);

const ids = bankIds(Math.ceil(cards / 100), Math.min(cards, 100)).slice(0, cards);
const end = Date.now() - 3_600_000;
const raw = encodeProgress(normalizeProgress({ ...emptyProgress(), log: generateLogEndingAt(ids, reviews, 7, end) }));

const data = new Map<string, string>([["prepdeck:progress", raw]]);
const storage = {
  get length() {
    return data.size;
  },
  key: (i: number) => [...data.keys()][i] ?? null,
  getItem: (k: string) => data.get(k) ?? null,
  setItem: (k: string, v: string) => void data.set(k, v),
  removeItem: (k: string) => void data.delete(k),
};
let now = Date.now();
// Saves run after the next paint in the app, when the drill has already read the new states: here,
// after the states are derived.
const pending: (() => void)[] = [];
const runPending = () => {
  while (pending.length > 0) pending.shift()?.();
};
const store = createProgressStore({ storage, clock: () => now, random: mulberry32(3), schedule: (run) => void pending.push(run) });
await store.persist.rehydrate();
// The page's first derivation of the states (no checkpoint yet: a full replay), then the checkpoint it writes.
store.getState().cardStates(store.getState().progress);
runPending();
store.getState().flush();

const times: number[] = [];
const beforePaint: number[] = []; // the grade and the states the drill reads: what runs before the next card is painted
for (let i = 0; i < grades; i++) {
  now += 20_000;
  const t0 = performance.now();
  store.getState().grade(ids[i % ids.length] as string, 3, "shuffle", now, 8000);
  store.getState().cardStates(store.getState().progress);
  beforePaint.push(performance.now() - t0);
  runPending();
  times.push(performance.now() - t0);
}
const [first, ...rest] = times;
rest.sort((a, b) => a - b);
const at = (q: number, list = rest) => round(list[Math.min(list.length - 1, Math.floor(q * list.length))] as number);
const paint = beforePaint.slice(1).sort((a, b) => a - b);
console.log(
  JSON.stringify({
    reviews,
    cards,
    storedChars: raw.length,
    firstGradeMs: round(first ?? 0),
    gradeMs: { median: at(0.5), p95: at(0.95), max: at(1) },
    beforePaintMs: { median: at(0.5, paint), p95: at(0.95, paint), max: at(1, paint) },
    storedCharsAfter: data.get("prepdeck:progress")?.length ?? 0,
    saveErrors: store.getState().saveError,
  }),
);
