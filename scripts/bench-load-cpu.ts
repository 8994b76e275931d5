/**
 * The progress layer's page-load work in Node, in CPU time (median of 7), for a stored progress
 * value: made with `npx tsx scripts/bench-history.ts --emit FILE --ids IDS.json --reviews 100000`
 * (or the files bench-load.mjs leaves in bench/tmp/load-progress-*.txt). "eager" makes every log
 * entry at decode, as loads did before the log was decoded lazily; "lazy" is what a load does now
 * (decode, checkpoint, card states, today's line, weak cards). CPU time, not wall time, so a busy
 * shared machine skews it less than the Chromium bench (scripts/bench-load.mjs).
 *
 *   npx tsx scripts/bench-load-cpu.ts bench/tmp/load-progress-mixed.txt
 */
import { readFileSync } from "node:fs";
import { decodeProgress, cardStates, type Progress } from "@/lib/progress";
import { createCheckpoint, readCheckpoint, statesFromCheckpoint } from "@/lib/progress/checkpoint";
import { todayLine } from "@/stores/views/today";
import { weakNow } from "@/stores/views/weak";
import { createCardStatesSelector } from "@/stores/card-states";
const file = process.argv[2];
if (!file) throw new Error("usage: npx tsx scripts/bench-load-cpu.ts STORED_PROGRESS_FILE (from bench-history.ts --emit)");
const raw = readFileSync(file, "utf8");
const cpu = (f: () => unknown) => { const ts: number[] = []; for (let i = 0; i < 7; i++) { const a = process.cpuUsage(); f(); const d = process.cpuUsage(a); ts.push((d.user + d.system) / 1000); } ts.sort((x, y) => x - y); return ts[3]!.toFixed(1); };
const dec = () => { const d = decodeProgress(raw); if (!d.ok) throw new Error(); return d.progress; };
const p0 = dec();
const cpText = createCheckpoint(p0, cardStates(p0))!.text;
const now = p0.log[p0.log.length - 1]!.at + 3600_000;
const ids = [...new Set(p0.log.map((e) => e.cardId))].slice(0, 200);
const loadWork = (eager: boolean) => () => {
  const p = dec();
  if (eager) void p.log; // what every load paid before: the entries made at decode
  const progress: Progress = eager ? { ...p } : p;
  const cp = readCheckpoint(cpText);
  const sel = createCardStatesSelector(() => cp);
  const d = statesFromCheckpoint(progress, cp);
  if (!d.hit) throw new Error("checkpoint missed");
  todayLine(progress, now);
  weakNow({ progress, cardStates: sel }, ids, now);
};
console.log(JSON.stringify({ reviews: p0.log.length, eagerLoadCpuMs: cpu(loadWork(true)), lazyLoadCpuMs: cpu(loadWork(false)), decodeOnlyLazy: cpu(dec), materialize: cpu(() => void dec().log) }));
{
  const p = dec(); const cp = readCheckpoint(cpText);
  console.log(JSON.stringify({ readCheckpoint: cpu(() => readCheckpoint(cpText)), statesFromCheckpoint: cpu(() => statesFromCheckpoint(p, cp)), todayLine: cpu(() => todayLine(p, now)), weakNow: cpu(() => weakNow({ progress: p, cardStates: createCardStatesSelector(() => cp) }, ids, now)) }));
}
