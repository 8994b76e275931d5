"use client";

import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { topicIndex } from "@/lib/deck/payload";
import { deckWithAssets } from "@/lib/deck/user-deck-assets";
import { deckPageHref } from "@/lib/deck/user-deck-routes";
import { useUserDeck } from "@/stores/user-decks-store";
import { QuestionList } from "@/components/decks/question-list";
import { TopicActions } from "@/components/decks/topic-actions";
import { UserDeckStatus } from "@/components/decks/user-deck-status";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";

/** /deck/topic?d=<slug>&t=<topic>: a user deck's topic, as a built-in topic page shows one. */
export function UserTopicPage() {
  const params = useSearchParams();
  const slug = params.get("d");
  const topicSlug = params.get("t");
  const view = useUserDeck(slug);
  const record = view.status === "ready" ? view.record : null;
  const stored = record?.deck.topics.find((t) => t.slug === topicSlug) ?? null;
  // The deck's own pictures, as data: URLs (user-deck-assets.ts).
  const topic = useMemo(() => (record && stored ? deckWithAssets({ ...record.deck, topics: [stored] }, record.assets).topics[0]! : null), [record, stored]);
  const entry = useMemo(() => (record && topic ? topicIndex([{ ...record.deck, topics: [topic] }])[0] : undefined), [record, topic]);
  if (!record) return <UserDeckStatus slug={slug} view={view.status === "ready" ? { status: "loading" } : view} />;
  if (!topic || !entry) return <UserDeckStatus slug={`${record.slug}/${topicSlug ?? ""}`} view={{ status: "missing" }} />;
  return (
    <article className="space-y-6">
      <Breadcrumbs items={[{ href: "/", label: "Topics" }, { href: deckPageHref(record.slug), label: record.title }, { label: topic.title }]} />
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">{topic.title}</h1>
        <p className="text-slate-600 dark:text-slate-400">
          {topic.cards.length} question{topic.cards.length === 1 ? "" : "s"}
        </p>
      </header>
      <TopicActions topic={entry} />
      <QuestionList cards={topic.cards.map((c) => ({ id: c.id, promptHtml: c.promptHtml, frontHtml: c.frontHtml, answerHtml: c.answerHtml }))} />
    </article>
  );
}
