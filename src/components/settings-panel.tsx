"use client";

import { useMemo, useRef, useState } from "react";
import {
  exportProgress,
  type ImportMode,
  type ImportPreview,
  MAX_IMPORT_BYTES,
  orphanReviewCount,
  parseImport,
  previewImport,
  PROGRESS_KEY,
  type Progress,
  SETTINGS_LIMITS,
} from "@/lib/progress";
import { useProgressStore } from "@/stores/progress-store";
import { InterviewSettingsSection } from "./interview/interview-settings-section";

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

function storedBytes(): number | null {
  try {
    let total = 0;
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(PROGRESS_KEY)) total += (key.length + (window.localStorage.getItem(key)?.length ?? 0)) * 2;
    }
    return total;
  } catch {
    return null;
  }
}

const section = "space-y-3 rounded-xl border border-slate-200 p-5 dark:border-slate-700";
const button = "min-h-11 rounded-lg px-4 py-2 font-semibold";
const input = "w-28 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100";

export function SettingsPanel({ knownIds }: { knownIds: string[] }) {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  const updateSettings = useProgressStore((s) => s.updateSettings);
  const importProgress = useProgressStore((s) => s.importProgress);
  const reset = useProgressStore((s) => s.reset);
  const lastBackupKey = useProgressStore((s) => s.lastBackupKey);
  const [pending, setPending] = useState<{ name: string; incoming: Progress; preview: ImportPreview } | null>(null);
  const [mode, setMode] = useState<ImportMode>("merge");
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const known = useMemo(() => new Set(knownIds), [knownIds]);
  const settings = progress.settings.value;
  const orphans = hydrated ? orphanReviewCount(progress, known) : 0;
  const bytes = hydrated ? storedBytes() : null;

  if (!hydrated) return <p className="text-slate-700 dark:text-slate-300">Loading your settings…</p>;

  const onFile = async (file: File | undefined) => {
    setMessage(null);
    setPending(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ kind: "error", text: `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB; a PrepDeck backup is at most 5 MB. Nothing was changed.` });
      return;
    }
    const parsed = parseImport(await file.text(), file.size);
    if (!parsed.ok) {
      setMessage({ kind: "error", text: `"${file.name}" was not imported: ${parsed.message} Nothing was changed.` });
      return;
    }
    setMode("merge");
    setPending({ name: file.name, incoming: parsed.progress, preview: previewImport(progress, parsed.progress) });
  };

  const applyPending = () => {
    if (!pending) return;
    if (!importProgress(pending.incoming, mode)) {
      setMessage({ kind: "error", text: "Nothing was imported: the automatic backup of your current progress could not be written." });
      return;
    }
    setMessage({ kind: "ok", text: mode === "merge" ? `Imported "${pending.name}": ${pending.preview.newReviews} new reviews merged.` : `Replaced your progress with "${pending.name}". The previous progress was backed up first.` });
    setPending(null);
    if (fileRef.current) fileRef.current.value = "";
  };

  return (
    <div className="space-y-6">
      <section aria-labelledby="review-settings" className={section}>
        <h2 id="review-settings" className="text-lg font-semibold">
          Reviews
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <label className="space-y-1">
            <span className="block text-sm font-medium">Desired retention</span>
            <input
              type="number"
              className={input}
              min={SETTINGS_LIMITS.desiredRetention.min}
              max={SETTINGS_LIMITS.desiredRetention.max}
              step={0.01}
              defaultValue={settings.desiredRetention}
              onBlur={(e) => updateSettings({ desiredRetention: e.currentTarget.valueAsNumber })}
            />
            <span className="block text-xs text-slate-700 dark:text-slate-300">Chance of recall to aim for (0.70–0.99). Higher means more reviews.</span>
          </label>
          <label className="space-y-1">
            <span className="block text-sm font-medium">New cards per session</span>
            <input type="number" className={input} min={0} max={200} step={1} defaultValue={settings.newPerSession} onBlur={(e) => updateSettings({ newPerSession: e.currentTarget.valueAsNumber })} />
            <span className="block text-xs text-slate-700 dark:text-slate-300">How many unseen cards a Due deck adds.</span>
          </label>
          <label className="space-y-1">
            <span className="block text-sm font-medium">New day starts at (hour)</span>
            <input type="number" className={input} min={0} max={23} step={1} defaultValue={settings.rolloverHour} onBlur={(e) => updateSettings({ rolloverHour: e.currentTarget.valueAsNumber })} />
            <span className="block text-xs text-slate-700 dark:text-slate-300">Local time; 4 means a late session still counts for the day before.</span>
          </label>
        </div>
      </section>
      <InterviewSettingsSection />

      <section aria-labelledby="backup-settings" className={section}>
        <h2 id="backup-settings" className="text-lg font-semibold">
          Your data
        </h2>
        <ul className="space-y-1 text-sm text-slate-800 dark:text-slate-200">
          <li data-testid="review-count">{progress.log.length} review{progress.log.length === 1 ? "" : "s"} stored in this browser.</li>
          <li data-testid="storage-used">{bytes === null ? "Storage is not available." : `Storage used: ${(bytes / 1024).toFixed(1)} KB of about 5 MB.`}</li>
          <li data-testid="orphan-count">
            {orphans === 0 ? "Every review belongs to a question in the bank." : `${orphans} review${orphans === 1 ? "" : "s"} belong to questions no longer in the bank; they are kept.`}
          </li>
        </ul>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={`${button} bg-blue-700 text-white hover:bg-blue-800`} onClick={() => download(`prepdeck-progress-${new Date().toISOString().slice(0, 10)}.json`, exportProgress(progress, Date.now()))}>
            Export progress
          </button>
          <label className={`${button} cursor-pointer border border-slate-300 focus-within:outline focus-within:outline-3 focus-within:outline-blue-600 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800`}>
            Import a backup…
            <input ref={fileRef} type="file" accept="application/json,.json" className="sr-only" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
          </label>
          <button type="button" className={`${button} border border-red-300 text-red-800 hover:bg-red-50 dark:border-red-700 dark:text-red-300 dark:hover:bg-red-950`} onClick={() => setConfirmReset(true)}>
            Reset progress…
          </button>
        </div>
        {message && (
          <p role={message.kind === "error" ? "alert" : "status"} data-testid="import-message" className={message.kind === "error" ? "text-red-800 dark:text-red-300" : "text-green-800 dark:text-green-300"}>
            {message.text}
          </p>
        )}
        {pending && (
          <div role="region" aria-label="Import preview" className="space-y-3 rounded-lg bg-slate-50 p-4 dark:bg-slate-800/60">
            <p className="font-medium">Importing &ldquo;{pending.name}&rdquo; would:</p>
            <ul data-testid="import-preview" className="list-disc pl-5 text-sm">
              <li>add {pending.preview.newReviews} reviews ({pending.preview.alreadyPresent} already here)</li>
              {pending.preview.undoneReviews > 0 && <li>remove {pending.preview.undoneReviews} reviews undone in the file</li>}
              <li>change {pending.preview.flagsChanged} flags and {pending.preview.notesChanged} notes</li>
              <li>{pending.preview.settingsChanged ? "change your settings" : "keep your settings"}</li>
            </ul>
            <fieldset className="space-y-1 text-sm">
              <legend className="font-medium">How</legend>
              <label className="flex items-center gap-2">
                <input type="radio" name="import-mode" checked={mode === "merge"} onChange={() => setMode("merge")} /> Merge with my progress (nothing is lost or counted twice)
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name="import-mode" checked={mode === "replace"} onChange={() => setMode("replace")} /> Replace my progress with the file (a backup is kept first)
              </label>
            </fieldset>
            <div className="flex gap-2">
              <button type="button" className={`${button} bg-blue-700 text-white hover:bg-blue-800`} onClick={applyPending}>
                {mode === "merge" ? "Merge" : "Replace"}
              </button>
              <button type="button" className={`${button} hover:bg-slate-100 dark:hover:bg-slate-700`} onClick={() => setPending(null)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {confirmReset && (
          <div role="alertdialog" aria-labelledby="reset-title" aria-describedby="reset-desc" className="space-y-3 rounded-lg border border-red-300 p-4 dark:border-red-700">
            <p id="reset-title" className="font-semibold">
              Reset all progress?
            </p>
            <p id="reset-desc" className="text-sm">
              Every review, flag and note in this browser is cleared. A backup is kept first, and you can export one now.
            </p>
            <div className="flex gap-2">
              <button
                type="button"
                autoFocus
                className={`${button} bg-red-700 text-white hover:bg-red-800`}
                onClick={() => {
                  const done = reset();
                  setConfirmReset(false);
                  setMessage(
                    done
                      ? { kind: "ok", text: "Progress reset. The previous progress was backed up first." }
                      : { kind: "error", text: "Nothing was reset: the automatic backup could not be written." },
                  );
                }}
              >
                Reset progress
              </button>
              <button type="button" className={`${button} hover:bg-slate-100 dark:hover:bg-slate-700`} onClick={() => setConfirmReset(false)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {lastBackupKey && (
          <p className="text-sm">
            <button
              type="button"
              className="underline underline-offset-4"
              onClick={() => {
                const raw = window.localStorage.getItem(lastBackupKey);
                if (raw) download(`${lastBackupKey.replaceAll(":", "-")}.json`, raw);
              }}
            >
              Download the automatic backup
            </button>{" "}
            made before the last reset or replace.
          </p>
        )}
      </section>
    </div>
  );
}
