"use client";

import { useCallback, useEffect, useState } from "react";
import { MAX_MINUTES, MIN_MINUTES } from "@/lib/interview";
import { deleteAllRecordings, recordingsUsage } from "@/components/interview/recordings-db";
import { useInterviewSettings } from "@/components/interview/use-interview-settings";
import { deleteRecordingsButton, interviewCheckbox, interviewSelect } from "@/components/settings/settings-styles";

const MINUTES = Array.from({ length: MAX_MINUTES - MIN_MINUTES + 1 }, (_, i) => MIN_MINUTES + i);
const kB = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

type Usage = { count: number; bytes: number } | null | undefined; // undefined: not read yet; null: storage not available

/**
 * The island of "Interview mode" (its heading and explanation are static HTML): minutes per
 * question, keeping recordings, and deleting them, from this browser's localStorage and IndexedDB.
 */
export function InterviewControls() {
  const { settings, update } = useInterviewSettings();
  const [usage, setUsage] = useState<Usage>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = useCallback(() => {
    recordingsUsage().then(setUsage, () => setUsage(null));
  }, []);
  useEffect(refresh, [refresh]);
  const save = (patch: Parameters<typeof update>[0]) => setMessage(update(patch) ? null : "This browser did not let PrepDeck save the setting: it applies until you close the page.");

  return (
    <>
      <p className="flex flex-wrap items-center gap-3">
        <label htmlFor="interview-minutes">Time per question</label>
        <select id="interview-minutes" value={settings.minutes} onChange={(e) => save({ minutes: Number(e.target.value) })} className={interviewSelect}>
          {MINUTES.map((m) => (
            <option key={m} value={m}>
              {m} minute{m === 1 ? "" : "s"}
            </option>
          ))}
        </select>
      </p>
      <p className="flex items-start gap-3">
        <input
          id="keep-recordings"
          type="checkbox"
          aria-describedby="interview-recordings-desc"
          checked={settings.keepRecordings}
          onChange={(e) => save({ keepRecordings: e.target.checked })}
          className={interviewCheckbox}
        />
        <label htmlFor="keep-recordings">Keep the last recording of each question</label>
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="recordings-usage">
        {usage === undefined ? (
          <span aria-hidden="true" className="invisible">
            Recordings kept: 0 (0 KB).
          </span>
        ) : usage === null ? (
          "Recordings kept: unknown (this browser's storage is not available)."
        ) : (
          `Recordings kept: ${usage.count} (${kB(usage.bytes)}).`
        )}
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
        className={deleteRecordingsButton}
      >
        Delete all recordings
      </button>
      {message && <p role="status">{message}</p>}
    </>
  );
}
