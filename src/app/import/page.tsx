import type { Metadata } from "next";
import { ImportFlowLazy } from "@/components/import/import-lazy";

export const metadata: Metadata = {
  title: "Import from Anki, Quizlet or a spreadsheet",
  description: "Bring your Anki decks with their review history, Quizlet sets and CSV files into PrepDeck.",
};

export default function ImportPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Import from Anki, Quizlet or a spreadsheet</h1>
      <p className="text-slate-700 dark:text-slate-300">
        Everything is read in this browser; nothing is uploaded. Anki packages (.apkg, .colpkg) keep their review history, so scheduling starts from
        what you already remember. Limits: 200 MB per package, 50,000 notes, 20 MB of text.
      </p>
      <noscript className="block">
        <p>Importing reads files in your browser, so it needs JavaScript.</p>
      </noscript>
      <ImportFlowLazy />
    </div>
  );
}
