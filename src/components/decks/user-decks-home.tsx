"use client";

import Link from "next/link";
import { deckPageHref } from "@/lib/deck/user-deck-routes";
import { useUserDecks } from "@/stores/user-decks-store";
import { UserDeckCorrupt } from "@/components/decks/user-deck-corrupt";
import { DeckDueLive } from "@/components/decks/deck-due-lazy";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The decks added in this browser, one line each (title, size, what is due), as a deck list in
 * Anki or Quizlet: the deck's own page (`/deck?d=…`) holds its topics, drill buttons and interview.
 * Ten added decks cost the home page ten lines, not ten full deck sections. Any saved deck that
 * can't be read is offered for removal below. Nothing at all when there are none.
 */
export function UserDecksHome() {
  const view = useUserDecks();
  if (view.status !== "ready" || view.decks.length + view.corrupt.length === 0) return null;
  return (
    <section aria-labelledby="your-decks" className="space-y-3">
      <h2 id="your-decks" className="text-2xl font-bold tracking-tight">
        Your decks
      </h2>
      {view.decks.length > 0 ? (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {view.decks.map((deck) => (
            <li
              key={deck.slug}
              data-testid="user-deck"
              className="relative flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3 focus-within:bg-slate-50 hover:bg-slate-50 dark:focus-within:bg-slate-800/60 dark:hover:bg-slate-800/60"
            >
              {/* The link covers the whole line (its ::after), so the line is one big target. */}
              <Link
                href={deckPageHref(deck.slug)}
                {...PREFETCH_ON_INTENT}
                className="min-w-0 font-semibold underline-offset-4 after:absolute after:inset-0 after:content-[''] hover:underline"
              >
                {deck.title}
              </Link>
              <span className="text-sm text-slate-700 dark:text-slate-300">
                {plural(deck.topics.length, "topic")} · {plural(deck.questions, "question")}
              </span>
              <DeckDueLive topics={deck.topics} />
            </li>
          ))}
        </ul>
      ) : null}
      {view.corrupt.map((c) => (
        <UserDeckCorrupt key={c.slug} slug={c.slug} raw={c.raw} />
      ))}
    </section>
  );
}
