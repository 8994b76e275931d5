import { useMemo } from "react";
import type { Selection } from "@/lib/drill/models";
import { isFlagged, noteOf } from "@/lib/progress";
import type { ReviewMode } from "@/lib/progress/models";
import type { CardState, Rating, WeakCard } from "@/lib/srs/models";
import type { ProgressStore } from "../create-progress-store";
import { useProgressStore } from "../progress-store";
import { drillQueue, intervalLabels } from "./schedule";
import { weakNow } from "./weak";

/**
 * What a drill needs from stored progress, handed over once the store is read (until then a
 * shuffled deck already shows and flips its cards). A snapshot: a new one comes with every change.
 */
export interface DrillStore {
  states: ReadonlyMap<string, CardState>;
  /** False when grades stay in this tab: storage refused, or stored data this tab must not write over. */
  saves: boolean;
  grade(cardId: string, rating: Rating, mode: ReviewMode, at: number, ms: number): { id: string; at: number };
  undo(entryId: string): void;
  toggleFlag(cardId: string): void;
  setNote(cardId: string, text: string): void;
  flagged(cardId: string): boolean;
  note(cardId: string): string;
  intervals(cardId: string, now: number): Record<Rating, string>;
  weakNow(ids: readonly string[], now: number): WeakCard[];
  drawQueue(selection: Selection, ids: readonly string[], now: number): string[];
}

type DrillStoreState = Pick<ProgressStore, "progress" | "cardStates" | "blocked" | "notice" | "grade" | "undo" | "toggleFlag" | "setNote">;

/** The drill's view of one store state; actions go to the store's own. */
export function drillStoreOf(state: DrillStoreState): DrillStore {
  const { progress } = state;
  return {
    states: state.cardStates(progress),
    saves: state.blocked === null && state.notice?.kind !== "unavailable",
    grade: (cardId, rating, mode, at, ms) => state.grade(cardId, rating, mode, at, ms),
    undo: (entryId) => void state.undo(entryId),
    toggleFlag: (cardId) => state.toggleFlag(cardId),
    setNote: (cardId, text) => state.setNote(cardId, text),
    flagged: (cardId) => isFlagged(progress, cardId),
    note: (cardId) => noteOf(progress, cardId),
    intervals: (cardId, now) => intervalLabels(state, cardId, now),
    weakNow: (ids, now) => weakNow(state, ids, now),
    drawQueue: (selection, ids, now) => drillQueue(state, selection, ids, now),
  };
}

/** The drill's view of the app's store: null until stored progress is read, then one per change. */
export function useDrillStore(): DrillStore | null {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  const blocked = useProgressStore((s) => s.blocked);
  const notice = useProgressStore((s) => s.notice);
  return useMemo(
    // The actions read the store when called, so a snapshot never grades against an old state.
    () => (hydrated ? drillStoreOf({ ...useProgressStore.getState(), progress, blocked, notice }) : null),
    [hydrated, progress, blocked, notice],
  );
}
