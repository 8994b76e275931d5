"use client";

import { useEffect, useRef, useState } from "react";

interface NoteDialogProps {
  open: boolean;
  cardPrompt: string;
  initial: string;
  onSave: (text: string) => void; // called only when the text changed
  onClose: () => void;
}

/** Your own words on a card, kept with your progress (and shown on its back). */
export function NoteDialog({ open, cardPrompt, initial, onSave, onClose }: NoteDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(initial);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setText(initial);
      d.showModal();
    }
    if (!open && d.open) d.close();
  }, [open, initial]);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="note-title" className="m-auto w-[min(32rem,calc(100%-2rem))] rounded-2xl bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100">
      <form
        method="dialog"
        onSubmit={() => {
          if (text !== initial) onSave(text);
        }}
      >
        <h2 id="note-title" className="text-lg font-semibold">
          Your note
        </h2>
        <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">{cardPrompt}</p>
        <label htmlFor="note-text" className="sr-only">
          Note
        </label>
        <textarea
          id="note-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={5}
          className="w-full rounded-lg border border-slate-300 bg-white p-2 text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
        />
        <div className="mt-3 flex justify-end gap-2">
          <button type="button" onClick={() => ref.current?.close()} className="min-h-11 rounded-lg px-4 py-2 font-semibold hover:bg-slate-100 dark:hover:bg-slate-800">
            Cancel
          </button>
          <button type="submit" className="min-h-11 rounded-lg bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
            Save note
          </button>
        </div>
      </form>
    </dialog>
  );
}
