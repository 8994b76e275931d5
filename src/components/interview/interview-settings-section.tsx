"use client";

import { useCallback, useEffect, useState } from "react";
import { MAX_MINUTES, MIN_MINUTES } from "@/lib/interview";
import { deleteAllRecordings, recordingsUsage } from "./recordings-db";
import { useInterviewSettings } from "./use-interview-settings";

const MINUTES = Array.from({ length: MAX_MINUTES - MIN_MINUTES + 1 }, (_, i) => MIN_MINUTES + i);
const kB = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Settings of interview mode: minutes per question, keeping recordings, and deleting them. */
export function InterviewSettingsSection() {
  const { settings, update } = useInterviewSettings();
  const [usage, setUsage] = useState<{ count: number; bytes: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = useCallback(() => {
    recordingsUsage().then(setUsage, () => setUsage(null));
  }, []);
  useEffect(refresh, [refresh]);
  const save = (patch: Parameters<typeof update>[0]) => setMessage(update(patch) ? null : "This browser did not let PrepDeck save the setting: it applies until you close the page.");

  return (
    <section aria-labelledby="interview-settings" className="space-y-3 rounded-xl border border-slate-200 p-5 dark:border-slate-700">
      <h2 id="interview-settings" className="text-lg font-semibold">
        Interview mode
      </h2>
      <p className="flex flex-wrap items-center gap-3">
        <label htmlFor="interview-minutes">Time per question</label>
        <select
          id="interview-minutes"
          value={settings.minutes}
          onChange={(e) => save({ minutes: Number(e.target.value) })}
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100"
        >
          {MINUTES.map((m) => (
            <option key={m} value={m}>
              {m} minute{m === 1 ? "" : "s"}
            </option>
          ))}
        </select>
      </p>
      <p className="flex items-start gap-3">
        <input id="keep-recordings" type="checkbox" checked={settings.keepRecordings} onChange={(e) => save({ keepRecordings: e.target.checked })} className="mt-1 h-5 w-5 accent-blue-700" />
        <label htmlFor="keep-recordings">
          Keep the last recording of each question in this browser, to compare attempts across days. Otherwise a recording is gone when you move to the next question. Recordings never leave this browser.
        </label>
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="recordings-usage">
        {usage === null ? "Recordings kept: unknown (this browser's storage is not available)." : `Recordings kept: ${usage.count} (${kB(usage.bytes)}).`}
      </p>
      <button
        type="button"
        disabled={!usage || usage.count === 0}
        onClick={() => {
          deleteAllRecordings().then(
            () => {
              setMessage("All recordings deleted.");
              refresh();
            },
            () => setMessage("The recordings could not be deleted. Try again, or clear this site's data in the browser."),
          );
        }}
        className="min-h-11 rounded-lg border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60 dark:border-red-400 dark:text-red-200 dark:hover:bg-red-950"
      >
        Delete all recordings
      </button>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
