import type { Metadata } from "next";
import { Suspense } from "react";
// Not lazy: the player is small (stored progress loads apart from it, see deck-player.tsx), and
// loading it with the page's JavaScript saves the round trip before the first card can render.
import { DeckPlayer } from "@/components/drill/deck-player";
import { FirstCardShell } from "@/components/drill/first-card-shell";
import { loadBank } from "@/build";
import { topicIndex } from "@/lib/deck/payload";
import { embeddedFronts, firstCardScript } from "@/lib/drill/first-card-inline";
import { preloadScript } from "@/lib/drill/preload-script";

export const metadata: Metadata = {
  title: "Drill",
  description: "Drill interview questions as flip cards: shuffled, due for review, or the weak ones.",
};

export default async function DrillPage() {
  const { decks } = await loadBank();
  const topics = topicIndex(decks);
  const keys = topics.map((t) => `${t.deckSlug}/${t.slug}`);
  const fronts = embeddedFronts(decks);
  return (
    <>
      {/* Starts downloading the selected topics' questions while the page's JavaScript loads (once it has painted when the first card's question is carried below). */}
      <script dangerouslySetInnerHTML={{ __html: preloadScript(keys, { afterPaint: fronts !== null }) }} />
      {/* The deck is chosen by the query string, which a static page can only read in the browser. */}
      <Suspense fallback={<FirstCardShell />}>
        <DeckPlayer topics={topics} />
      </Suspense>
      {/* Paints a shuffle's first card into the shell above before React hydrates (from the fronts it carries, when they are small). */}
      <script dangerouslySetInnerHTML={{ __html: firstCardScript(keys, fronts) }} />
    </>
  );
}
