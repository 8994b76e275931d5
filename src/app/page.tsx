import type { Metadata } from "next";
import { DeckOverview } from "@/components/decks/deck-overview";
import { TodayLine } from "@/components/shell/lazy";
import { InterviewPlanPanel } from "@/components/memory/lazy";
import { loadBank } from "@/lib/content";
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
            <header className="space-y-1">
              <h1 id={`deck-${deck.slug}`} className="text-3xl font-bold tracking-tight">
                {deck.title} interview questions
              </h1>
              <p className="text-slate-700 dark:text-slate-300">
                {deck.topics.length} topics · {questions} questions. Pick topics, or drill them all.
              </p>
            </header>
            <DeckOverview deckSlug={deck.slug} topics={topicIndex([deck])} />
          </section>
        );
      })}
    </div>
  );
}
