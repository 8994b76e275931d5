"use client";

import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { useState } from "react";
import type { BuiltInDeckRef } from "@/lib/import/built-in-deck";
import type { ExportFormat, ImportRequest } from "@/lib/import/protocol";
import { formatBytes } from "@/lib/deck/limits";
import { useUserDecks } from "@/stores/user-decks-store";
import { secondaryButton } from "@/components/settings/settings-styles";

/** A built-in deck as Settings lists it: what the worker needs to fetch it, and its size. */
export interface BuiltInExport extends BuiltInDeckRef {
  questions: number;
}

function download(name: string, data: Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  // Revoked a moment later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileBase = (title: string) => title.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "deck";

const FORMATS: { format: ExportFormat; label: string; what: string }[] = [
  { format: "csv-html", label: "CSV", what: "as CSV with HTML answers" },
  { format: "csv-markdown", label: "CSV (markdown)", what: "as CSV with markdown answers" },
  { format: "apkg", label: "Anki .apkg", what: "as an Anki package" },
];

type ExportSource = Extract<ImportRequest, { type: "export" }>["source"];
type Target = { kind: "built-in"; ref: BuiltInDeckRef } | { kind: "added"; slug: string };

/**
 * Every deck, built in or added in this browser, as CSV or as an Anki package. All the work
 * (fetching the built-in deck's /data files, Papa Parse, the markdown writer, sql.js) happens in the
 * import worker, which loads only when a button is clicked.
 */
export function DeckExport({ builtIn }: { builtIn: BuiltInExport[] }) {
  const decks = useUserDecks();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportDeck = async (target: Target, format: ExportFormat) => {
    setMessage("Exporting…");
    setBusy(true);
    try {
      let source: ExportSource;
      if (target.kind === "built-in") source = { kind: "built-in", ref: target.ref };
      else {
        const { getUserDeck } = await import("@/lib/deck/user-decks-db");
        const record = await getUserDeck(target.slug);
        if (!record) throw new Error("This deck can't be read any more.");
        source = { kind: "deck", deck: record.deck, assets: record.assets ?? {} };
      }
      const { startImportWorker } = await import("@/components/import/worker-client");
      const worker = startImportWorker();
      try {
        const out = await worker.run({ type: "export", format, source, now: Date.now() });
        if (out.kind !== "export") throw new Error("The export worker answered something unexpected.");
        const apkg = format === "apkg";
        download(`${fileBase(out.title)}.${apkg ? "apkg" : "csv"}`, new Uint8Array(out.bytes), apkg ? "application/zip" : "text/csv");
        setMessage(`Exported ${out.title}: ${out.cards} cards.`);
      } finally {
        worker.stop();
      }
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const row = (key: string, title: string, facts: string, target: Target) => (
    <li key={key} className="flex flex-wrap items-center gap-2">
      <span className="font-medium">{title}</span>
      <span className="text-sm text-slate-700 dark:text-slate-300" data-testid={`deck-facts-${key}`}>
        {facts}
      </span>
      <span className="flex flex-wrap gap-2">
        {FORMATS.map((f) => (
          <button key={f.format} type="button" disabled={busy} className={secondaryButton} onClick={() => void exportDeck(target, f.format)} aria-label={`Export ${title} ${f.what}`}>
            {f.label}
          </button>
        ))}
      </span>
    </li>
  );

  return (
    <>
      <ul className="space-y-2">
        {builtIn.map((d) => row(d.slug, d.title, `${d.questions} questions · built in`, { kind: "built-in", ref: { slug: d.slug, title: d.title, topics: d.topics } }))}
        {decks.status === "ready" &&
          decks.decks.map((d) => row(d.slug, d.title, `${d.questions} questions · ${formatBytes(d.bytes)} stored in this browser`, { kind: "added", slug: d.slug }))}
      </ul>
      {decks.status === "loading" && <p className="text-sm">Looking for the decks you added…</p>}
      {decks.status === "ready" && decks.decks.length === 0 && (
        <p className="text-sm">
          No deck added in this browser yet. <Link {...PREFETCH_ON_INTENT} className="underline" href="/add">Add one</Link> or <Link {...PREFETCH_ON_INTENT} className="underline" href="/import">import one</Link>.
        </p>
      )}
      <p role="status" className="min-h-6 text-sm">
        {message}
      </p>
    </>
  );
}
