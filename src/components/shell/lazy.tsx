"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { ProgressPlaceholder } from "@/components/decks/progress-placeholders";
import { AfterLoad } from "@/components/shell/after-load";

/*
 * Everything that reads the progress store loads after the page: the store, ts-fsrs, zod and the
 * codec are a third of the JavaScript, and none of it is needed to show a page. Stored numbers
 * render only after hydration anyway, behind same-sized placeholders. The islands that show them
 * wait for the page's load and an idle moment (AfterLoad): their code, the store and the counting
 * run after the page is painted, not while it paints.
 */

const loadingProgress = () => <p className="text-slate-700 dark:text-slate-300">Loading your progress…</p>;

export const ProgressProvider = dynamic(() => import("@/components/shell/progress-provider").then((m) => m.ProgressProvider), { ssr: false });

const TopicProgressLazy = dynamic(() => import("@/components/decks/topic-progress-live").then((m) => m.TopicProgressLive), {
  ssr: false,
  loading: ProgressPlaceholder,
});

const WeakListLazy = dynamic(() => import("@/components/decks/weak-list").then((m) => m.WeakList), { ssr: false, loading: loadingProgress });

// One empty line of the same height, so nothing moves when "Today 12 / 20 · 5-day streak" appears.
const lineSpace = () => <p aria-hidden="true">&nbsp;</p>;

const TodayLineLazy = dynamic(() => import("@/components/decks/today-line").then((m) => m.TodayLine), { ssr: false, loading: lineSpace });

// Service worker registration and the update prompt: nothing a page needs to show.
export const UpdatePrompt = dynamic(() => import("@/components/shell/update-prompt").then((m) => m.UpdatePrompt), { ssr: false });

export const TopicProgressLive = (props: ComponentProps<typeof TopicProgressLazy>) => (
  <AfterLoad fallback={<ProgressPlaceholder />}>
    <TopicProgressLazy {...props} />
  </AfterLoad>
);

export const WeakList = (props: ComponentProps<typeof WeakListLazy>) => (
  <AfterLoad fallback={loadingProgress()}>
    <WeakListLazy {...props} />
  </AfterLoad>
);

export const TodayLine = () => (
  <AfterLoad fallback={lineSpace()}>
    <TodayLineLazy />
  </AfterLoad>
);
