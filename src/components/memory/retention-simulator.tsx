"use client";

import { useEffect, useRef, useState } from "react";
import type { RetentionCost } from "@/lib/memory/simulate";
import { secondsPerReview } from "@/lib/plan/from-progress";
import { useProgressStore } from "@/stores/progress-store";
import { selectCardStates } from "@/stores/selectors";
import { secondaryButton } from "@/components/settings/settings-styles";
import { SIMULATOR_WORKER_URL } from "@/lib/memory/assets";
import type { SimulateRequest, SimulateResult } from "@/workers/simulator.worker";

const W = 640;
const H = 160;
const PAD = 28;

/** Minutes a day against desired retention, one line per horizon, the current setting marked. */
function CostChart({ result, current }: { result: SimulateResult; current: number }) {
  const all = [...result.month, ...result.quarter];
  const top = Math.max(1, ...all.map((c) => c.minutesPerDay));
  const x = (r: number) => PAD + ((r - 0.7) / 0.27) * (W - 2 * PAD);
  const y = (m: number) => H - PAD - (m / top) * (H - 2 * PAD);
  const line = (costs: RetentionCost[]) => costs.map((c, i) => `${i === 0 ? "M" : "L"}${x(c.retention).toFixed(1)},${y(c.minutesPerDay).toFixed(1)}`).join(" ");
  const at = result.quarter.reduce((best, c) => (Math.abs(c.retention - current) < Math.abs(best.retention - current) ? c : best), result.quarter[0] ?? { retention: current, minutesPerDay: 0 });
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="w-full" role="img" aria-label={`Minutes a day by desired retention, from ${Math.round((result.quarter[0]?.minutesPerDay ?? 0) * 10) / 10} at 70% to ${Math.round((result.quarter.at(-1)?.minutesPerDay ?? 0) * 10) / 10} at 97% over 90 days; your setting is ${Math.round(current * 100)}%.`}>
      <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} className="stroke-slate-400" strokeWidth={1} />
      <path d={line(result.month)} fill="none" strokeWidth={2} strokeDasharray="5 4" className="stroke-amber-600 dark:stroke-amber-400" />
      <path d={line(result.quarter)} fill="none" strokeWidth={2} className="stroke-blue-600 dark:stroke-blue-400" />
      <line x1={x(current)} x2={x(current)} y1={PAD / 2} y2={H - PAD} strokeWidth={1.5} className="stroke-slate-800 dark:stroke-slate-100" />
      <text x={x(current) + 4} y={PAD / 2 + 8} className="fill-slate-800 text-[11px] dark:fill-slate-100">
        your {Math.round(current * 100)}% ({at.minutesPerDay.toFixed(1)} min/day)
      </text>
      <text x={PAD} y={H - 8} className="fill-slate-700 text-[11px] dark:fill-slate-300">
        70%
      </text>
      <text x={W - PAD} y={H - 8} textAnchor="end" className="fill-slate-700 text-[11px] dark:fill-slate-300">
        97%
      </text>
      <text x={W - PAD} y={PAD} textAnchor="end" className="fill-slate-700 text-[11px] dark:fill-slate-300">
        solid: 90 days · dashed: 30 days
      </text>
    </svg>
  );
}

function CostTable({ result, current }: { result: SimulateResult; current: number }) {
  return (
    <table className="mt-2 text-sm" data-testid="retention-costs">
      <caption className="text-left text-slate-700 dark:text-slate-300">Expected cost of each desired retention (your cards, your parameters, your answer times)</caption>
      <thead>
        <tr>
          <th scope="col" className="pr-3 text-left">Retention</th>
          <th scope="col" className="pr-3 text-left">Reviews/day (30 d)</th>
          <th scope="col" className="pr-3 text-left">Min/day (30 d)</th>
          <th scope="col" className="pr-3 text-left">Reviews/day (90 d)</th>
          <th scope="col" className="pr-3 text-left">Min/day (90 d)</th>
          <th scope="col" className="text-left">Recall on day 90</th>
        </tr>
      </thead>
      <tbody>
        {result.quarter.map((q, i) => {
          const m = result.month[i];
          const mine = Math.abs(q.retention - current) < 0.015;
          return (
            <tr key={q.retention} className={mine ? "font-semibold" : undefined}>
              <th scope="row" className="pr-3 text-left font-normal">
                {Math.round(q.retention * 100)}%{mine ? " (yours)" : ""}
              </th>
              <td className="pr-3 tabular-nums">{m?.reviewsPerDay.toFixed(1)}</td>
              <td className="pr-3 tabular-nums">{m?.minutesPerDay.toFixed(1)}</td>
              <td className="pr-3 tabular-nums">{q.reviewsPerDay.toFixed(1)}</td>
              <td className="pr-3 tabular-nums">{q.minutesPerDay.toFixed(1)}</td>
              <td className="tabular-nums">{Number.isFinite(q.recallAtEnd) ? `${Math.round(q.recallAtEnd * 100)}%` : "–"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** "What does a retention cost?": simulated in a worker on request, shown as a chart and a table. */
export function RetentionSimulator() {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  const [result, setResult] = useState<SimulateResult | "running" | null>(null);
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);
  if (!hydrated) return null;
  const { desiredRetention, memory } = progress.settings.value;
  const run = () => {
    worker.current?.terminate();
    // Bundled by scripts/build-worker.mjs into public/vendor/ (not by Turbopack: see that script).
    const w = new Worker(SIMULATOR_WORKER_URL);
    worker.current = w;
    setResult("running");
    w.onmessage = (e: MessageEvent<SimulateResult>) => {
      setResult(e.data);
      w.terminate();
    };
    const request: SimulateRequest = { states: [...selectCardStates(progress)], now: Date.now(), secondsPerReview: secondsPerReview(progress), weights: memory?.w };
    w.postMessage(request);
  };
  return (
    <div className="space-y-2">
      <p>
        <button type="button" onClick={run} disabled={result === "running"} className={secondaryButton}>
          Show what each desired retention costs
        </button>
      </p>
      <div aria-live="polite">
        {result === "running" && <p className="text-sm">Simulating your cards under 11 retentions…</p>}
        {result && result !== "running" && (
          <>
            <CostChart result={result} current={desiredRetention} />
            <CostTable result={result} current={desiredRetention} />
            <p className="text-sm text-slate-700 dark:text-slate-300">Cards you have reviewed only; new cards cost the same at every retention.</p>
          </>
        )}
      </div>
    </div>
  );
}
