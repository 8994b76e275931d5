import Link from "next/link";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { DECK_TOPICS_FIELD, isUserDeckSlug, topicPageHref } from "@/lib/deck/user-deck-routes";
import type { DrillMode } from "@/lib/drill/models";
import { DrillPickerStatus } from "@/components/decks/drill-picker-status";
import { DeckCountsProvider, DeckTopicLine, DeckTotalLine } from "@/components/decks/deck-counts";
import { MockInterviewLauncher } from "@/components/interview/mock-interview-launcher";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";

const MODES: { mode: DrillMode; label: string; hint: string }[] = [
  { mode: "shuffle", label: "Shuffle", hint: "every card, in random order" },
  { mode: "due", label: "Due", hint: "what the schedule says to review now" },
  { mode: "weak", label: "Weak", hint: "flagged, missed or fading cards" },
  { mode: "interview", label: "Interview", hint: "answer out loud against the clock, then check the key points" },
];

const button = "inline-flex min-h-11 items-center rounded-lg px-4 py-2 text-sm font-semibold";

/**
 * The deck's topics with progress, a checkbox each, and drill buttons for the ticked ones: a plain
 * GET form to /drill (`topics=deck/topic&…&mode=…`) rendered on the server, so it works before and
 * without JavaScript. The live parts are small islands: the ticked count, and one for every progress line (deck-counts.tsx).
 */
export function DeckOverview({ deckSlug, topics }: { deckSlug: string; topics: TopicIndexEntry[] }) {
  return (
    <DeckCountsProvider topics={topics}>
      <form action="/drill" method="get" className="group/picker space-y-4">
        {/* "All topics" of a user deck are its own, not the build's (read by drill-picker-status.tsx). */}
        {isUserDeckSlug(deckSlug) ? <input type="hidden" name={DECK_TOPICS_FIELD} value={topics.map((t) => `${t.deckSlug}/${t.slug}`).join(",")} /> : null}
        <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-4 py-3 sm:mx-0 sm:rounded-xl sm:border dark:border-slate-700 dark:bg-[#0b1120]">
          <p className="mr-auto text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
            <DrillPickerStatus />
            <button type="reset" className="ml-2 hidden underline underline-offset-4 group-has-[[name=topics]:checked]/picker:inline">
              Clear
            </button>
          </p>
          {MODES.map((m) => (
            <button
              key={m.mode}
              type="submit"
              name="mode"
              value={m.mode}
              title={m.hint}
              className={`${button} ${m.mode === "shuffle" ? "bg-blue-700 text-white hover:bg-blue-800" : "border border-slate-300 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"}`}
            >
              {m.label}
              <span className="sr-only">: {m.hint}</span>
            </button>
          ))}
          <MockInterviewLauncher idPrefix={deckSlug} />
        </div>
        <DeckTotalLine />
        <ol className="grid gap-3 sm:grid-cols-2" aria-label="Topics">
          {topics.map((t) => {
            const key = `${t.deckSlug}/${t.slug}`;
            return (
              <li
                key={key}
                className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 has-checked:border-blue-600 has-checked:bg-blue-50/60 dark:border-slate-700 dark:has-checked:border-blue-400 dark:has-checked:bg-slate-800/60"
              >
                <div className="flex items-start gap-3">
                  <input
                    type="checkbox"
                    name="topics"
                    value={key}
                    id={`select-${t.deckSlug}-${t.slug}`}
                    className="mt-1 h-5 w-5 shrink-0 accent-blue-700"
                    aria-label={`Select ${t.title}`}
                  />
                  <div className="min-w-0 flex-1">
                    <Link href={topicPageHref(t.deckSlug, t.slug)} {...PREFETCH_ON_INTENT} className="font-medium underline-offset-4 hover:underline">
                      {t.title}
                    </Link>
                    <p className="text-sm text-slate-700 dark:text-slate-300">
                      {t.count} question{t.count === 1 ? "" : "s"}
                    </p>
                  </div>
                </div>
                <DeckTopicLine topicKey={key} />
              </li>
            );
          })}
        </ol>
      </form>
    </DeckCountsProvider>
  );
}
