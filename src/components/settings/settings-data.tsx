"use client";

import { useMemo, useState } from "react";
import { useBuiltInCardIds } from "@/hooks/use-built-in-card-ids";
import { knownCardIds } from "@/lib/deck/known-cards";
import { useProgressStore } from "@/stores/progress-store";
import { useUserDecks } from "@/stores/user-decks-store";
import { exportNow as exportFileNow, useStoredFacts } from "@/stores/views/transfer";
import { downloadText } from "@/components/ui/download";
import { ErrorDetails } from "@/components/ui/error-details";
import { ImportControl } from "@/components/settings/settings-import";
import { DataPlaceholder } from "@/components/settings/settings-placeholders";
import { ResetControl } from "@/components/settings/settings-reset";
import { type ActionMessage, button, formatChars, plural } from "@/components/settings/settings-styles";

/** What is stored, and how much of the browser's limit it takes (counted in characters, as browsers do). */
function DataFacts({ known, checked }: { known: ReadonlySet<string>; checked: boolean }) {
  const { reviews, orphans, usage } = useStoredFacts(known);
  return (
    <ul className="space-y-1 text-sm text-slate-800 dark:text-slate-200">
      <li data-testid="review-count">
        {plural(reviews, "review")} stored in this browser.
      </li>
      <li data-testid="storage-used">
        {usage === null ? "Storage is not available." : `Storage used: about ${formatChars(usage.usedChars)} of ${formatChars(usage.quotaChars)} characters (the browser's limit for this site).`}
      </li>
      <li data-testid="orphan-count">
        {!checked
          ? "Which reviews belong to questions in the bank could not be checked: the list of questions did not load. Reload the page to try again."
          : orphans === 0
          ? "Every review belongs to a question in the bank."
          : `${plural(orphans, "review")} ${orphans === 1 ? "belongs" : "belong"} to questions no longer in the bank; ${orphans === 1 ? "it is" : "they are"} kept.`}
      </li>
    </ul>
  );
}

/**
 * The island of "Your data" (its heading and explanation are static HTML): the stored facts, and
 * export, import and reset with the message each leaves. Same-sized placeholders until the
 * progress store has been read.
 */
export function DataControls() {
  const hydrated = useProgressStore((s) => s.hydrated);
  // The built-in ids come as a file of their own, not in this page's payload (a big bank's are large).
  const builtIn = useBuiltInCardIds();
  const builtInIds = builtIn.status === "ready" ? builtIn.ids : null;
  const [message, setMessage] = useState<ActionMessage | null>(null);
  // Reviews of an added deck's cards are not orphans: the decks added here count as known.
  const userDecks = useUserDecks();
  const added = userDecks.status === "ready" ? userDecks.decks : null;
  const known = useMemo(() => knownCardIds(builtInIds ?? [], added ?? []), [builtInIds, added]);
  const checked = builtIn.status === "ready";

  if (!hydrated || builtIn.status === "loading") return <DataPlaceholder />;

  const exportNow = () => {
    const now = Date.now();
    downloadText(`prepdeck-progress-${new Date(now).toISOString().slice(0, 10)}.json`, exportFileNow(now));
  };

  const exportReviewsCsv = async () => {
    // Papa Parse and the user decks' prompts load on click only.
    const [{ reviewsToCsv }, { promptsOfUserDecks }] = await Promise.all([import("@/lib/import/export-progress-csv"), import("@/components/settings/user-deck-prompts")]);
    const now = Date.now();
    const csv = reviewsToCsv(useProgressStore.getState().progress.log, await promptsOfUserDecks());
    downloadText(`prepdeck-reviews-${new Date(now).toISOString().slice(0, 10)}.csv`, csv, "text/csv");
  };

  return (
    <>
      <DataFacts known={known} checked={checked} />
      <div className="flex flex-wrap gap-2">
        <button type="button" className={`${button} bg-blue-700 text-white hover:bg-blue-800`} onClick={exportNow}>
          Export progress
        </button>
        <button type="button" className={`${button} border border-slate-400`} onClick={() => void exportReviewsCsv()}>
          Export reviews (CSV)
        </button>
        <ImportControl known={checked ? known : null} onMessage={setMessage} />
        <ResetControl onMessage={setMessage} />
      </div>
      {message && (
        <div role={message.kind === "error" ? "alert" : "status"} data-testid="import-message" className={message.kind === "error" ? "text-red-800 dark:text-red-300" : "text-green-800 dark:text-green-300"}>
          <p>{message.text}</p>
          <ErrorDetails details={message.details} />
        </div>
      )}
    </>
  );
}
