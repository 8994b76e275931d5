import { useMemo } from "react";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import type { Selection } from "@/lib/drill/models";
import { buildQueue } from "@/lib/drill/queue";
import { countsByTopic } from "@/lib/drill/topic-progress";
import type { Rating, TopicCounts } from "@/lib/srs";
import { nextDueAt } from "@/lib/srs/queues";
import { previewIntervals } from "@/lib/srs/scheduler";
import { plannedToday } from "@/lib/plan/from-progress";
import { schedulerOptions } from "@/lib/progress/replay";
import { useProgressStore } from "../progress-store";
import type { ProgressSource } from "./source";
import { weakNow } from "./weak";

/** What each grade would schedule for `cardId` at `now`, as the grade buttons label it ("10m", "3d"). */
export function intervalLabels(source: ProgressSource, cardId: string, now: number): Record<Rating, string> {
  const { progress, cardStates } = source;
  const preview = previewIntervals(cardStates(progress).get(cardId), now, schedulerOptions(progress.settings.value), cardId);
  return { 1: preview[1].label, 2: preview[2].label, 3: preview[3].label, 4: preview[4].label };
}

/** The deck of a selection, drawn from the schedule at `now` (due, weak, interview, or the seed's shuffle). */
export function drillQueue(source: ProgressSource, selection: Selection, ids: readonly string[], now: number, topicOf?: (cardId: string) => string): string[] {
  const { progress, cardStates } = source;
  const states = cardStates(progress);
  return buildQueue(selection.mode, ids, {
    seed: selection.seed ?? "",
    states,
    // Before an interview date, Due also brings back what the plan schedules for today (issue 26).
    planned: selection.mode === "due" ? plannedToday(progress, states, ids, now, topicOf) : undefined,
    weak: weakNow(source, ids, now),
    now,
    newLimit: progress.settings.value.newPerSession,
    rolloverHour: progress.settings.value.rolloverHour,
    weights: progress.settings.value.memory?.w,
    mock: selection.mock,
    topicOf,
  });
}

/** When the first of `ids` falls due (epoch ms), or null when none has been reviewed. */
export function nextDue({ progress, cardStates }: ProgressSource, ids: readonly string[]): number | null {
  return nextDueAt(ids, cardStates(progress));
}

/** Due, new, learned... per topic at `now`. */
export function topicCountsNow({ progress, cardStates, reviewedByTopic }: ProgressSource, topics: readonly TopicIndexEntry[], now: number): Map<string, TopicCounts> {
  return countsByTopic(topics, cardStates(progress), now, progress.settings.value.rolloverHour, undefined, reviewedByTopic?.(progress));
}

/** nextDue over the app's store. */
export function useNextDue(ids: readonly string[]): number | null {
  const progress = useProgressStore((s) => s.progress);
  const cardStates = useProgressStore((s) => s.cardStates);
  return useMemo(() => nextDue({ progress, cardStates }, ids), [progress, cardStates, ids]);
}

/** topicCountsNow over the app's store; null until the store is read (render a placeholder). */
export function useTopicCountsNow(topics: readonly TopicIndexEntry[], now: number): Map<string, TopicCounts> | null {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  const cardStates = useProgressStore((s) => s.cardStates);
  const reviewedByTopic = useProgressStore((s) => s.reviewedByTopic);
  return useMemo(() => (hydrated ? topicCountsNow({ progress, cardStates, reviewedByTopic }, topics, now) : null), [hydrated, progress, cardStates, reviewedByTopic, topics, now]);
}
