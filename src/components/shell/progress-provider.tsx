"use client";

import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { useEffect } from "react";
import { PROGRESS_KEY } from "@/lib/progress";
import { useProgressStore } from "@/stores/progress-store";
import { downloadStored } from "@/components/ui/download";
import { ErrorDetails } from "@/components/ui/error-details";

const noticeButton = "min-h-11 rounded-lg bg-amber-800 px-3 py-2 font-semibold text-white hover:bg-amber-900";

/**
 * Reads stored progress once, in the browser (the static HTML never contains it), keeps tabs in
 * step through the `storage` event, and tells the user when storage could not be trusted.
 */
export function ProgressProvider() {
  const notice = useProgressStore((s) => s.notice);
  const saveError = useProgressStore((s) => s.saveError);
  const saveErrorDetails = useProgressStore((s) => s.saveErrorDetails);
  const blocked = useProgressStore((s) => s.blocked);
  const dismiss = useProgressStore((s) => s.dismissNotice);

  useEffect(() => {
    void useProgressStore.persist.rehydrate();
    const { flush, syncFromStorage } = useProgressStore.getState();
    const onStorage = (e: StorageEvent) => syncFromStorage(e.key, e.newValue);
    const onHide = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("storage", onStorage);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("storage", onStorage);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, []);

  // The notice already says nothing is saved while the stored value is left alone: one banner is enough.
  const showSaveError = saveError && !(notice && blocked);
  if (!notice && !showSaveError) return null;
  return (
    <div className="mx-auto max-w-4xl space-y-2 px-4 pt-3 sm:px-6">
      {notice && (
        <div role="alert" data-testid="storage-notice" className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100">
          <div className="min-w-60 flex-1">
            <p>{notice.message}</p>
            <ErrorDetails details={notice.details} />
          </div>
          {notice.backupKey && (
            <button type="button" onClick={() => downloadStored(notice.backupKey!)} className={noticeButton}>
              Download the backup
            </button>
          )}
          {notice.kind === "unreadable" && (
            <>
              <button type="button" onClick={() => downloadStored(PROGRESS_KEY)} className={noticeButton}>
                Download the stored data
              </button>
              <Link {...PREFETCH_ON_INTENT} href="/settings#reset" className="inline-flex min-h-11 items-center rounded-lg px-3 py-2 font-semibold underline underline-offset-4">
                Reset in Settings
              </Link>
            </>
          )}
          <button type="button" onClick={dismiss} className="min-h-11 rounded-lg px-3 py-2 font-semibold hover:bg-amber-100 dark:hover:bg-amber-900">
            Dismiss
          </button>
        </div>
      )}
      {showSaveError && (
        <div role="status" data-testid="save-error" className="rounded-lg border border-red-400 bg-red-50 p-3 text-sm text-red-950 dark:border-red-700 dark:bg-red-950/50 dark:text-red-100">
          <p>
            <strong>Progress not saved.</strong> {saveError}
          </p>
          <ErrorDetails details={saveErrorDetails} />
        </div>
      )}
    </div>
  );
}
