import type { CardState } from "@/lib/srs";
import { cardState, cardStates, type Progress, type ReviewEntry } from "@/lib/progress";

interface Cache {
  log: readonly ReviewEntry[];
  retention: number;
  states: Map<string, CardState>;
}

/** The one card whose reviews differ between two logs that differ by one entry, if that is the case. */
function touchedCard(before: readonly ReviewEntry[], after: readonly ReviewEntry[]): string | null {
  if (Math.abs(before.length - after.length) !== 1) return null;
  const [longer, shorter] = before.length > after.length ? [before, after] : [after, before];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  // Everything after the difference must be the same entries, shifted by one.
  for (let j = i; j < shorter.length; j++) if (shorter[j] !== longer[j + 1]) return null;
  return longer[i]?.cardId ?? null;
}

/**
 * A selector of every reviewed card's FSRS state, derived from the log, with its own memo: a
 * grade or an undo (one entry more or less) replays only the card it touched, not the history.
 */
export function createCardStatesSelector(): (progress: Progress) => Map<string, CardState> {
  let cache: Cache | null = null;
  return (progress) => {
    const retention = progress.settings.value.desiredRetention;
    if (cache && cache.log === progress.log && cache.retention === retention) return cache.states;
    const touched = cache && cache.retention === retention ? touchedCard(cache.log, progress.log) : null;
    let states: Map<string, CardState>;
    if (cache && touched !== null) {
      states = new Map(cache.states);
      const state = cardState(progress, touched);
      if (state) states.set(touched, state);
      else states.delete(touched);
    } else {
      states = cardStates(progress);
    }
    cache = { log: progress.log, retention, states };
    return states;
  };
}

/** The app's card states, memoised for the app's one store (tests make their own selector). */
export const selectCardStates = createCardStatesSelector();
