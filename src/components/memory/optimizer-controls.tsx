"use client";

import { useEffect, useState } from "react";
import type { FitReport, Metrics } from "@/lib/memory";
import { MIN_SPACED_REVIEWS } from "@/lib/memory/history";
import { useProgressStore } from "@/stores/progress-store";
import { button, secondaryButton } from "@/components/settings/settings-styles";
import { type OptimizerState, useOptimizer } from "./use-optimizer";

const STAGES: Record<string, string> = {
  starting: "Starting the optimizer…",
  loading: "Loading the optimizer (about 1.7 MB)…",
  preparing: "Reading your reviews…",
  fitting: "Fitting FSRS to your reviews…",
  evaluating: "Checking both parameter sets on the days held out…",
};

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : "–");

function MetricsTable({ defaults, fitted }: { defaults: Metrics; fitted: Metrics }) {
  const row = (name: string, m: Metrics) => (
    <tr>
      <th scope="row" className="pr-4 text-left font-normal">
        {name}
      </th>
      <td className="pr-4 tabular-nums">{fmt(m.logLoss)}</td>
      <td className="tabular-nums">{fmt(m.rmseBins)}</td>
    </tr>
  );
  return (
    <table className="text-sm" data-testid="fit-metrics">
      <caption className="text-left text-slate-700 dark:text-slate-300">Prediction of your held-out reviews (lower is better)</caption>
      <thead>
        <tr>
          <th scope="col" className="pr-4 text-left">
            Parameters
          </th>
          <th scope="col" className="pr-4 text-left">
            Log loss
          </th>
          <th scope="col" className="text-left">
            RMSE (bins)
          </th>
        </tr>
      </thead>
      <tbody>
        {row("FSRS defaults", defaults)}
        {row("Fitted to you", fitted)}
      </tbody>
    </table>
  );
}

function Result({ report, onApply, onKeep }: { report: FitReport; onApply: (report: FitReport) => void; onKeep: () => void }) {
  const better = report.fitted.logLoss <= report.defaults.logLoss;
  return (
    <div className="space-y-2">
      <p className="text-sm">
        Fitted on {report.split.trainDays} study days; scored on the last {report.split.testDays} ({report.fitted.reviews} reviews), which the fit did not see.
      </p>
      <MetricsTable defaults={report.defaults} fitted={report.fitted} />
      <p className="text-sm">{better ? "The fitted parameters predict your memory better than the defaults." : "The fitted parameters predict your held-out days no better than the defaults: keeping the defaults is the safer choice."}</p>
      <p className="flex flex-wrap gap-3">
        <button type="button" onClick={() => onApply(report)} className={`${button} bg-blue-700 text-white hover:bg-blue-800`}>
          Apply the fitted parameters
        </button>
        <button type="button" onClick={onKeep} className={secondaryButton}>
          Keep the current ones
        </button>
      </p>
    </div>
  );
}

/** Seconds since `from`, ticking once a second while shown. */
function Elapsed({ from }: { from: number }) {
  const [now, setNow] = useState(from);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return <span className="tabular-nums">{Math.max(0, Math.round((now - from) / 1000))} s</span>;
}

function Status({ state }: { state: OptimizerState }) {
  if (state.status === "running") {
    return (
      <p className="space-y-1 text-sm" data-testid="optimizer-progress">
        <span className="block">
          {STAGES[state.stage] ?? "Working…"} <Elapsed from={state.startedAt} />
        </span>
        {/* fsrs-rs counts its progress in memory only a cross-origin-isolated page could read while the single-threaded fit runs: the bar shows the stage, not a percentage. */}
        <progress aria-label="Optimizing" className="w-64" />
        <span className="block text-slate-700 dark:text-slate-300">About 15 seconds per 100,000 reviews on a laptop; this page stays usable meanwhile.</span>
      </p>
    );
  }
  if (state.status === "error") return <p role="alert" className="text-sm text-red-800 dark:text-red-200">The optimizer stopped: {state.message}. Your schedule is unchanged.</p>;
  return null;
}

/** "Optimize my schedule": fits FSRS to the user's reviews in a worker, shows how well, applies or keeps. */
export function OptimizerControls() {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  const updateSettings = useProgressStore((s) => s.updateSettings);
  const { state, run, cancel, reset } = useOptimizer();
  if (!hydrated) return <p className="text-sm text-slate-700 dark:text-slate-300">Loading your settings…</p>;
  const { memory, rolloverHour } = progress.settings.value;
  const reviews = progress.log.length;
  const running = state.status === "running";
  return (
    <div className="space-y-3">
      <p className="text-sm" data-testid="memory-current">
        Scheduling uses {memory ? `parameters fitted to your ${memory.reviews} reviews on ${new Date(memory.fittedAt).toLocaleDateString()}` : "FSRS's default parameters"}.
      </p>
      <p className="flex flex-wrap gap-3">
        <button type="button" disabled={running || reviews < MIN_SPACED_REVIEWS} onClick={() => run(progress.log, rolloverHour)} className={`${button} bg-blue-700 text-white hover:bg-blue-800 disabled:opacity-60`}>
          Optimize my schedule
        </button>
        {running && (
          <button type="button" onClick={cancel} className={secondaryButton}>
            Cancel
          </button>
        )}
        {memory && !running && (
          <button type="button" onClick={() => updateSettings({ memory: undefined })} className={secondaryButton}>
            Go back to the defaults
          </button>
        )}
      </p>
      {reviews < MIN_SPACED_REVIEWS && <p className="text-sm">You have {reviews} reviews. A fit needs at least {MIN_SPACED_REVIEWS} reviews made a day or more after the card&apos;s previous one: with fewer, 21 parameters would follow noise.</p>}
      <div aria-live="polite">
        <Status state={state} />
        {state.status === "done" &&
          ("tooFew" in state.report ? (
            <p className="text-sm">
              Only {state.report.spaced} of your reviews came a day or more after the card&apos;s previous one; a fit needs {state.report.needed}. Keep studying with the defaults for now.
            </p>
          ) : (
            <Result
              report={state.report}
              onApply={(r) => {
                updateSettings({ memory: { w: r.weights, fittedAt: Date.now(), reviews: r.reviews } });
                reset();
              }}
              onKeep={reset}
            />
          ))}
      </div>
    </div>
  );
}
