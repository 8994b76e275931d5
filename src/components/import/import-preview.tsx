"use client";

import type { Deck } from "@/lib/content/models";
import type { AnkiResult } from "@/lib/import/protocol";
import { cardWithAssets } from "@/lib/deck/user-deck-assets";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
const day = (ms: number) => new Date(ms).toLocaleDateString("en", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

/** What will be saved: topics with their counts, the first cards, and for Anki the history and what was left out. */
export function ImportPreview({ deck, anki }: { deck: Deck; anki: AnkiResult | null }) {
  const cards = deck.topics.reduce((n, t) => n + t.cards.length, 0);
  // The first cards only (a 10,000-note package must not render 10,000 answers), with the package's pictures.
  const sample = deck.topics.flatMap((t) => t.cards).slice(0, 5).map((c) => cardWithAssets(c, anki?.assets ?? {}));
  const reviews = anki?.reviews;
  const skipped = reviews ? reviews.skipped.manual + reviews.skipped.filtered + reviews.skipped.rescheduled : 0;
  return (
    <section aria-labelledby="import-preview" className="space-y-3" data-testid="import-preview">
      <h2 id="import-preview" className="text-lg font-semibold">
        Preview
      </h2>
      <p>
        <strong>{deck.title}</strong>: {plural(cards, "card")} in {plural(deck.topics.length, "topic")}
        {anki ? ` from ${plural(anki.notes, "note")}` : ""}.
      </p>
      {reviews && (
        <p data-testid="import-reviews">
          {reviews.packed.count > 0 && reviews.first !== null && reviews.last !== null
            ? `${plural(reviews.packed.count, "review")} from ${day(reviews.first)} to ${day(reviews.last)} will join your history.`
            : "No review history in this package."}
          {skipped > 0 && ` ${plural(skipped, "entry", "entries")} skipped (manual changes, reschedules, filtered-deck reviews: not recall).`}
          {reviews.skipped.unknownCard > 0 && ` ${plural(reviews.skipped.unknownCard, "review")} of cards not imported skipped.`}
        </p>
      )}
      <ul className="list-disc space-y-1 pl-6 text-sm">
        {anki && anki.otherNoteTypes.length > 0 && <li>Note types read as “first field is the question, the rest the answer”: {anki.otherNoteTypes.join(", ")}.</li>}
        {anki && anki.soundsDropped > 0 && <li>{plural(anki.soundsDropped, "sound")} left out: PrepDeck cards have no audio.</li>}
        {anki && Object.keys(anki.assets).length > 0 && <li>{plural(Object.keys(anki.assets).length, "picture")} kept with the deck.</li>}
        {anki && anki.imagesDropped.length > 0 && <li>{plural(anki.imagesDropped.length, "picture")} left out (missing, or over 1 MB each / 10 MB in all).</li>}
        {anki && anki.duplicates > 0 && <li>{plural(anki.duplicates, "duplicate card")} left out.</li>}
      </ul>
      <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
        <summary className="cursor-pointer font-medium">Topics</summary>
        <ul className="mt-2 space-y-1 text-sm">
          {deck.topics.map((t) => (
            <li key={t.slug}>
              {t.title}: {plural(t.cards.length, "card")}
            </li>
          ))}
        </ul>
      </details>
      <ol className="space-y-2" aria-label="First cards">
        {sample.map((c) => (
          <li key={c.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <p className="font-medium">{c.prompt}</p>
            {c.frontHtml?.includes("<img") && <div className="prose prose-sm mt-1 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: c.frontHtml }} />}
            {c.answerHtml && <div className="prose prose-sm mt-1 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: c.answerHtml }} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
