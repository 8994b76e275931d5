"use client";

import { useState } from "react";
import { removeUserDeck } from "@/lib/deck/user-decks-idb";
import { downloadText } from "@/components/ui/download";

const button = "inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800";

/**
 * A saved deck that no longer reads as a deck (a damaged record, a half-finished write by an older
 * version): said plainly, its raw record offered as a download, and its removal. Nothing else in
 * the app depends on it.
 */
export function UserDeckCorrupt({ slug, raw }: { slug: string; raw: unknown }) {
  const [failed, setFailed] = useState<string | null>(null);
  const remove = () => removeUserDeck(slug).catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)));
  return (
    <div role="group" aria-label={`Damaged deck ${slug}`} className="space-y-2 rounded-xl border border-amber-600 p-4 dark:border-amber-400">
      <p>
        A saved deck (<code>{slug}</code>) can&apos;t be read: its stored record is damaged. Remove it, and add the bank again if you still
        want it. Your progress on its cards is kept.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => downloadText(`${slug}.json`, JSON.stringify(raw, null, 1) ?? "null")}>
          Download its record
        </button>
        <button type="button" className={button} onClick={() => void remove()}>
          Remove {slug}
        </button>
      </div>
      {failed ? <p role="alert">It could not be removed ({failed}).</p> : null}
    </div>
  );
}
