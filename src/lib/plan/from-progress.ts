import type { TopicIndexEntry } from "@/lib/deck/payload";
import { topicOfCard } from "@/lib/drill/topic-progress";
import { type Progress, schedulerOptions } from "@/lib/progress";
import type { CardState } from "@/lib/srs";

import { interviewDayStart } from "./days";
import type { InterviewPlan } from "./models";
import { buildPlan } from "./plan";

/** Time per review when the log has no measured answer times yet (older reviews). */
export const DEFAULT_SECONDS_PER_REVIEW = 15;
const RECENT_TIMES = 500;

/** The median answer time of the recent reviews that have one, in seconds. */
export function secondsPerReview(progress: Progress): number {
  const times: number[] = [];
  for (let i = progress.log.length - 1; i >= 0 && times.length < RECENT_TIMES; i--) {
    const ms = progress.log[i]?.ms;
    if (ms !== undefined && ms > 0) times.push(ms);
  }
  if (times.length === 0) return DEFAULT_SECONDS_PER_REVIEW;
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1] ?? DEFAULT_SECONDS_PER_REVIEW * 1000;
  // A card left open over lunch says nothing about the pace: keep within 3 s .. 5 min.
  return Math.min(300, Math.max(3, median / 1000));
}

/** The cards a date is for: its topics, or every topic when it names none. */
export function selectedTopicKeys(progress: Progress, topics: readonly TopicIndexEntry[]): Set<string> {
  const chosen = progress.settings.value.interview?.topics ?? [];
  const all = topics.map((t) => `${t.deckSlug}/${t.slug}`);
  return new Set(chosen.length > 0 ? chosen : all);
}

/**
 * Card ids of the selected topics when only the topic index is known (home, /stats): the reviewed
 * ids of each topic, then placeholders for its new cards (a new card's id does not change its plan).
 */
export function cardIdsOfTopics(topics: readonly TopicIndexEntry[], selected: ReadonlySet<string>, states: ReadonlyMap<string, CardState>): string[] {
  const topicOf = topicOfCard(topics);
  const reviewed = new Map<string, string[]>();
  for (const id of states.keys()) {
    const key = topicOf(id);
    if (!selected.has(key)) continue;
    const list = reviewed.get(key);
    if (list) list.push(id);
    else reviewed.set(key, [id]);
  }
  const out: string[] = [];
  for (const t of topics) {
    const key = `${t.deckSlug}/${t.slug}`;
    if (!selected.has(key)) continue;
    const ids = (reviewed.get(key) ?? []).slice(0, t.count);
    out.push(...ids);
    for (let i = ids.length; i < t.count; i++) out.push(`${key}/#new-${i}`);
  }
  return out;
}

/** The plan for the user's date over `cardIds` (already the selected cards), or null when there is none. */
export function planFor(progress: Progress, states: ReadonlyMap<string, CardState>, cardIds: readonly string[], now: number, target?: number): InterviewPlan | null {
  const settings = progress.settings.value;
  const date = settings.interview;
  if (!date) return null;
  return buildPlan({
    cardIds,
    states,
    now,
    interviewAt: interviewDayStart(date.date, settings.rolloverHour),
    target: target ?? date.target,
    rolloverHour: settings.rolloverHour,
    newPerDay: settings.newPerSession,
    secondsPerReview: secondsPerReview(progress),
    minutesPerDay: date.minutesPerDay,
    scheduler: schedulerOptions(settings),
  });
}

/**
 * The cards among a drill's `ids` that the user's date brings back today ([] without a date).
 * Only the date's topics count; `topicOf` names a card's "deck/topic" (by default its id prefix).
 */
export function plannedToday(progress: Progress, states: ReadonlyMap<string, CardState>, ids: readonly string[], now: number, topicOf?: (cardId: string) => string): string[] {
  const date = progress.settings.value.interview;
  if (!date) return [];
  const of = topicOf ?? ((id: string) => id.split("/").slice(0, 2).join("/"));
  const chosen = new Set(date.topics);
  const selected = chosen.size === 0 ? ids : ids.filter((id) => chosen.has(of(id)));
  return planFor(progress, states, selected, now)?.today ?? [];
}
