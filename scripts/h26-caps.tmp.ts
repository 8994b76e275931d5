import { generatorParameters } from "ts-fsrs";
import { byCard, evaluate, minuteOffset, revlog, splitByDays, syntheticHistory, toColumns } from "@/lib/memory";
import { loadFsrsBrowser } from "./fsrs-node";

const caps = process.argv.slice(2).map(Number);
const TRUE = [...generatorParameters().w].map((w, i) => (i <= 3 ? w * 0.4 : i === 8 ? w * 0.8 : i === 20 ? 0.4 : w));
const start = Date.UTC(2025, 0, 6, 9);
const columns = toColumns(syntheticHistory({ weights: TRUE, cards: 6600, days: 365, start, seed: 11 }));
const cards = byCard(columns);
const split = splitByDays(columns, 4)!;
const { Fsrs } = await loadFsrsBrowser();
const fsrs = new Fsrs();
const out: Record<string, unknown>[] = [];
out.push({ which: "default", logLoss: evaluate(cards, undefined, split.testFrom, 4).logLoss, true: evaluate(cards, TRUE, split.testFrom, 4).logLoss });
console.log(JSON.stringify(out[0]));
for (const cap of caps) {
  const all = cards.reduce((n, l) => n + l.filter((r) => r.at < split.testFrom).length, 0);
  const stride = Math.max(1, Math.ceil(all / cap));
  const subset = cards.filter((_, i) => i % stride === 0);
  const log = revlog(subset, split.testFrom);
  const c0 = process.cpuUsage(); const w0 = performance.now();
  const w = Array.from(fsrs.computeParametersAnki(minuteOffset(start, 4), log.cids, log.eases, log.ids, log.types, null, true));
  const cpu = process.cpuUsage(c0);
  const m = evaluate(cards, w, split.testFrom, 4);
  console.log(JSON.stringify({ cap, stride, trainReviews: log.eases.length, fitCpuMs: Math.round((cpu.user + cpu.system) / 1000), fitWallMs: Math.round(performance.now() - w0), logLoss: m.logLoss, rmseBins: m.rmseBins }));
}
