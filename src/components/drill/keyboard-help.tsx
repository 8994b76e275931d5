"use client";

import { useEffect, useRef } from "react";
import type { KeyBinding } from "@/hooks/use-keyboard";

interface KeyboardHelpProps {
  open: boolean;
  onClose: () => void;
  keys: readonly Pick<KeyBinding<string>, "shown" | "does">[]; // the key table of the screen
  touchHint?: string; // how the same is done on a touch screen
}

/** A modal dialog (native <dialog>: focus trapped, Esc closes it) listing a screen's keys. */
export function KeyboardHelp({ open, onClose, keys, touchHint }: KeyboardHelpProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="keys-title" className="m-auto w-[min(28rem,calc(100%-2rem))] rounded-2xl bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100">
      <h2 id="keys-title" className="mb-3 text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <table className="w-full text-sm">
        <tbody>
          {keys.map(({ shown: key, does: what }) => (
            <tr key={key} className="border-t border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-2 pr-4 text-left font-mono font-medium">
                {key}
              </th>
              <td className="py-2">{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {touchHint && <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{touchHint}</p>}
      <form method="dialog" className="mt-4 text-right">
        <button className="min-h-11 rounded-lg bg-slate-900 px-4 py-2 font-semibold text-white dark:bg-slate-100 dark:text-slate-900">Close</button>
      </form>
    </dialog>
  );
}
