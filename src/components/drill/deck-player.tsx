"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { useTopicCards } from "@/hooks/use-topic-cards";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { topicKeyHref, userTopicKeys } from "@/lib/deck/user-deck-routes";
import { FIRST_CARD_GLOBAL, readFirstCard } from "@/lib/drill/first-card-script";
import { needsProgress } from "@/lib/drill/order";
import { drillHref, newSeed, parseSelection, selectedTopicKeys } from "@/lib/drill/selection";
import type { DrillStore } from "@/stores/views/drill-store";
import { DrillSession } from "@/components/drill/drill-session";
import { FirstCardShell } from "@/components/drill/first-card-shell";

// Interview code (recorder, checklist, review) loads only when a deck is in interview mode.
const InterviewSession = dynamic(() => import("@/components/interview/interview-session").then((m) => m.InterviewSession), {
  ssr: false,
  loading: () => <p className="py-16 text-center text-slate-600 dark:text-slate-400">Loading the interview…</p>,
});

// Stored progress (the store, the scheduler, the codec) loads beside the deck's data, not before it.
const DrillStoreBridge = dynamic(() => import("@/components/drill/drill-store-bridge").then((m) => m.DrillStoreBridge), { ssr: false });

const MODE_LABEL = { shuffle: "Shuffle", due: "Due", weak: "Weak", interview: "Interview" } as const;

function Loading() {
  return (
    <p className="py-16 text-center text-slate-600 dark:text-slate-400" aria-live="polite">
      Loading the deck…
    </p>
  );
}

/**
 * Reads the deck from the URL (topics, mode, seed), loads its cards and runs a session. A shuffled
 * deck starts as soon as its questions are in (its order is the seed's); a due or weak deck, and an
 * interview, wait for stored progress too.
 */
export function DeckPlayer({ topics }: { topics: TopicIndexEntry[] }) {
  const params = useSearchParams();
  const router = useRouter();
  const query = params.toString();
  const selection = useMemo(() => parseSelection(new URLSearchParams(query)), [query]);
  const allKeys = useMemo(() => topics.map((t) => `${t.deckSlug}/${t.slug}`), [topics]);
  // User decks' topics are not in the build's index: they come after the built-in ones, as named.
  const keys = useMemo(() => [...selectedTopicKeys(selection, allKeys), ...userTopicKeys(selection.topics)], [selection, allKeys]);
  const cards = useTopicCards(keys);
  const [store, setStore] = useState<DrillStore | null>(null);
  // The card the page's inline script painted before hydration, kept on screen while the deck loads.
  const [painted] = useState(() => (typeof window === "undefined" ? null : readFirstCard(Reflect.get(window, FIRST_CARD_GLOBAL), window.location.search)));
  const needsSeed = selection.mode !== "due" && selection.seed === null;
  // That card belongs to this deck while the URL is the one it was painted for, or carries its seed.
  const paintedHere = painted && (selection.seed === null ? new URLSearchParams(painted.query).toString() === query : selection.seed === painted.seed) ? painted : null;

  useEffect(() => {
    // A shuffled deck gets its seed into the URL, so a reload or a shared link shows the same order.
    // The seed the first-card script drew, when it painted this query's first card: the deck then starts on that card.
    if (needsSeed) router.replace(drillHref({ ...selection, seed: paintedHere?.seed ?? newSeed(Math.random) }));
  }, [needsSeed, router, selection, paintedHere]);

  const title =
    keys.length === allKeys.length ? "All topics" : keys.length === 1 ? (topics.find((t) => `${t.deckSlug}/${t.slug}` === keys[0])?.title ?? (cards.status === "ready" ? (cards.cards[0]?.topicTitle ?? "") : "")) : `${keys.length} topics`;

  const bridge = <DrillStoreBridge onChange={setStore} />;
  if (keys.length === 0) {
    return (
      <p>
        None of the selected topics exist. <Link {...PREFETCH_ON_INTENT} href="/" className="underline">Choose topics</Link>
      </p>
    );
  }
  if (cards.status === "error") {
    return (
      <p role="alert">
        The cards could not be loaded ({cards.message}). Check your connection and reload the page.
      </p>
    );
  }
  const interview = selection.mode === "interview";
  if (cards.status === "loading" || needsSeed || ((interview || needsProgress(selection)) && !store)) {
    return (
      <>
        {bridge}
        {paintedHere && (cards.status === "loading" || needsSeed) ? <FirstCardShell card={paintedHere} /> : <Loading />}
      </>
    );
  }
  const key = `${selection.mode}:${selection.seed}:${keys.join(",")}`;
  const common = {
    title: `${selection.mock !== undefined ? "Mock interview" : MODE_LABEL[selection.mode]} · ${title}`,
    selection,
    cards: cards.cards,
    exitHref: keys.length === 1 ? topicKeyHref(keys[0]!) : "/",
  };
  return (
    <>
      {bridge}
      {interview ? <InterviewSession key={key} {...common} /> : <DrillSession key={key} {...common} store={store} />}
    </>
  );
}
