"use client";

import dynamic from "next/dynamic";

// The user decks (IndexedDB, their schemas) load after the page, like everything that reads
// stored data (see shell/lazy.tsx): a visitor with none pays nothing on first load.
export const UserDecksHome = dynamic(() => import("@/components/decks/user-decks-home").then((m) => m.UserDecksHome), { ssr: false });

const loadingProgress = () => <p className="text-slate-700 dark:text-slate-300">Loading your progress…</p>;

export const WeakListWithUserDecks = dynamic(() => import("@/components/decks/user-topics-views").then((m) => m.WeakListWithUserDecks), {
  ssr: false,
  loading: loadingProgress,
});

export const StatsWithUserDecks = dynamic(() => import("@/components/decks/user-topics-views").then((m) => m.StatsWithUserDecks), {
  ssr: false,
  loading: loadingProgress,
});
