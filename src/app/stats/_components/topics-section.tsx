import type { Stats, TopicMastery } from "@/lib/stats";
import { ChartSection } from "./chart-section";
import { DataTable } from "./data-table";
import { formatPercent, formatSeconds } from "./format";

const PARTS = [
  { key: "mastered", label: "Mastered", cls: "bg-emerald-600 dark:bg-emerald-400" },
  { key: "review", label: "Review", cls: "bg-blue-600 dark:bg-blue-400" },
  { key: "learning", label: "Learning", cls: "bg-amber-500 dark:bg-amber-300" },
  { key: "new", label: "New", cls: "bg-slate-300 dark:bg-slate-600" },
] as const;

function MasteryBar({ t }: { t: TopicMastery }) {
  return (
    <div className="flex h-3 overflow-hidden rounded-full" aria-hidden="true">
      {PARTS.map((p) => (t[p.key] > 0 ? <div key={p.key} className={p.cls} style={{ width: `${(t[p.key] / Math.max(1, t.total)) * 100}%` }} /> : null))}
    </div>
  );
}

/** Per topic: where its cards stand, average recall now and true retention. */
export function MasterySection({ stats }: { stats: Stats }) {
  const topics = stats.topics;
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
          {topics.map((t) => (
            <li key={t.key} className="space-y-1">
              <div className="flex flex-wrap justify-between gap-x-3 text-sm">
                <span className="font-medium">{t.title}</span>
                <span className="tabular-nums text-slate-700 dark:text-slate-300">
                  {t.mastered} mastered · {t.review} review · {t.learning} learning · {t.new} new · recall {formatPercent(t.recall)}
                </span>
              </div>
              <MasteryBar t={t} />
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
