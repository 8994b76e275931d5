import type { Metadata } from "next";
import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { catalogueSchema } from "@/lib/add-deck/catalogue";
import index from "../../../public/catalogue/index.json";

export const metadata: Metadata = {
  title: "Catalogue of public decks",
  description: "Public interview question banks you can add in one click, with their licences and authors.",
};

// Checked at build time: a bad index.json (scripts/catalogue.mjs) fails the build, not a visitor.
const { banks } = catalogueSchema.parse(index);

/**
 * Public banks shipped with the site as their original files. Nothing is fetched until the user
 * adds one: "Add" opens the add-deck preview for that bank, and saving keeps its licence and author.
 */
export default function CataloguePage() {
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Catalogue of public decks</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Question banks published under open licences, kept here as their authors wrote them. Adding one shows its preview first; it is then saved in this browser with its source, licence and author. To bring your own bank, go to{" "}
          <Link {...PREFETCH_ON_INTENT} href="/add" className="underline">Add a deck</Link>.
        </p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2" aria-label="Public decks">
        {banks.map((b) => (
          <li key={b.id} className="flex flex-col gap-2 rounded-xl border border-slate-200 p-4 dark:border-slate-700">
            <h2 className="text-lg font-semibold" id={`bank-${b.id}`}>{b.title}</h2>
            <p className="text-sm text-slate-700 dark:text-slate-300">{b.description}</p>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {b.questions} questions · {b.language} · {b.licence} · by {b.author} ·{" "}
              <a href={b.sourceUrl} className="underline" rel="noopener noreferrer">source</a>
            </p>
            <div className="mt-auto pt-2">
              <Link
                href={`/add?catalogue=${b.id}`}
                prefetch={false}
                aria-label={`Add ${b.title}`}
                className="inline-flex min-h-11 items-center rounded-lg bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800"
              >
                Add
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
