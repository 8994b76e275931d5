"use client";

import Link from "next/link";
import { deckPageHref } from "@/lib/deck/user-deck-routes";
import { useUserDecks } from "@/stores/user-decks-store";
import { DeckOverview } from "@/components/decks/deck-overview";
import { UserDeckCorrupt } from "@/components/decks/user-deck-corrupt";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";

/**
 * The decks added in this browser, each listed as the built-in decks are (topics, progress, drill
 * buttons), and any saved deck that can't be read. Nothing at all when there are none.
 */
export function UserDecksHome() {
  const view = useUserDecks();
  if (view.status !== "ready") return null;
  return (
    <>
      {view.decks.map((deck) => (
        <section key={deck.slug} aria-labelledby={`deck-${deck.slug}`} className="space-y-4" data-testid="user-deck">
          <header className="space-y-1">
            <h2 id={`deck-${deck.slug}`} className="text-3xl font-bold tracking-tight">
              <Link href={deckPageHref(deck.slug)} {...PREFETCH_ON_INTENT} className="underline-offset-4 hover:underline">
                {deck.title}
              </Link>
            </h2>
            <p className="text-slate-700 dark:text-slate-300">
              Your deck · {deck.topics.length} topic{deck.topics.length === 1 ? "" : "s"} · {deck.questions} question{deck.questions === 1 ? "" : "s"}
              {deck.description ? ` · ${deck.description}` : ""}
            </p>
          </header>
          <DeckOverview deckSlug={deck.slug} topics={deck.topics} />
        </section>
      ))}
      {view.corrupt.map((c) => (
        <UserDeckCorrupt key={c.slug} slug={c.slug} raw={c.raw} />
      ))}
    </>
  );
}
