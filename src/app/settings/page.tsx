import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { BackupList, DataControls, DeckExport, InterviewControls } from "@/components/settings/settings-lazy";
import { MemorySettings } from "@/components/settings/settings-memory";
import { ReviewSettings } from "@/components/settings/settings-review";
import { section } from "@/components/settings/settings-styles";
import { ThemeSetting } from "@/components/settings/theme-setting";
import { loadBank } from "@/build";
import { topicIndex } from "@/lib/deck/payload";

export const metadata: Metadata = {
  title: "Settings",
  description: "Review settings, and export, import or reset your progress.",
};

/**
 * Settings: every heading, explanation and label is in the static HTML; only what this browser
 * stored (the values, the counts, the backups) fills in after load, in same-sized places.
 */
export default async function SettingsPage() {
  const { decks } = await loadBank();
  const builtIn = decks.map((d) => ({
    slug: d.slug,
    title: d.title,
    topics: d.topics.map((t) => ({ slug: t.slug, title: t.title })),
    questions: d.topics.reduce((n, t) => n + t.cards.length, 0),
  }));
  return (
    <div className="space-y-6">
      <PageHeader title="Settings" />
      <noscript className="block">
        <p className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100">
          Settings read and change what this browser has stored, so they need JavaScript.
        </p>
      </noscript>
      <ThemeSetting className={section} />
      <ReviewSettings />
      <section aria-labelledby="interview-settings" className={section}>
        <h2 id="interview-settings" className="text-lg font-semibold">
          Interview mode
        </h2>
        <p id="interview-recordings-desc" className="text-sm text-slate-700 dark:text-slate-300">
          Keeping the last recording of each question lets you compare attempts across days; otherwise a recording is gone when you move to the next question. Recordings never leave this browser.
        </p>
        <InterviewControls />
      </section>
      <section id="reset" aria-labelledby="backup-settings" className={section}>
        <h2 id="backup-settings" className="text-lg font-semibold">
          Your data
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Your progress lives in this browser only. Export it to keep a copy or to move it to another browser; importing merges a copy back, or replaces what is here.
        </p>
        <DataControls />
      </section>
      <section aria-labelledby="backups" className={section}>
        <h2 id="backups" className="text-lg font-semibold">
          Backups
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          PrepDeck keeps a copy of your progress before a reset or a replace, and of stored data it could not read. The newest three are kept.
        </p>
        <BackupList />
      </section>
      {/* Sections whose controls load after the page without a placeholder of their size come last: filling them in moves nothing above. */}
      <section aria-labelledby="deck-export" className={section}>
        <h2 id="deck-export" className="text-lg font-semibold">
          Export decks
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Any deck, built in or added here, as CSV (question, answer as HTML or markdown, topic, tags) or as an Anki package with one subdeck per topic. The sizes are what each added deck takes in this browser.
        </p>
        <DeckExport builtIn={builtIn} />
      </section>
      <MemorySettings topicIndex={topicIndex(decks)} />
    </div>
  );
}
