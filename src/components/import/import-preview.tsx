"use client";

import { useState } from "react";
import type { AnkiResult } from "@/lib/import/protocol";
import type { DeckPreview } from "@/lib/import/preview";
import { formatCount } from "@/components/ui/count-format";

// Not toLocaleString, which makes a new formatter per call: a preview of 100 topics then spent a
// long main-thread task (300 ms measured under load) building number formatters.
const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** What will be saved: topics with their counts, the first cards, and for Anki the history and what was left out. */
export function ImportPreview({ preview, anki }: { preview: DeckPreview; anki: AnkiResult | null }) {
  // The worker sends the first cards only, with the package's pictures (preview.ts).
  const { cards, sample } = preview;
  const reviews = anki?.reviews;
  const skipped = reviews ? reviews.skipped.manual + reviews.skipped.filtered + reviews.skipped.rescheduled : 0;
  // Made only for a history to date (a page's first Intl formatter loads the locale's data).
  const dayFormat = reviews && reviews.count > 0 ? new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }) : null;
  const day = (ms: number) => dayFormat?.format(ms) ?? "";
  return (
    <section aria-labelledby="import-preview" className="space-y-3" data-testid="import-preview">
      <h2 id="import-preview" className="text-lg font-semibold">
        Preview
      </h2>
      <p>
        <strong>{preview.title}</strong>: {plural(cards, "card")} in {plural(preview.topics.length, "topic")}
        {anki ? ` from ${plural(anki.notes, "note")}` : ""}.
      </p>
      {reviews && (
        <p data-testid="import-reviews">
          {reviews.count > 0 && reviews.first !== null && reviews.last !== null
            ? `${plural(reviews.count, "review")} from ${day(reviews.first)} to ${day(reviews.last)} will join your history.`
            : "No review history in this package."}
          {skipped > 0 && ` ${plural(skipped, "entry", "entries")} skipped (manual changes, reschedules, filtered-deck reviews: not recall).`}
          {reviews.skipped.unknownCard > 0 && ` ${plural(reviews.skipped.unknownCard, "review")} of cards not imported skipped.`}
        </p>
      )}
      <ul className="list-disc space-y-1 pl-6 text-sm">
        {anki && anki.otherNoteTypes.length > 0 && <li>Note types read as “first field is the question, the rest the answer”: {anki.otherNoteTypes.join(", ")}.</li>}
        {anki && anki.soundsDropped > 0 && <li>{plural(anki.soundsDropped, "sound")} left out: PrepDeck cards have no audio.</li>}
        {anki && anki.pictures > 0 && <li>{plural(anki.pictures, "picture")} kept with the deck.</li>}
        {anki && anki.imagesDropped.length > 0 && <li>{plural(anki.imagesDropped.length, "picture")} left out (missing, or over 1 MB each / 10 MB in all).</li>}
        {anki && anki.duplicates > 0 && <li>{plural(anki.duplicates, "duplicate card")} left out.</li>}
      </ul>
      <TopicCounts topics={preview.topics} />
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

/** The topics and their counts, put in the page when opened: a package of hundreds of topics adds nothing to the preview's first frame. */
function TopicCounts({ topics }: { topics: DeckPreview["topics"] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer font-medium">Topics</summary>
      {open && (
        <ul className="mt-2 space-y-1 text-sm">
          {topics.map((t) => (
            <li key={t.slug}>
              {t.title}: {plural(t.cards, "card")}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
