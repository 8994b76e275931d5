"use client";

import { useState } from "react";
import { PROGRESS_KEY } from "@/lib/progress";
import { useProgressStore } from "@/stores/progress-store";
import { downloadStored } from "@/components/ui/download";
import { type ActionMessage, button } from "@/components/settings/settings-styles";

/**
 * "Reset progress…" and its confirmation. When the stored progress could not be read nor copied,
 * the confirmation says that no backup of it exists and offers its download first.
 */
export function ResetControl({ onMessage }: { onMessage: (m: ActionMessage | null) => void }) {
  const reset = useProgressStore((s) => s.reset);
  const unreadable = useProgressStore((s) => s.blocked === "unreadable");
  const [confirming, setConfirming] = useState(false);

  const confirm = async () => {
    const result = await reset({ discardUnreadable: unreadable });
    setConfirming(false);
    if (!result.ok) {
      onMessage({ kind: "error", text: result.message, details: result.details });
      return;
    }
    onMessage({
      kind: "ok",
      text: unreadable
        ? "Progress reset. The unreadable stored data was replaced; no copy of it was kept in the browser."
        : result.backupKey
          ? "Progress reset. A backup of the previous progress is listed under Backups."
          : "Progress reset. There was no progress to back up.",
    });
  };

  return (
    <>
      <button type="button" className={`${button} border border-red-300 text-red-800 hover:bg-red-50 dark:border-red-700 dark:text-red-300 dark:hover:bg-red-950`} onClick={() => setConfirming(true)}>
        Reset progress…
      </button>
      {confirming && (
        <div role="alertdialog" aria-labelledby="reset-title" aria-describedby="reset-desc" className="w-full space-y-3 rounded-lg border border-red-300 p-4 dark:border-red-700">
          <p id="reset-title" className="font-semibold">
            {unreadable ? "Reset progress without a backup?" : "Reset all progress?"}
          </p>
          <p id="reset-desc" className="text-sm">
            {unreadable
              ? "The stored progress could not be read, and no backup of it exists: there is no room for a copy in this browser. Resetting replaces it for good. Download it first if you may want it later."
              : "Every review, flag and note in this browser is cleared; your settings stay. A backup is kept first, and you can export one now."}
          </p>
          <div className="flex flex-wrap gap-2">
            {unreadable && (
              <button type="button" className={`${button} border border-slate-300 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800`} onClick={() => downloadStored(PROGRESS_KEY)}>
                Download the stored data
              </button>
            )}
            <button type="button" autoFocus className={`${button} bg-red-700 text-white hover:bg-red-800`} onClick={() => void confirm()}>
              {unreadable ? "Reset without a backup" : "Reset progress"}
            </button>
            <button type="button" className={`${button} hover:bg-slate-100 dark:hover:bg-slate-700`} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </>
  );
}
