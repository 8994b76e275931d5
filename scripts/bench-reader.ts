/**
 * One reader measurement, in its own process (so peak memory is this read's):
 *   tsx --conditions=react-server scripts/bench-reader.ts <file.md> [--highlight]
 * prints {"ms", "cpuMs", "peakRssMB", "peakHeapMB", "questions"} as JSON. Called by `npm run bench -- --only=reader`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDeck } from "../src/lib/content";
import { shikiHighlighter } from "../src/build/highlight";

const file = process.argv[2];
if (!file) throw new Error("usage: bench-reader.ts <file.md> [--highlight]");
const highlight = process.argv.includes("--highlight") ? await shikiHighlighter() : undefined;
const text = readFileSync(file, "utf8");
let peakHeap = 0;
const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const timer = setInterval(sample, 5);
const cpu = process.cpuUsage();
const start = performance.now();
const read = await readDeck({ slug: "bench", files: [{ path: path.basename(file), text }], highlight });
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
sample();
clearInterval(timer);
const questions = read.deck?.topics.reduce((n, t) => n + t.cards.length, 0) ?? 0;
console.log(JSON.stringify({ ms: Math.round(ms), cpuMs: Math.round((used.user + used.system) / 1000), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), peakHeapMB: Math.round(peakHeap / 2 ** 20), questions }));
