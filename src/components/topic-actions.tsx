"use client";

import Link from "next/link";
import type { TopicIndexEntry } from "@/lib/content/payload";
import { drillHref } from "@/lib/drill/selection";
import { TopicProgressLive } from "./lazy";

/** A topic's progress and the ways to drill it. */
export function TopicActions({ topic }: { topic: TopicIndexEntry }) {
  const key = `${topic.deckSlug}/${topic.slug}`;
  const link = "inline-flex min-h-11 items-center rounded-lg px-4 py-2 text-sm font-semibold";
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-700">
      <TopicProgressLive topic={topic} />
      <div className="flex flex-wrap gap-2">
        <Link href={drillHref({ topics: [key], mode: "shuffle", seed: null })} className={`${link} bg-blue-700 text-white hover:bg-blue-800`}>
          Drill this topic
        </Link>
        <Link href={drillHref({ topics: [key], mode: "due", seed: null })} className={`${link} border border-slate-300 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800`}>
          Due cards
        </Link>
        <Link href={drillHref({ topics: [key], mode: "weak", seed: null })} className={`${link} border border-slate-300 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800`}>
          Weak cards
        </Link>
        <Link href={drillHref({ topics: [key], mode: "interview", seed: null })} className={`${link} border border-slate-300 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800`}>
          Interview
        </Link>
      </div>
    </div>
  );
}
