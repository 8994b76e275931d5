"use client";

import type { Stats, TopicMastery } from "@/lib/stats";
import { type ReactNode, useMemo, useState } from "react";
import { ChartSection } from "./chart-section";
import { DataTable } from "./data-table";
import { formatPercent, formatSeconds } from "./format";
import { type MasteryGroup, masteryGroups } from "./mastery-groups";

const NO_GROUPS: ReadonlyMap<string, string> = new Map();

const PARTS = [
  { key: "mastered", label: "Mastered", cls: "bg-emerald-600 dark:bg-emerald-400" },
  { key: "review", label: "Review", cls: "bg-blue-600 dark:bg-blue-400" },
  { key: "learning", label: "Learning", cls: "bg-amber-500 dark:bg-amber-300" },
  { key: "new", label: "New", cls: "bg-slate-300 dark:bg-slate-600" },
] as const;

// Spans, not divs: a deck's line is also the <summary> of its group, which holds phrasing content.
function MasteryBar({ t }: { t: TopicMastery }) {
  return (
    <span className="flex h-3 overflow-hidden rounded-full" aria-hidden="true">
      {PARTS.map((p) => (t[p.key] > 0 ? <span key={p.key} className={p.cls} style={{ width: `${(t[p.key] / Math.max(1, t.total)) * 100}%` }} /> : null))}
    </span>
  );
}

function MasteryLine({ t, title = t.title }: { t: TopicMastery; title?: ReactNode }) {
  return (
    <>
      <span className="flex flex-wrap justify-between gap-x-3 text-sm">
        <span className="font-medium">{title}</span>
        <span className="tabular-nums text-slate-700 dark:text-slate-300">
          {t.mastered} mastered · {t.review} review · {t.learning} learning · {t.new} new · recall {formatPercent(t.recall)}
        </span>
      </span>
      <MasteryBar t={t} />
    </>
  );
}

/** An added deck as one line; its topics are put in the page when the user opens it. */
function MasteryDeck({ group }: { group: MasteryGroup }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)} className="group/deck">
      <summary className="block cursor-pointer list-none space-y-1 rounded [&::-webkit-details-marker]:hidden">
        <MasteryLine
          t={group.total}
          title={
            <>
              <span aria-hidden="true" className="mr-1 inline-block transition-transform group-open/deck:rotate-90 motion-reduce:transition-none">
                ▸
              </span>
              {group.title} <span className="font-normal text-slate-700 dark:text-slate-300">({group.topics.length} {group.topics.length === 1 ? "topic" : "topics"})</span>
            </>
          }
        />
      </summary>
      {open ? (
        <ul className="mt-3 space-y-3 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
          {group.topics.map((t) => (
            <li key={t.key} className="space-y-1">
              <MasteryLine t={t} />
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}

/**
 * Per topic: where its cards stand, average recall now and true retention. The topics of decks in
 * `grouped` (added decks: slug -> title) are one line per deck, opened on demand; the table lists every topic.
 */
export function MasterySection({ stats, grouped = NO_GROUPS }: { stats: Stats; grouped?: ReadonlyMap<string, string> }) {
  const topics = stats.topics;
  const { listed, groups } = useMemo(() => masteryGroups(topics, grouped), [topics, grouped]);
  return (
    <ChartSection
      title="Mastery per topic"
      summary={
        <ul className="flex flex-wrap gap-3" aria-label="Legend">
          {PARTS.map((p) => (
            <li key={p.key} className="flex items-center gap-1">
              <span className={`inline-block h-3 w-3 rounded-sm ${p.cls}`} aria-hidden="true" />
              {p.label}
            </li>
          ))}
        </ul>
      }
      chart={
        <ul className="space-y-3">
          {listed.map((t) => (
            <li key={t.key} className="space-y-1">
              <MasteryLine t={t} />
            </li>
          ))}
          {groups.map((g) => (
            <li key={g.deckSlug}>
              <MasteryDeck group={g} />
            </li>
          ))}
        </ul>
      }
      table={
        <DataTable
          caption="Cards per topic by state, average recall now and true retention"
          columns={["Topic", "New", "Learning", "Review", "Mastered", "Recall now", "True retention"]}
          rows={topics.map((t) => ({
            key: t.key,
            head: t.title,
            cells: [
              t.new,
              t.learning,
              t.review,
              t.mastered,
              formatPercent(t.recall),
              <span key="retention">
                {formatPercent(t.retention.rate)} <span className="text-slate-700 dark:text-slate-300">({t.retention.reviews})</span>
              </span>,
            ],
          }))}
        />
      }
    />
  );
}

/** Median answer time per topic, over the reviews that recorded one. */
export function AnswerTimeSection({ stats }: { stats: Stats }) {
  const timed = stats.topics.filter((t) => t.answerSeconds !== null);
  const max = timed.reduce((m, t) => Math.max(m, t.answerSeconds ?? 0), 0);
  return (
    <ChartSection
      title="Answer time"
      summary={<p>Median seconds from seeing a question to grading it, per topic. Reviews from before answer times were recorded are left out.</p>}
      chart={
        timed.length === 0 ? (
          <p>No timed reviews yet: drill a few cards.</p>
        ) : (
          <ul className="space-y-2">
            {timed.map((t) => (
              <li key={t.key} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 text-sm sm:grid-cols-[12rem_minmax(0,1fr)_4rem]">
                <span className="truncate font-medium">{t.title}</span>
                <span className="order-3 col-span-2 h-3 rounded-full bg-slate-100 sm:order-none sm:col-span-1 dark:bg-slate-800" aria-hidden="true">
                  <span className="block h-full rounded-full bg-blue-600 dark:bg-blue-400" style={{ width: `${((t.answerSeconds ?? 0) / Math.max(1, max)) * 100}%` }} />
                </span>
                <span className="text-right tabular-nums">{formatSeconds(t.answerSeconds)}</span>
              </li>
            ))}
          </ul>
        )
      }
      table={
        <DataTable
          caption="Median answer time per topic"
          columns={["Topic", "Median answer", "Timed reviews"]}
          rows={stats.topics.map((t) => ({ key: t.key, head: t.title, cells: [formatSeconds(t.answerSeconds), t.timedReviews] }))}
        />
      }
    />
  );
}
