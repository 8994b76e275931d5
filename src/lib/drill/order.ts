import { seededShuffle } from "@/lib/srs/shuffle";
import type { Selection } from "./models";

/*
 * Decks whose order needs nothing stored: a shuffle (or an interview asking every card) is the seed
 * and the card list alone, so its first card can be shown before the progress layer has loaded.
 * This file stays free of the scheduler for that reason; buildQueue (./queue.ts) uses it too.
 */

/** The seeded order of a shuffled deck. `cardIds` are in bank order. */
export function seededOrder(cardIds: readonly string[], seed: string): string[] {
  return seededShuffle(cardIds, seed);
}

/** Whether a selection's order needs stored progress (due and weak decks, mock interviews). */
export function needsProgress(selection: Selection): boolean {
  return selection.mode === "due" || selection.mode === "weak" || (selection.mode === "interview" && selection.mock !== undefined);
}

/** The deck of a selection that needs no stored progress, or null when it does. */
export function orderWithoutProgress(selection: Selection, cardIds: readonly string[]): string[] | null {
  return needsProgress(selection) ? null : seededOrder(cardIds, selection.seed ?? "");
}
