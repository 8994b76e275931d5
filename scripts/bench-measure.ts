/**
 * What the tsx benchmarks (bench-history.ts, bench-stats.ts) share: reading their options and
 * timing a function the same way, so their figures are comparable.
 */
import { performance } from "node:perf_hooks";

/** The value after `name` on the command line (`--reviews 1000`), if given. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * The median of `runs` timings in ms (and the fastest and slowest), after two warm-up runs so the
 * JIT has compiled the code; rounded to `digits`.
 */
export function time<T>(fn: () => T, runs: number, digits = 2): { ms: number; min: number; max: number; result: T } {
  fn();
  let result = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (i: number) => round(times[i] as number, digits);
  return { ms: at(Math.floor(times.length / 2)), min: at(0), max: at(times.length - 1), result };
}
