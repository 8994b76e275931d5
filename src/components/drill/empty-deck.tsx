"use client";

import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { useNow } from "@/hooks/use-now";
import { drillHref, type Selection } from "@/lib/drill";
import { useNextDue } from "@/stores/views/schedule";
import { formatWhen } from "@/components/ui/time-format";

/** What a Due or Weak deck with no cards says, and where to go instead. */
export function EmptyDeck({ ids, selection }: { ids: string[]; selection: Selection }) {
  const now = useNow();
  const next = useNextDue(ids);
  const shuffle = drillHref({ ...selection, mode: "shuffle", seed: null });
  const due = selection.mode === "due";
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      {due ? (
        <>
          <h1 className="text-2xl font-bold">Nothing is due</h1>
          <p className="text-slate-700 dark:text-slate-300">{next ? `The next review is due ${formatWhen(next, now)}.` : "You have reviewed nothing here yet, and new cards are set to 0 per session."}</p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">No weak questions</h1>
          <p className="text-slate-700 dark:text-slate-300">Nothing here is flagged, missed lately or fading. Drill the full deck instead?</p>
        </>
      )}
      <p className="flex justify-center gap-3">
        <Link {...PREFETCH_ON_INTENT} href={shuffle} className="rounded-lg bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
          {due ? "Shuffle the deck" : "Drill the full deck"}
        </Link>
        <Link {...PREFETCH_ON_INTENT} href="/" className="rounded-lg px-4 py-2 font-semibold underline-offset-4 hover:underline">
          Back to topics
        </Link>
      </p>
    </div>
  );
}
