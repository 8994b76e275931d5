"use client";

import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { startTransition, useEffect, useRef, useState } from "react";
import { deckPageHref } from "@/lib/deck/user-deck-routes";
import { type ColumnMapping, CSV_OPTIONS, QUIZLET_OPTIONS, type TableOptions } from "@/lib/import/table-options";
import type { AnkiResult, TableResult } from "@/lib/import/protocol";
import { ImportPreview } from "./import-preview";
import { mergeImportedReviews } from "./save-import";
import { TableMapping } from "./table-mapping";
import { type ImportWorker, startImportWorker } from "./worker-client";

const PROVISIONAL = "u-import"; // the worker builds under this slug; its save moves the deck to its own
const button = "min-h-11 rounded-lg px-4 py-2 font-semibold";
const primary = `${button} bg-blue-700 text-white hover:bg-blue-800 disabled:opacity-60`;
const field = "rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100";

type Source = { kind: "anki"; file: File } | { kind: "table"; file: File | null; text: string; name: string };

function tableOptionsFor(name: string): TableOptions {
  if (/\.tsv$/i.test(name)) return { ...CSV_OPTIONS, fieldSeparator: "\\t" };
  if (/\.txt$/i.test(name)) return { ...QUIZLET_OPTIONS, fieldSeparator: "\\t", rowSeparator: "" };
  return CSV_OPTIONS;
}

/**
 * Choose a file or paste text, map columns, preview, save. All reading and the saving happen in the
 * import worker, which keeps the parsed deck: this page gets previews, then "saved" and the history.
 */
