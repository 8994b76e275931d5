import type { Metadata } from "next";
import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { AddDeckPage } from "@/components/add-deck/add-deck-page";

export const metadata: Metadata = {
  title: "Add a deck",
  description: "Add your own question bank: markdown files, a folder, a repository zip, pasted text or a GitHub link. It stays in this browser.",
};

export default function AddPage() {
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Add a deck</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Bring the question bank you are preparing from. It is read here, in your browser, shown before anything is saved, and kept in this browser only (no account, no server). Or pick a ready-made bank from the{" "}
          <Link {...PREFETCH_ON_INTENT} href="/catalogue" className="underline">catalogue</Link>. Coming from Anki, Quizlet or a spreadsheet?{" "}
          <Link {...PREFETCH_ON_INTENT} href="/import" className="underline">Import an Anki package or a CSV</Link>, review history included.
        </p>
        <p className="text-sm text-slate-700 dark:text-slate-300" id="add-pictures">
          Pictures: those inside a folder or zip bank (beside its markdown, up to 1 MB each and 10 MB a deck) are kept with the deck and shown on its cards. Pictures hosted on other sites are never loaded (that would tell those sites what you study): they are shown as links you can open.
        </p>
        <noscript className="block">
          <p className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100">Adding a deck reads files in your browser, so it needs JavaScript.</p>
        </noscript>
      </header>
      <AddDeckPage />
    </div>
  );
}
