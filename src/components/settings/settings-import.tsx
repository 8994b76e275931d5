"use client";

import { useRef, useState } from "react";
import { type ImportMode, type ImportPreview, MAX_IMPORT_BYTES, type Progress } from "@/lib/progress";
import { useProgressStore } from "@/stores/progress-store";
import { importPreviewNow } from "@/stores/views/transfer";
import { type ActionMessage, button, plural } from "@/components/settings/settings-styles";

interface Pending {
  name: string;
  incoming: Progress;
  preview: ImportPreview;
  orphans: number; // the file's reviews of questions the bank no longer has
}

/** "Import a backup…": read and check the file, preview what it changes, then merge or replace. */
/** `known`: the cards of the bank and the added decks, or null when the bank's list did not load (no count of orphans then). */
export function ImportControl({ known, onMessage }: { known: ReadonlySet<string> | null; onMessage: (m: ActionMessage | null) => void }) {
  const importProgress = useProgressStore((s) => s.importProgress);
  const [pending, setPending] = useState<Pending | null>(null);
  const [mode, setMode] = useState<ImportMode>("merge");
  const fileRef = useRef<HTMLInputElement>(null);

  const onFile = async (file: File | undefined) => {
    onMessage(null);
    setPending(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      onMessage({ kind: "error", text: `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB; a PrepDeck backup is at most 5 MB. Nothing was changed.` });
      return;
    }
    // zod comes with the import reader, only when a file is picked.
    const { parseImport } = await import("@/lib/progress/transfer");
    const parsed = parseImport(await file.text(), file.size);
    if (!parsed.ok) {
      onMessage({ kind: "error", text: `"${file.name}" was not imported: ${parsed.message} Nothing was changed.` });
      return;
    }
    setMode("merge");
    setPending({ name: file.name, incoming: parsed.progress, ...importPreviewNow(parsed.progress, known) });
  };

  const apply = async () => {
    if (!pending) return;
    const result = await importProgress(pending.incoming, mode);
    if (!result.ok) {
      onMessage({ kind: "error", text: result.message, details: result.details });
      return;
    }
    onMessage({
      kind: "ok",
      text:
        mode === "merge"
          ? `Imported "${pending.name}": ${plural(pending.preview.newReviews, "new review")} merged.`
          : `Replaced your progress with "${pending.name}".${result.backupKey ? " A backup of the previous progress is listed under Backups." : ""}`,
    });
    setPending(null);
    if (fileRef.current) fileRef.current.value = "";
  };

  const p = pending?.preview;
  return (
    <>
      <label className={`${button} cursor-pointer border border-slate-300 focus-within:outline focus-within:outline-3 focus-within:outline-blue-600 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800`}>
        Import a backup…
        <input ref={fileRef} type="file" accept="application/json,.json" className="sr-only" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
      </label>
      {pending && p && (
        <div role="region" aria-label="Import preview" className="w-full space-y-3 rounded-lg bg-slate-50 p-4 dark:bg-slate-800/60">
          <p className="font-medium">Importing &ldquo;{pending.name}&rdquo; would:</p>
          <ul data-testid="import-preview" className="list-disc pl-5 text-sm">
            <li>
              add {plural(p.newReviews, "review")} ({p.alreadyPresent} already here)
            </li>
            {pending.orphans > 0 && (
              <li>
                keep {plural(pending.orphans, "review")} of questions no longer in the bank (they count again if the questions come back)
              </li>
            )}
            {p.undoneReviews > 0 && <li>remove {plural(p.undoneReviews, "review")} undone in the file</li>}
            <li>
              change {plural(p.flagsChanged, "flag")} and {plural(p.notesChanged, "note")}
            </li>
            <li>{p.settingsChanged ? "change your settings" : "keep your settings"}</li>
          </ul>
          <fieldset className="space-y-1 text-sm">
            <legend className="font-medium">How</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="import-mode" checked={mode === "merge"} onChange={() => setMode("merge")} /> Merge with my progress (nothing is lost or counted twice)
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="import-mode" checked={mode === "replace"} onChange={() => setMode("replace")} /> Replace my progress with the file (a backup is kept first)
            </label>
          </fieldset>
          <div className="flex gap-2">
            <button type="button" className={`${button} bg-blue-700 text-white hover:bg-blue-800`} onClick={() => void apply()}>
              {mode === "merge" ? "Merge" : "Replace"}
            </button>
            <button type="button" className={`${button} hover:bg-slate-100 dark:hover:bg-slate-700`} onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </>
  );
}
