"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { DueLinePlaceholder } from "@/components/decks/progress-placeholders";
import { AfterLoad } from "@/components/shell/after-load";

/*
 * An added deck's "N due · N new" line on home, loaded after the page as the other progress islands
 * are (shell/lazy.tsx). In a file of its own, so only the home page's deck list carries it: every
 * route imports shell/lazy.tsx, and /drill sits at its first-load budget.
 */
const DeckDueLazy = dynamic(() => import("@/components/decks/topic-progress-live").then((m) => m.DeckDueLive), {
  ssr: false,
  loading: DueLinePlaceholder,
});

export const DeckDueLive = (props: ComponentProps<typeof DeckDueLazy>) => (
  <AfterLoad fallback={<DueLinePlaceholder />}>
    <DeckDueLazy {...props} />
  </AfterLoad>
);
