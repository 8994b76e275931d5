"use client";

import type { MicStatus } from "./use-recorder";

const WHY: Partial<Record<MicStatus, string>> = {
  refused: "The microphone was refused, so this answer is not recorded.",
  missing: "No microphone was found, so this answer is not recorded.",
  unsupported: "This browser cannot record audio, so this answer is not recorded.",
};

/** Says plainly when there is no recording, and that the interview goes on without one. */
export function MicNotice({ status, detail }: { status: MicStatus; detail: string | null }) {
  const why = WHY[status];
  if (!why) return null;
  return (
    <div role="status" data-testid="mic-notice" className="rounded-lg border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950/50 dark:text-amber-50">
      <p>
        <strong>Answer aloud, no recording.</strong> {why} The clock and the checklist work the same. Press T to type instead.
        {status === "refused" && " To record, allow the microphone for this site in the browser's settings."}
      </p>
      {detail && (
        <details className="mt-1">
          <summary className="cursor-pointer">Details</summary>
          <p className="font-mono text-xs">{detail}</p>
        </details>
      )}
    </div>
  );
}
