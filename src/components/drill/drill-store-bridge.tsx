"use client";

import { useEffect } from "react";
import type { DrillStore } from "@/hooks/use-drill-session";
import { buildQueue, type Selection } from "@/lib/drill";
import { plannedToday } from "@/lib/plan/from-progress";
import { isFlagged, noteOf, type Progress, schedulerOptions } from "@/lib/progress";
import { previewIntervals, weakCards } from "@/lib/srs";
import { useProgressStore } from "@/stores/progress-store";
import { selectCardStates } from "@/stores/selectors";

/*
 * The drill's link to stored progress, loaded apart from the drill itself: the store, the
 * scheduler and the codec are most of the drill's JavaScript, and a shuffled deck's first card is
 * shown (and flipped) without them. Grades, flags and notes go live once this has read the store.
 */

function weakNow(ids: readonly string[], now: number) {
  const { progress } = useProgressStore.getState();
  return weakCards(ids, selectCardStates(progress), progress.flags, progress.log, now);
}

/** The deck of a selection, drawn from the store's schedule at `now`. */
export function drawQueue(selection: Selection, ids: readonly string[], now: number, topicOf?: (cardId: string) => string) {
  const { progress } = useProgressStore.getState();
  const states = selectCardStates(progress);
  return buildQueue(selection.mode, ids, {
    seed: selection.seed ?? "",
    states,
    planned: selection.mode === "due" ? plannedToday(progress, states, ids, now, topicOf) : undefined,
    weak: weakNow(ids, now),
    now,
    newLimit: progress.settings.value.newPerSession,
    rolloverHour: progress.settings.value.rolloverHour,
    mock: selection.mock,
    topicOf,
  });
}

function drillStoreOf(progress: Progress): DrillStore {
  const store = useProgressStore.getState();
  const states = selectCardStates(progress);
  return {
    states,
    grade: (cardId, rating, mode, at, ms) => store.grade(cardId, rating, mode, at, ms),
    undo: (entryId) => void store.undo(entryId),
    toggleFlag: (cardId) => store.toggleFlag(cardId),
    setNote: (cardId, text) => store.setNote(cardId, text),
    flagged: (cardId) => isFlagged(progress, cardId),
    note: (cardId) => noteOf(progress, cardId),
    intervals: (cardId, now) => {
      const preview = previewIntervals(states.get(cardId), now, schedulerOptions(progress.settings.value));
      return { 1: preview[1].label, 2: preview[2].label, 3: preview[3].label, 4: preview[4].label };
    },
    weakNow,
    drawQueue,
  };
}

/** Renders nothing: hands the drill its view of the store once stored progress is read, and again on every change. */
export function DrillStoreBridge({ onChange }: { onChange: (store: DrillStore) => void }) {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  useEffect(() => {
    if (hydrated) onChange(drillStoreOf(progress));
  }, [hydrated, progress, onChange]);
  return null;
}
