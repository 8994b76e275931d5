"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { deckCardIds, type UserDeckRecord } from "@/lib/deck/user-deck";
import { removeUserDeck } from "@/lib/deck/user-decks-idb";

const button = "inline-flex min-h-11 items-center rounded-lg px-4 py-2 text-sm font-semibold";
const secondary = `${button} border border-slate-300 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800`;

/** Deletes the cards' progress through the progress store, once it has read what is stored. */
async function forgetProgress(cardIds: string[]): Promise<void> {
  const { useProgressStore } = await import("@/stores/progress-store");
  if (!useProgressStore.getState().hydrated) {
    // Forgetting before stored progress is read would forget nothing: the stored reviews come back.
    await new Promise<void>((resolve) => {
      const stop = useProgressStore.subscribe((s) => {
        if (!s.hydrated) return;
        stop();
        resolve();
      });
      void useProgressStore.persist.rehydrate();
    });
  }
  useProgressStore.getState().forgetCards(cardIds);
  useProgressStore.getState().flush();
}

/**
 * Removes the deck, after the user chooses what happens to its progress: kept (a later import of
 * the same bank picks it up, card ids being stable) or deleted. Nothing else changes.
 */
export function UserDeckRemove({ record }: { record: UserDeckRecord }) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [keep, setKeep] = useState(true);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    setFailed(null);
    try {
      if (!keep) await forgetProgress(deckCardIds(record.deck));
      await removeUserDeck(record.slug);
      router.push("/");
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  if (!open)
    return (
      <button type="button" className={secondary} onClick={() => setOpen(true)}>
        Remove this deck…
      </button>
    );
  return (
    <fieldset className="space-y-3 rounded-xl border border-slate-300 p-4 dark:border-slate-600">
      <legend className="px-1 font-semibold">Remove “{record.title}”</legend>
      <div className="space-y-2">
        <label className="flex items-start gap-2">
          <input type="radio" name={`${id}-progress`} checked={keep} onChange={() => setKeep(true)} className="mt-1 h-4 w-4 accent-blue-700" />
          <span>Keep its progress, for a later re-import of the same bank</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="radio" name={`${id}-progress`} checked={!keep} onChange={() => setKeep(false)} className="mt-1 h-4 w-4 accent-blue-700" />
          <span>Delete its progress (reviews, flags and notes of its {deckCardIds(record.deck).length} cards)</span>
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={busy} onClick={() => void remove()} className={`${button} bg-red-700 text-white hover:bg-red-800 disabled:opacity-60`}>
          Remove deck
        </button>
        <button type="button" disabled={busy} onClick={() => setOpen(false)} className={secondary}>
          Cancel
        </button>
      </div>
      {failed ? <p role="alert">The deck could not be removed ({failed}).</p> : null}
    </fieldset>
  );
}
