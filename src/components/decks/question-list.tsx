import { cardAnchor } from "@/lib/deck/payload";
import { ExpandAll } from "@/components/decks/expand-all";
import { OpenFromHash } from "@/components/decks/open-from-hash";

export interface QuestionItem {
  id: string;
  promptHtml: string;
  frontHtml: string | null;
  answerHtml: string | null;
}

/** The topic's questions, each answer behind a native disclosure (keyboard and screen readers for free). */
export function QuestionList({ cards }: { cards: QuestionItem[] }) {
  return (
    <div className="space-y-3">
      <div className="flex justify-end">
        <ExpandAll listId="questions" />
      </div>
      <OpenFromHash listId="questions" />
      <ol id="questions" className="space-y-3" aria-label="Questions">
        {cards.map((card, i) => (
          <li key={card.id} id={cardAnchor(card.id)}>
            <details className="group rounded-xl border border-slate-200 dark:border-slate-700">
              <summary className="flex cursor-pointer list-none items-start gap-3 rounded-xl p-4 font-medium hover:bg-slate-50 dark:hover:bg-slate-800/50 [&::-webkit-details-marker]:hidden">
                <span aria-hidden="true" className="mt-0.5 text-sm tabular-nums text-slate-600 dark:text-slate-400">
                  {i + 1}.
                </span>
                <span className="min-w-0 flex-1" dangerouslySetInnerHTML={{ __html: card.promptHtml }} />
                <span aria-hidden="true" className="text-slate-600 transition-transform group-open:rotate-90 motion-reduce:transition-none dark:text-slate-400">
                  ›
                </span>
              </summary>
              <div className="border-t border-slate-200 px-4 py-4 dark:border-slate-700">
                {card.frontHtml ? (
                  <div className="answer prose prose-slate mb-4 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: card.frontHtml }} />
                ) : null}
                {card.answerHtml ? (
                  <div className="answer prose prose-slate max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: card.answerHtml }} />
                ) : (
                  <p className="text-slate-700 dark:text-slate-300">No answer in this deck yet.</p>
                )}
              </div>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
