/**
 * One reader measurement, in its own process (so peak memory is this read's):
 *   tsx --conditions=react-server scripts/bench-reader.ts <file.md | folder> [--highlight]
 * A folder is read as one deck of every .md file under it (SOURCE.md, a bank's licence, aside).
 * prints {"ms", "cpuMs", "peakRssMB", "rssBeforeMB", "peakHeapMB", "questions", "highlighterMs"} as JSON.
 * `rssBeforeMB` is the process before the read (Node, tsx compiling the sources, the modules): the
 * read's own memory is the peak heap, or the peak RSS less that, whichever is larger. Called by
 * `npm run bench -- --only=reader`.
 *
 * The read is synchronous, so a timer sampling the heap never fires during it. Instead the read
 * runs again in a child with V8's --trace-gc, and the peak heap is the largest heap in use just
 * before a collection during the read (the heap only grows between collections), or at its end.
 * `highlighterMs` is shiki's set-up (grammars and themes), paid once per process, outside `ms`.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { readDeck } from "../src/lib/content";
import { shikiHighlighter } from "../src/build/highlight";

const file = process.argv[2];
if (!file) throw new Error("usage: bench-reader.ts <file.md | folder> [--highlight]");
const CHILD = "PREPDECK_BENCH_READER_CHILD";
const START = "--- read starts";
const END = "--- read ends";

async function measure() {
  const setUp = performance.now();
  const highlight = process.argv.includes("--highlight") ? await shikiHighlighter() : undefined;
  const highlighterMs = Math.round(performance.now() - setUp);
  const files = statSync(file!).isDirectory()
    ? (readdirSync(file!, { recursive: true }) as string[]).filter((p) => p.endsWith(".md") && path.basename(p) !== "SOURCE.md").sort().map((p) => ({ path: p, text: readFileSync(path.join(file!, p), "utf8") }))
    : [{ path: path.basename(file!), text: readFileSync(file!, "utf8") }];
  const rssBeforeMB = Math.round(process.memoryUsage().rss / 2 ** 20);
  console.log(START);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const read = await readDeck({ slug: "bench", files, highlight });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const endHeap = process.memoryUsage().heapUsed;
  console.log(END);
  const questions = read.deck?.topics.reduce((n, t) => n + t.cards.length, 0) ?? 0;
  return { ms: Math.round(ms), cpuMs: Math.round((used.user + used.system) / 1000), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), rssBeforeMB, endHeapMB: endHeap / 2 ** 20, questions, highlighterMs };
}

/** The heap in use before each collection during the read, from --trace-gc's "used (committed) -> used" lines. */
function peakHeapDuring(stdout: string, endHeapMB: number): number {
  const during = stdout.slice(stdout.indexOf(START), stdout.indexOf(END));
  const before = [...during.matchAll(/(?:Scavenge|Mark-Compact|Mark-Sweep|Minor Mark-Sweep)[^\d]*([\d.]+) \([\d.]+\) ->/g)].map((m) => Number(m[1]));
  return Math.round(Math.max(endHeapMB, ...before));
}

if (process.env[CHILD]) {
  console.log(JSON.stringify(await measure()));
} else {
  const run = () => spawnSync(process.execPath, [...process.execArgv, "--trace-gc", ...process.argv.slice(1)], { encoding: "utf8", maxBuffer: 256 * 2 ** 20, env: { ...process.env, [CHILD]: "1" } });
  // Once more if the child was killed (a busy shared machine): a kill is not a result.
  let child = run();
  if (child.status === null) child = run();
  if (child.status !== 0) throw new Error(`bench-reader child failed (${child.signal ?? `exit ${child.status}`}): ${child.stderr}`);
  // A collection may still be traced after the result line.
  const line = child.stdout.split("\n").findLast((l) => l.startsWith("{"));
  if (!line) throw new Error(`bench-reader child printed no result: ${child.stdout.slice(-500)}`);
  const result = JSON.parse(line) as Awaited<ReturnType<typeof measure>>;
  const { endHeapMB, ...rest } = result;
  console.log(JSON.stringify({ ...rest, peakHeapMB: peakHeapDuring(child.stdout, endHeapMB) }));
}
