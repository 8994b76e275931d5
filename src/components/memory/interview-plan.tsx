"use client";

import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { useMemo } from "react";
import { useNow } from "@/hooks/use-now";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { topicOfCard } from "@/lib/drill/topic-progress";
import { adviseFit, cardIdsOfTopics, planFor, selectedTopicKeys } from "@/lib/plan";
import { useProgressStore } from "@/stores/progress-store";
import { selectCardStates } from "@/stores/selectors";
import { LoadChart, LoadTable } from "./load-chart";

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The interview-date plan (issue 26) on home and /stats: days left, the daily load as a chart and
 * a table, and what to change when it does not fit in the user's minutes. Nothing without a date
 * (unless `invite`, which links to Settings instead).
 */
export function InterviewPlanPanel({ topics, invite = false }: { topics: TopicIndexEntry[]; invite?: boolean }) {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  const now = useNow(60_000);
  const view = useMemo(() => {
    if (!hydrated || !progress.settings.value.interview) return null;
    const states = selectCardStates(progress);
    const ids = cardIdsOfTopics(topics, selectedTopicKeys(progress, topics), states);
    const plan = planFor(progress, states, ids, now);
    const advice = plan ? adviseFit(plan, (t) => planFor(progress, states, ids, now, t), topicOfCard(topics)) : null;
    return { plan, advice, date: progress.settings.value.interview, count: ids.length };
  }, [hydrated, progress, topics, now]);
  const titles = useMemo(() => new Map(topics.map((t) => [`${t.deckSlug}/${t.slug}`, t.title])), [topics]);

  if (!hydrated) return null;
  if (!view) {
    return invite ? (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Have an interview coming? <Link {...PREFETCH_ON_INTENT} href="/settings#interview-date" className="underline">Set its date</Link> and PrepDeck plans your reviews so you peak on the day.
      </p>
    ) : null;
  }
  const { plan, advice, date, count } = view;
  const when = date ? new Date(`${date.date}T12:00:00`).toLocaleDateString(undefined, { weekday: "long", month: "long", day: "numeric" }) : "";
  return (
    <section aria-labelledby="interview-plan" className="space-y-2 rounded-xl border border-slate-200 p-4 dark:border-slate-700" data-testid="interview-plan">
      <h2 id="interview-plan" className="text-lg font-semibold">
        Interview plan
      </h2>
      {!plan ? (
        <p>Your interview day ({when}) has come: scheduling is back to normal, and nothing you learnt is lost. Good luck!</p>
      ) : (
        <>
          <p>
            <strong data-testid="days-left">{plan.daysLeft === 1 ? "1 day" : `${plan.daysLeft} days`}</strong> left until {when}. {count} questions, aiming at {percent(plan.target)} recall on the day; today the plan brings back{" "}
            <strong>{plan.today.length}</strong>.
          </p>
          <LoadChart days={plan.days} minutesPerDay={date?.minutesPerDay ?? 0} />
          <details>
            <summary className="cursor-pointer text-sm">The daily load as a table</summary>
            <LoadTable days={plan.days} />
          </details>
          {plan.unreachable.length > 0 && (
            <p className="text-sm">{plan.unreachable.length} questions cannot reach {percent(plan.target)} by then even reviewed every day: drill them today, or accept a lower target for them.</p>
          )}
          {advice && (
            <div role="note" className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100" data-testid="plan-advice">
              <p className="font-semibold">This plan needs up to {advice.minutesNeeded} minutes a day; you said {date?.minutesPerDay}. Before it is too late:</p>
              <ul className="list-disc pl-5">
                <li>give it {advice.minutesNeeded} minutes a day,</li>
                {advice.lowerTarget !== null && <li>or aim at {percent(advice.lowerTarget)} recall instead of {percent(plan.target)} (that fits),</li>}
                {advice.heaviestTopics.length > 1 && <li>or drop a topic: the heaviest are {advice.heaviestTopics.map((t) => `${titles.get(t.key) ?? t.key} (${t.reviews} reviews)`).join(", ")}.</li>}
              </ul>
              <p>
                <Link {...PREFETCH_ON_INTENT} href="/settings#interview-date" className="underline">Change the plan in Settings</Link>
              </p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
