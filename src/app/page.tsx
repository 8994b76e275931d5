import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { DeckOverview } from "@/components/decks/deck-overview";
import { TodayLine } from "@/components/shell/lazy";
import { UserDecksHome } from "@/components/decks/user-decks-lazy";
import { loadBank } from "@/build";
import { InterviewPlanPanel } from "@/components/memory/lazy";
import { topicIndex } from "@/lib/deck/payload";

export const metadata: Metadata = {
  title: { absolute: "PrepDeck: interview flashcards" },
  description: "Browse interview question topics, drill shuffled flip cards and track which questions feel weak.",
};

export default async function HomePage() {
  const { decks } = await loadBank();
  return (
    <div className="space-y-10">
      <TodayLine />
      <InterviewPlanPanel topics={topicIndex(decks)} />
      {decks.map((deck) => {
        const questions = deck.topics.reduce((n, t) => n + t.cards.length, 0);
        return (
          <section key={deck.slug} aria-labelledby={`deck-${deck.slug}`} className="space-y-4">
            <PageHeader
              id={`deck-${deck.slug}`}
              title={`${deck.title} interview questions`}
              intro={`${deck.topics.length} topics · ${questions} questions. Pick topics, or drill them all.`}
            />
            <DeckOverview deckSlug={deck.slug} topics={topicIndex([deck])} />
          </section>
        );
      })}
      <UserDecksHome />
      <p className="text-slate-700 dark:text-slate-300">
        Preparing from another bank? <Link {...PREFETCH_ON_INTENT} href="/add" className="font-semibold underline">Add a deck</Link> from your files or a GitHub link, or pick one from the{" "}
        <Link {...PREFETCH_ON_INTENT} href="/catalogue" className="underline">catalogue of public decks</Link>.
      </p>
    </div>
  );
}
