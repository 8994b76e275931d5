"use client";

import dynamic from "next/dynamic";

/** The stats (store, replay, charts) load after the page, and only on /stats. */
export const StatsView = dynamic(() => import("./stats-view").then((m) => m.StatsView), {
  ssr: false,
  loading: () => <p className="text-slate-700 dark:text-slate-300">Loading your progress…</p>,
});
