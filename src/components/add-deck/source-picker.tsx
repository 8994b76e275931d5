"use client";

import { type DragEvent, type FormEvent, useEffect, useRef, useState } from "react";
import type { SourceChoice } from "@/lib/add-deck/sources";
import { fromDrop, fromFileList } from "./picked-files";
import { field, muted, panel, primaryButton } from "./styles";

// As wide as the drop box at most, so its focus ring (3 px outside, globals.css) stays inside the box's padding.
const fileInput = "block w-full max-w-full text-sm";

/**
 * The five ways in: files (or a zip), a folder, a drop, pasted markdown, a link. `onReach` is called
 * when the user heads for one (pointer over, focus inside), so the page can get the reader ready.
 */
export function SourcePicker({ onChoose, onReach, busy }: { onChoose: (choice: SourceChoice) => void; onReach?: () => void; busy: boolean }) {
  // Read from the fields when submitted, not kept in state: what was typed before the page's
  // script ran (it starts after the first paint) is in the field, and a state would not know it.
  const text = useRef<HTMLTextAreaElement>(null);
  const [over, setOver] = useState(false);
  // Set once the picker's handlers are attached: before, a click on "Read it" does nothing (the
  // text stays), and end-to-end tests wait for it.
  const root = useRef<HTMLDivElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const pick = (kind: "files" | "folder", list: FileList | null) => list && list.length > 0 && void fromFileList(list).then((files) => onChoose({ kind, files }));
  // Files chosen before the page's script ran (it starts after the first paint) changed the input
  // when no handler was listening: they are read once the picker is live.
  useEffect(() => {
    root.current?.setAttribute("data-live", "");
    pick("files", filesInput.current?.files ?? null);
    pick("folder", folderInput.current?.files ?? null);
    // Once, on mount: later choices go through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const submitLink = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onChoose({ kind: "link", url: String(new FormData(e.currentTarget).get("link") ?? "").trim() });
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    void fromDrop(e.dataTransfer).then(({ files, folder }) => onChoose({ kind: folder ? "folder" : "files", files }));
  };

  return (
    <div className="space-y-4" ref={root} data-testid="source-picker" onPointerEnter={onReach} onFocus={onReach} onDragEnter={onReach}>
      <section aria-labelledby="from-files" className={panel}>
        <h2 id="from-files" className="text-lg font-semibold">From your computer</h2>
        <div
          data-testid="drop-zone"
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          className={`space-y-3 rounded-lg border-2 border-dashed p-4 ${over ? "border-blue-700 bg-blue-50 dark:bg-blue-950/40" : "border-slate-300 dark:border-slate-600"}`}
        >
          <p className={muted}>Drop markdown files, a folder or a repository&apos;s .zip here, or choose them:</p>
          <div className="flex flex-wrap gap-4">
            <label className="block min-w-0 max-w-full space-y-1">
              <span className="block font-medium">Markdown files or a .zip</span>
              <input
                type="file"
                multiple
                accept=".md,.mdx,.markdown,.zip,text/markdown,application/zip"
                ref={filesInput}
                disabled={busy}
                onChange={(e) => pick("files", e.target.files)}
                className={fileInput}
              />
            </label>
            <label className="block min-w-0 max-w-full space-y-1">
              <span className="block font-medium">A folder</span>
              <input
                type="file"
                ref={(el) => {
                  el?.setAttribute("webkitdirectory", "");
                  folderInput.current = el;
                }}
                disabled={busy}
                onChange={(e) => pick("folder", e.target.files)}
                className={fileInput}
              />
            </label>
          </div>
        </div>
      </section>

      <section aria-labelledby="from-link" className={panel}>
        <h2 id="from-link" className="text-lg font-semibold">From a link</h2>
        {/* Sent before the script has run, the form opens /add?link=…, which reads the link (add-deck-page.tsx). */}
        <form data-app-form="add-deck-source" action="/add" method="get" className="flex flex-wrap items-end gap-2" onSubmit={submitLink}>
          <label className="min-w-0 flex-1 space-y-1">
            <span className="block font-medium">GitHub repository, folder or file, or a raw .md address</span>
            <input type="url" name="link" required placeholder="https://github.com/owner/repository" className={`${field} w-full`} />
          </label>
          <button type="submit" disabled={busy} className={primaryButton}>Fetch</button>
        </form>
        <p className={muted}>Your browser fetches it from GitHub directly (60 requests an hour without an account); nothing goes through PrepDeck.</p>
      </section>

      <section aria-labelledby="from-paste" className={panel}>
        <h2 id="from-paste" className="text-lg font-semibold">Paste markdown</h2>
        {/* Not a submit: sent before the script ran, a form would reload the page and lose the text. */}
        <div className="space-y-2">
          <label className="block space-y-1">
            <span className="block font-medium">Markdown</span>
            <textarea ref={text} rows={6} className={`${field} w-full font-mono text-sm`} />
          </label>
          <button type="button" disabled={busy} className={primaryButton} onClick={() => onChoose({ kind: "paste", text: text.current?.value ?? "" })}>
            Read it
          </button>
        </div>
      </section>
    </div>
  );
}
