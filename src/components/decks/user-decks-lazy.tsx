"use client";

import dynamic from "next/dynamic";
import { AfterLoad } from "@/components/shell/after-load";

// The user decks (IndexedDB, their schemas) load after the page, like everything that reads
// stored data (see shell/lazy.tsx): a visitor with none pays nothing on first load.
// It shows nothing until IndexedDB is read, so it waits for the page's load and an idle moment too.
const UserDecksHomeLazy = dynamic(() => import("@/components/decks/user-decks-home").then((m) => m.UserDecksHome), { ssr: false });

export const UserDecksHome = () => (
  <AfterLoad>
    <UserDecksHomeLazy />
  </AfterLoad>
);

const loadingProgress = () => <p className="text-slate-700 dark:text-slate-300">Loading your progress…</p>;

export const WeakListWithUserDecks = dynamic(() => import("@/components/decks/user-topics-views").then((m) => m.WeakListWithUserDecks), {
  ssr: false,
  loading: loadingProgress,
});

// A user deck's pages read IndexedDB and validate what they read (zod): none of that is needed to
// paint the page's shell, so it loads after, keeping these routes' first load like any other's.
const loadingDeck = () => (
  <p className="py-16 text-center text-slate-600 dark:text-slate-400" aria-live="polite">
    Loading the deck…
  </p>
);

export const UserDeckPage = dynamic(() => import("@/components/decks/user-deck-page").then((m) => m.UserDeckPage), { ssr: false, loading: loadingDeck });

export const UserTopicPage = dynamic(() => import("@/components/decks/user-topic-page").then((m) => m.UserTopicPage), { ssr: false, loading: loadingDeck });
