"use client";

import Link from "next/link";
import { useState } from "react";
import type { TopicIndexEntry } from "@/lib/content/payload";
import type { DrillMode } from "@/lib/drill/models";
import { drillHref } from "@/lib/drill/selection";
import { DeckProgressLive, TopicProgressLive } from "./lazy";
import { MockInterviewLauncher } from "./mock-interview-launcher";

const MODES: { mode: DrillMode; label: string; hint: string }[] = [
  { mode: "shuffle", label: "Shuffle", hint: "every card, in random order" },
  { mode: "due", label: "Due", hint: "what the schedule says to review now" },
  { mode: "weak", label: "Weak", hint: "flagged, missed or fading cards" },
  { mode: "interview", label: "Interview", hint: "answer out loud against the clock, then check the key points" },
];

/** The deck's topics with progress, a checkbox each, and drill buttons for the selection. */
export function DeckOverview({ topics }: { topics: TopicIndexEntry[] }) {
  const [selected, setSelected] = useState<string[]>([]);
  const keyOf = (t: TopicIndexEntry) => `${t.deckSlug}/${t.slug}`;
  const scope = selected.length === 0 ? "all" : selected;
  const scopeLabel = selected.length === 0 ? "all topics" : `${selected.length} selected topic${selected.length === 1 ? "" : "s"}`;

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border dark:border-slate-700 dark:bg-[#0b1120]/95">
        <p className="mr-auto text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
          Drill <strong>{scopeLabel}</strong>
          {selected.length > 0 && (
            <button type="button" onClick={() => setSelected([])} className="ml-2 underline underline-offset-4">
              Clear
            </button>
          )}
        </p>
        {MODES.map((m) => (
          <Link
            key={m.mode}
            href={drillHref({ topics: scope, mode: m.mode, seed: null })}
            title={m.hint}
            className={`inline-flex min-h-11 items-center rounded-lg px-4 py-2 text-sm font-semibold ${m.mode === "shuffle" ? "bg-blue-700 text-white hover:bg-blue-800" : "border border-slate-300 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"}`}
          >
            {m.label}
            <span className="sr-only">: {m.hint}</span>
          </Link>
        ))}
        <MockInterviewLauncher topics={scope} />
      </div>
      <DeckProgressLive topics={topics} />
      <ol className="grid gap-3 sm:grid-cols-2" aria-label="Topics">
        {topics.map((t) => {
          const key = keyOf(t);
          const checked = selected.includes(key);
          return (
            <li key={key} className={`flex flex-col gap-3 rounded-xl border p-4 ${checked ? "border-blue-600 bg-blue-50/60 dark:border-blue-400 dark:bg-slate-800/60" : "border-slate-200 dark:border-slate-700"}`}>
              <div className="flex items-start gap-3">
                <input
                  type="checkbox"
                  id={`select-${t.slug}`}
                  checked={checked}
                  onChange={() => setSelected((s) => (checked ? s.filter((k) => k !== key) : [...s, key]))}
                  className="mt-1 h-5 w-5 shrink-0 accent-blue-700"
                  aria-label={`Select ${t.title}`}
                />
                <div className="min-w-0 flex-1">
                  <Link href={`/${key}`} className="font-medium underline-offset-4 hover:underline">
                    {t.title}
                  </Link>
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {t.count} question{t.count === 1 ? "" : "s"}
                  </p>
                </div>
              </div>
              <TopicProgressLive topic={t} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
