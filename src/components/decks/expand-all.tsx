"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * Opens or closes every answer of a question list at once. Kept invisible (its space held, so nothing
 * moves) until the page's script runs: without JavaScript it could do nothing.
 */
export function ExpandAll({ listId }: { listId: string }) {
  const [open, setOpen] = useState(false);
  const live = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <button
      type="button"
      aria-controls={listId}
      onClick={() => {
        const next = !open;
        document.querySelectorAll<HTMLDetailsElement>(`#${listId} details`).forEach((d) => {
          d.open = next;
        });
        setOpen(next);
      }}
      className={`${live ? "" : "invisible "}min-h-11 rounded-lg border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800`}
    >
      {open ? "Collapse all answers" : "Expand all answers"}
    </button>
  );
}
