"use client";

import { useState } from "react";
import { useProgressStore } from "@/stores/progress-store";
import { downloadStored } from "@/components/ui/download";
import { BackupsPlaceholder } from "@/components/settings/settings-placeholders";
import { formatChars, secondaryButton } from "@/components/settings/settings-styles";

/**
 * The island of the Backups section (its heading and explanation are static HTML): the automatic
 * backups (made before a reset, a replace, or of unreadable data), newest first.
 */
export function BackupList() {
  const hydrated = useProgressStore((s) => s.hydrated);
  const backups = useProgressStore((s) => s.backups);
  const deleteBackup = useProgressStore((s) => s.deleteBackup);
  const [status, setStatus] = useState<string | null>(null);
  if (!hydrated) return <BackupsPlaceholder />;
  // Made only when there is a backup to date: a page's first Intl formatter loads the locale's
  // data, 90–200 ms of a slowed phone's main thread, which a visitor with no backup never needs.
  const dateFormat = backups.length > 0 ? new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" }) : null;
  return (
    <>
      {backups.length === 0 ? (
        <p data-testid="no-backups" className="text-sm">
          No backups yet.
        </p>
      ) : (
        <ul aria-label="Backups" className="divide-y divide-slate-200 dark:divide-slate-700">
          {backups.map((b) => {
            const when = dateFormat?.format(b.at) ?? "";
            return (
              <li key={b.key} data-testid="backup" className="flex flex-wrap items-center gap-2 py-2 text-sm">
                <span className="mr-auto">
                  {when} · {formatChars(b.chars)} characters
                </span>
                <button type="button" className={secondaryButton} aria-label={`Download the backup of ${when}`} onClick={() => downloadStored(b.key)}>
                  Download
                </button>
                <button
                  type="button"
                  className={secondaryButton}
                  aria-label={`Delete the backup of ${when}`}
                  onClick={() => setStatus(deleteBackup(b.key) ? `Deleted the backup of ${when}.` : `The backup of ${when} could not be deleted.`)}
                >
                  Delete
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" className="text-sm">
        {status ?? ""}
      </p>
    </>
  );
}