export function ImportFlow() {
  const worker = useRef<ImportWorker | null>(null);
  // The table the worker kept for this source and these options: a new mapping re-runs against it.
  const keptTable = useRef<{ source: Source; options: TableOptions; key: number } | null>(null);
  const [source, setSource] = useState<Source | null>(null);
  const [options, setOptions] = useState<TableOptions>(CSV_OPTIONS);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [topicsFrom, setTopicsFrom] = useState<"deck" | "tags">("deck");
  const [withReviews, setWithReviews] = useState(true);
  const [anki, setAnki] = useState<AnkiResult | null>(null);
  const [table, setTable] = useState<TableResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ slug: string; text: string } | null>(null);
  const [paste, setPaste] = useState("");

  useEffect(() => {
    worker.current = startImportWorker();
    return () => worker.current?.stop();
  }, []);

  // Re-read whenever the source or a choice changes; a stale answer is dropped.
  useEffect(() => {
    const w = worker.current;
    if (!source || !w) return;
    let live = true;
    const run = async () => {
      setBusy(true);
      setError(null);
      setSaveError(null);
      try {
        if (source.kind === "anki") {
          // The File itself: the worker reads it (protocol.ts fileBytes).
          const result = await w.run({ type: "anki", bytes: source.file, fileName: source.file.name, slug: PROVISIONAL, topicsFrom, withReviews });
          // A transition: React renders the preview in slices that yield to input, not in one task.
          if (live && result.kind === "anki") startTransition(() => setAnki(result));
        } else {
          const title = source.name.replace(/\.(csv|tsv|txt)$/i, "") || "Pasted cards";
          const same = keptTable.current?.source === source && keptTable.current.options === options ? keptTable.current : null;
          const input = same ? { from: same.key } : source.file ? { bytes: source.file } : { text: source.text };
          const result = await w.run({ type: "table", ...input, fileName: source.name, slug: PROVISIONAL, title, options, mapping });
          if (result.kind === "table") keptTable.current = { source, options, key: result.key };
          if (live && result.kind === "table") {
            startTransition(() => {
              setTable(result);
              if (!mapping) setMapping(result.mapping);
            });
          }
        }
      } catch (e) {
        if (live) {
          setError(e instanceof Error ? e.message : String(e));
          setAnki(null);
          setTable(null);
        }
      } finally {
        if (live) setBusy(false);
      }
    };
    const timer = setTimeout(() => void run(), source.kind === "table" ? 250 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, options, mapping, topicsFrom, withReviews]);

  const choose = (file: File) => {
    setSaved(null);
    setSaveError(null);
    setAnki(null);
    setTable(null);
    setMapping(null);
    if (/\.(apkg|colpkg)$/i.test(file.name)) setSource({ kind: "anki", file });
    else {
      setOptions(tableOptionsFor(file.name));
      setSource({ kind: "table", file, text: "", name: file.name });
    }
  };

  const usePaste = () => {
    setSaved(null);
    setSaveError(null);
    setAnki(null);
    setMapping(null);
    setOptions({ ...QUIZLET_OPTIONS, fieldSeparator: "\\t", rowSeparator: "" });
    setSource({ kind: "table", file: null, text: paste, name: "Pasted cards" });
  };

  const preview = anki?.preview ?? table?.preview ?? null;
  const key = anki?.key ?? table?.key ?? null;
  const save = async () => {
    const w = worker.current;
    if (!w || key === null || !source) return;
    setBusy(true);
    setSaveError(null);
    try {
      const label = source.kind === "anki" ? source.file.name : source.name;
      const result = await w.run({ type: "save", key, source: { kind: source.kind === "anki" ? "anki" : "csv", label }, now: Date.now() });
      if (result.kind !== "saved") throw new Error("The import worker answered something unexpected, so the deck may not be saved. Reload the page and try again.");
      const reviews = await mergeImportedReviews(result.reviews);
      setSaved({ slug: result.slug, text: `Saved ${result.title} (${result.cards.toLocaleString("en")} cards)${reviews ? ` and ${reviews.toLocaleString("en")} reviews` : ""}.` });
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-6">
      <section aria-labelledby="import-source" className="space-y-3">
        <h2 id="import-source" className="text-lg font-semibold">
          1. Choose a file or paste
        </h2>
        <label className="flex flex-col gap-1 font-medium">
          Anki package, CSV, TSV or Quizlet text
          <input
            type="file"
            accept=".apkg,.colpkg,.csv,.tsv,.txt"
            className={field}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) choose(f);
            }}
          />
        </label>
        <label className="flex flex-col gap-1 font-medium">
          Or paste Quizlet export text
          <textarea className={`${field} min-h-28 font-mono text-sm`} value={paste} onChange={(e) => setPaste(e.target.value)} />
        </label>
        <button type="button" className={`${button} border border-slate-400`} disabled={!paste.trim()} onClick={usePaste}>
          Read pasted text
        </button>
      </section>

      {source?.kind === "anki" && (
        <fieldset className="flex flex-wrap gap-6">
          <legend className="text-lg font-semibold">2. Choices</legend>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Topics from
            <select className={`${field} min-h-11`} value={topicsFrom} onChange={(e) => setTopicsFrom(e.target.value === "tags" ? "tags" : "deck")}>
              <option value="deck">Anki subdecks</option>
              <option value="tags">Tags (first tag)</option>
            </select>
          </label>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" className="h-5 w-5 accent-blue-700" checked={withReviews} onChange={(e) => setWithReviews(e.target.checked)} />
            Import review history (untick for cards only)
          </label>
        </fieldset>
      )}

      {source?.kind === "table" && table && mapping && (
        <TableMapping head={table.head} columns={table.columns} mapping={mapping} options={options} onMapping={setMapping} onOptions={setOptions} />
      )}
      {table && table.ragged > 0 && <p className="text-sm">{table.ragged.toLocaleString("en")} rows have a different number of fields than the first: check the separators.</p>}

      <p role="status" aria-live="polite" className="min-h-6 text-sm">
        {busy ? "Reading…" : ""}
      </p>
      {(error ?? table?.problem) && (
        <p role="alert" className="rounded-lg border border-red-700 p-3 text-red-800 dark:border-red-400 dark:text-red-200">
          {error ?? table?.problem} Nothing was saved.
        </p>
      )}

      {preview && !error && <ImportPreview preview={preview} anki={anki} />}
      {saveError && (
        <p role="alert" className="rounded-lg border border-red-700 p-3 text-red-800 dark:border-red-400 dark:text-red-200">
          {saveError}
        </p>
      )}
      {preview && !error && (
        <button type="button" className={primary} disabled={busy} onClick={() => void save()}>
          Save deck
        </button>
      )}
      {saved && (
        <p role="status" className="rounded-lg border border-green-700 p-3 dark:border-green-400">
          {saved.text} <Link {...PREFETCH_ON_INTENT} href={deckPageHref(saved.slug)} className="font-semibold underline">Open the deck</Link>
        </p>
      )}
    </div>
  );
}
