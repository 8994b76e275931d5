"use client";

import dynamic from "next/dynamic";

/** The stats (store, replay, charts, the user decks' topics) load after the page, and only on /stats. */
export const StatsWithUserDecks = dynamic(() => import("./stats-with-user-decks").then((m) => m.StatsWithUserDecks), {
  ssr: false,
  loading: () => <p className="text-slate-700 dark:text-slate-300">Loading your progress…</p>,
});
