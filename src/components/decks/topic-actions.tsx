import Link from "next/link";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { drillHref } from "@/lib/drill/selection";
import { TopicProgressLive } from "@/components/shell/lazy";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";

const link = "inline-flex min-h-11 items-center rounded-lg px-4 py-2 text-sm font-semibold";
const secondary = `${link} border border-slate-300 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800`;

/** A topic's progress (an island, once stored progress is read) and the ways to drill it. */
export function TopicActions({ topic }: { topic: TopicIndexEntry }) {
  const topics = [`${topic.deckSlug}/${topic.slug}`];
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-700">
      <TopicProgressLive topic={topic} />
      <div className="flex flex-wrap gap-2">
        <Link href={drillHref({ topics, mode: "shuffle", seed: null })} {...PREFETCH_ON_INTENT} className={`${link} bg-blue-700 text-white hover:bg-blue-800`}>
          Drill this topic
        </Link>
        <Link href={drillHref({ topics, mode: "due", seed: null })} {...PREFETCH_ON_INTENT} className={secondary}>
          Due cards
        </Link>
        <Link href={drillHref({ topics, mode: "weak", seed: null })} {...PREFETCH_ON_INTENT} className={secondary}>
          Weak cards
        </Link>
        <Link href={drillHref({ topics, mode: "interview", seed: null })} {...PREFETCH_ON_INTENT} className={secondary}>
          Interview
        </Link>
      </div>
    </div>
  );
}
