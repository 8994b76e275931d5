"use client";

import Link from "next/link";
import { useNow } from "@/hooks/use-now";
import { useTodayLine } from "@/stores/views/today";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";

/** "Today 12 / 20 · 5-day streak", once the store is read; links to /stats. */
export function TodayLine() {
  const now = useNow(60_000);
  const line = useTodayLine(now);
  if (!line) return <p aria-hidden="true">&nbsp;</p>;
  return (
    <p className="text-slate-700 dark:text-slate-300" data-testid="today-line">
      <Link href="/stats" {...PREFETCH_ON_INTENT} className="underline-offset-4 hover:underline">
        Today <strong className="tabular-nums text-slate-950 dark:text-white">{line.reviews} / {line.goal}</strong> · {line.streak}-day streak
      </Link>
    </p>
  );
}
