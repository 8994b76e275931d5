"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { UserDeckSummary } from "@/lib/deck/user-deck";
import { getUserDeck, listUserDecks } from "@/lib/deck/user-decks-db";
import { secondaryButton } from "@/components/settings/settings-styles";

function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

const fileBase = (title: string) => title.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "deck";

/**
 * Each deck added in this browser as CSV or as an Anki package. The exporters (Papa Parse; sql.js
 * in the import worker) load only when a button is clicked.
 */
export function DeckExport() {
  const [decks, setDecks] = useState<UserDeckSummary[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    listUserDecks().then(
      (list) => live && setDecks(list.decks),
      () => live && setDecks([]),
    );
    return () => {
      live = false;
    };
  }, []);

  const exportDeck = async (slug: string, as: "csv" | "apkg") => {
    setMessage(null);
    try {
      const record = await getUserDeck(slug);
      if (!record) throw new Error("This deck can't be read any more.");
      if (as === "csv") {
        const { deckToCsv } = await import("@/lib/import/export-csv");
        download(`${fileBase(record.title)}.csv`, deckToCsv(record.deck), "text/csv");
      } else {
        const { startImportWorker } = await import("@/components/import/worker-client");
        const worker = startImportWorker();
        try {
          const out = await worker.run({ type: "export-apkg", deck: record.deck, assets: record.assets ?? {}, now: Date.now() });
          if (out.kind === "apkg") download(`${fileBase(record.title)}.apkg`, new Uint8Array(out.bytes), "application/zip");
        } finally {
          worker.stop();
        }
      }
      setMessage(`Exported ${record.title}.`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  if (decks === null) return <p className="min-h-11 text-sm">Looking for your decks…</p>;
  if (decks.length === 0) return <p className="text-sm">No deck added in this browser yet. <Link className="underline" href="/import">Import one</Link>.</p>;
  return (
    <>
      <ul className="space-y-2">
        {decks.map((d) => (
          <li key={d.slug} className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{d.title}</span>
            <button type="button" className={secondaryButton} onClick={() => void exportDeck(d.slug, "csv")} aria-label={`Export ${d.title} as CSV`}>
              CSV
            </button>
            <button type="button" className={secondaryButton} onClick={() => void exportDeck(d.slug, "apkg")} aria-label={`Export ${d.title} as an Anki package`}>
              Anki .apkg
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="min-h-6 text-sm">
        {message}
      </p>
    </>
  );
}
