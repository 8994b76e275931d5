"use client";

import { useMemo, useState } from "react";
import type { DeckReport } from "@/lib/add-deck/report";
import type { Card } from "@/lib/content/models";
import { deckWithAssets } from "@/lib/deck/user-deck-assets";
import { muted, panel } from "./styles";

const FIRST_CARDS = 3;

/**
 * One card as the drill will show it. Its answer is put in the page when first opened: a preview
 * of a big bank holds a hundred answers, and parsing them all at once is a long main-thread task.
 */
function PreviewCard({ card }: { card: Card }) {
  const [opened, setOpened] = useState(false);
  return (
    <details data-testid="preview-card" className="rounded-lg border border-slate-200 dark:border-slate-700" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="cursor-pointer p-3 font-medium" dangerouslySetInnerHTML={{ __html: card.promptHtml }} />
      {opened ? (
        <div className="border-t border-slate-200 p-3 dark:border-slate-700" data-testid="preview-answer">
          {card.frontHtml ? <div className="answer prose prose-slate mb-3 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: card.frontHtml }} /> : null}
          {card.answerHtml ? (
            <div className="answer prose prose-slate max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: card.answerHtml }} />
          ) : (
            <p className={muted}>No answer in this bank.</p>
          )}
        </div>
      ) : null}
    </details>
  );
}

/**
 * The bank doctor's report before anything is saved: topics and counts, the first cards of each
 * topic as the drill will show them (the reader's sanitized HTML, as on topic pages), then the
 * reader's notes per file with line numbers, and what was left out.
 */
export function DeckPreview({ report, skipped }: { report: DeckReport; skipped: string[] }) {
  // Shown with the bank's own pictures (data: URLs); saved with their paths, the pictures beside.
  const deck = useMemo(() => (report.deck ? deckWithAssets(report.deck, report.assets) : null), [report.deck, report.assets]);
  const kept = Object.keys(report.assets).length;
  return (
    <section aria-labelledby="preview" className={panel} data-testid="deck-preview">
      <h2 id="preview" className="text-lg font-semibold">Preview</h2>
      {deck ? (
        <>
          <p data-testid="preview-summary">
            <strong>{deck.title}</strong>: {report.topics.length} {report.topics.length === 1 ? "topic" : "topics"} · {report.questions} {report.questions === 1 ? "question" : "questions"} ({report.answered} with answers)
          </p>
          {deck.description ? <p className={muted}>{deck.description}</p> : null}
          {kept > 0 || report.picturesDropped.length > 0 ? (
            <p className={muted} data-testid="preview-pictures">
              {kept} {kept === 1 ? "picture" : "pictures"} from the bank kept with the deck
              {report.picturesDropped.length > 0 ? `; not kept (missing, over 1 MB, or past 10 MB a deck): ${report.picturesDropped.join(", ")}` : ""}. Pictures on other sites are shown as links, never loaded.
            </p>
          ) : null}
          <ol className="space-y-4" aria-label="Topics">
            {deck.topics.map((t) => (
              <li key={t.slug} className="space-y-2">
                <h3 className="font-semibold">
                  {t.title} <span className="font-normal text-slate-700 dark:text-slate-300">({t.cards.length})</span>
                </h3>
                <ul className="space-y-2">
                  {t.cards.slice(0, FIRST_CARDS).map((c) => (
                    <li key={c.id}>
                      <PreviewCard card={c} />
                    </li>
                  ))}
                </ul>
                {t.cards.length > FIRST_CARDS ? <p className={muted}>…and {t.cards.length - FIRST_CARDS} more</p> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {report.problems.length > 0 ? (
        <div className="space-y-1">
          <h3 className="font-semibold">Could not read</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {report.problems.map((p, i) => (
              <li key={i}>
                <code>{p.file}:{p.line}</code> {p.message} <span className="text-slate-700 dark:text-slate-300">({p.fix})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.notes.length > 0 || skipped.length > 0 ? (
        <details>
          <summary className="cursor-pointer font-semibold">
            What the reader skipped ({report.notes.reduce((n, f) => n + f.notes.length, 0) + skipped.length})
          </summary>
          <div className="mt-2 space-y-3 text-sm" data-testid="preview-notes">
            {report.notes.map((f) => (
              <div key={f.file}>
                <h3 className="font-mono font-semibold">{f.file}</h3>
                <ul className="list-disc pl-5">
                  {f.notes.map((n, i) => (
                    <li key={i}>{n.line !== null ? `line ${n.line}: ` : ""}{n.message}</li>
                  ))}
                </ul>
              </div>
            ))}
            {skipped.length > 0 ? (
              <div>
                <h3 className="font-semibold">Files not read</h3>
                <ul className="list-disc pl-5">
                  {skipped.map((s, i) => (
                    <li key={i}>{s}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        </details>
      ) : null}
      <p className={muted}>Read in {Math.round(report.ms)} ms.</p>
    </section>
  );
}
