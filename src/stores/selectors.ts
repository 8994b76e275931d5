import type { CardState } from "@/lib/srs";
import type { Progress } from "@/lib/progress";
import { useProgressStore } from "./progress-store";

export { type CardStatesSelector, createCardStatesSelector } from "./card-states";

/**
 * The app's card states: the app store's own selector (memoised; starts from the stored
 * checkpoint when it matches). Tests make their own with createCardStatesSelector.
 */
export function selectCardStates(progress: Progress): ReadonlyMap<string, CardState> {
  return useProgressStore.getState().cardStates(progress);
}
