import { InterviewDateControls, OptimizerControls, RetentionSimulator } from "@/components/memory/lazy";
import { MIN_SPACED_REVIEWS } from "@/lib/memory/history";
import { section } from "@/components/settings/settings-styles";
import type { TopicIndexEntry } from "@/lib/deck/payload";

/**
 * Issue 26's two sections of /settings: the interview date (the plan shows on home and /stats) and
 * the memory model (FSRS fitted to the user's reviews). Headings and explanations are static HTML;
 * the controls load after the page, and the optimizer itself only when asked for.
 */
export function MemorySettings({ topicIndex }: { topicIndex: TopicIndexEntry[] }) {
  const manyDecks = new Set(topicIndex.map((t) => t.deckSlug)).size > 1;
  const topics = topicIndex.map((t) => ({ key: `${t.deckSlug}/${t.slug}`, title: manyDecks ? `${t.deckSlug}: ${t.title}` : t.title }));
  return (
    <>
      <section id="interview-date" aria-labelledby="interview-date-settings" className={section}>
        <h2 id="interview-date-settings" className="text-lg font-semibold">
          Interview date
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Until the day, Due decks bring back every question whose predicted recall on the day would fall below your target, as late as still works; the last days are a final review. After the date, scheduling is
          normal again and nothing is lost.
        </p>
        <InterviewDateControls topics={topics} />
      </section>
      <section aria-labelledby="memory-settings" className={section}>
        <h2 id="memory-settings" className="text-lg font-semibold">
          Your memory model
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          PrepDeck schedules with FSRS. Nothing leaves this browser.
        </p>
        <h3 className="font-semibold">Optimize my schedule</h3>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Fits FSRS&apos;s 21 parameters to your own reviews (the FSRS project&apos;s optimizer, run in the background), then shows how well the defaults and the fitted parameters predict the days it did not
          see, and you choose. It needs at least {MIN_SPACED_REVIEWS} reviews made a day or more after the card&apos;s previous one: only those show how you forget, and with fewer, 21 parameters would follow
          noise (Anki asks for a few hundred too).
        </p>
        <OptimizerControls />
        <h3 className="font-semibold">What a desired retention costs</h3>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          For desired retentions from 70% to 97% (the Reviews setting above): the reviews and minutes a day over the next 30 and 90 days, and the recall to expect at the end.
        </p>
        <RetentionSimulator />
      </section>
    </>
  );
}
