"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { topicIndex } from "@/lib/deck/payload";
import { useUserDeck } from "@/stores/user-decks-store";
import { DeckOverview } from "@/components/decks/deck-overview";
import { UserDeckAbout } from "@/components/decks/user-deck-about";
import { UserDeckRemove } from "@/components/decks/user-deck-remove";
import { UserDeckStatus } from "@/components/decks/user-deck-status";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";

const secondary = "inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800";

/** /deck?d=<slug>: a deck added in this browser, with its topics, progress and drills. */
export function UserDeckPage() {
  const slug = useSearchParams().get("d");
  const view = useUserDeck(slug);
  const record = view.status === "ready" ? view.record : null;
  const topics = useMemo(() => (record ? topicIndex([record.deck]) : []), [record]);
  if (!record) return <UserDeckStatus slug={slug} view={view.status === "ready" ? { status: "loading" } : view} />;
  const questions = topics.reduce((n, t) => n + t.count, 0);
  const updatable = record.source.kind === "link" || record.source.kind === "catalogue";
  return (
    <article className="space-y-6">
      <Breadcrumbs items={[{ href: "/", label: "Topics" }, { label: record.title }]} />
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">{record.title}</h1>
        {record.description ? <p className="text-slate-700 dark:text-slate-300">{record.description}</p> : null}
        <p className="text-slate-700 dark:text-slate-300">
          {topics.length} topic{topics.length === 1 ? "" : "s"} · {questions} question{questions === 1 ? "" : "s"}. Pick topics, or drill them all.
        </p>
      </header>
      <DeckOverview deckSlug={record.slug} topics={topics} />
      <section aria-labelledby="about-deck" className="space-y-3">
        <h2 id="about-deck" className="text-xl font-semibold">
          About this deck
        </h2>
        <UserDeckAbout record={record} />
        <div className="flex flex-wrap gap-2">
          {updatable ? (
            // The add page fetches the source again and previews what changed before saving.
            <Link href={`/add?update=${encodeURIComponent(record.slug)}`} className={secondary}>
              Check for updates
            </Link>
          ) : (
            <Link href={`/add?update=${encodeURIComponent(record.slug)}`} className={secondary}>
              Re-import
            </Link>
          )}
          <UserDeckRemove record={record} />
        </div>
      </section>
    </article>
  );
}
