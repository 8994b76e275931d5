"use client";

import dynamic from "next/dynamic";
import { ProgressPlaceholder } from "@/components/decks/topic-progress";

/*
 * Everything that reads the progress store loads after the page: the store, ts-fsrs, zod and the
 * codec are a third of the JavaScript, and none of it is needed to show a page. Stored numbers
 * render only after hydration anyway, behind same-sized placeholders.
 */

const loadingProgress = () => <p className="text-slate-700 dark:text-slate-300">Loading your progress…</p>;

export const ProgressProvider = dynamic(() => import("@/components/shell/progress-provider").then((m) => m.ProgressProvider), { ssr: false });

export const TopicProgressLive = dynamic(() => import("@/components/decks/topic-progress-live").then((m) => m.TopicProgressLive), {
  ssr: false,
  loading: ProgressPlaceholder,
});

export const DeckProgressLive = dynamic(() => import("@/components/decks/topic-progress-live").then((m) => m.DeckProgressLive), {
  ssr: false,
  loading: ProgressPlaceholder,
});

export const WeakList = dynamic(() => import("@/components/decks/weak-list").then((m) => m.WeakList), { ssr: false, loading: loadingProgress });

// One empty line of the same height, so nothing moves when "Today 12 / 20 · 5-day streak" appears.
const lineSpace = () => <p aria-hidden="true">&nbsp;</p>;

export const TodayLine = dynamic(() => import("@/components/decks/today-line").then((m) => m.TodayLine), { ssr: false, loading: lineSpace });

// Service worker registration and the update prompt: nothing a page needs to show.
export const UpdatePrompt = dynamic(() => import("@/components/shell/update-prompt").then((m) => m.UpdatePrompt), { ssr: false });
