import { LayeredMap } from "@/lib/layered-map";
import { idsByTopicKey } from "@/lib/drill/topic-progress";
import type { CardState } from "@/lib/srs";
import { cardState, type Progress, type ReviewEntry, schedulerOptions } from "@/lib/progress";
import { logIdentity } from "@/lib/progress/lazy-log";
import { knownPrefix } from "@/lib/progress/log-lineage";
import { gradedLogOf } from "@/lib/progress/graded-log";
import { replayOnto, weightsKey } from "@/lib/srs";
import { CHECKPOINT_EVERY, type Checkpoint, statesFromCheckpoint } from "@/lib/progress/checkpoint";

interface Cache {
  key: object; // logIdentity of the progress below: a lazily decoded log is not made to compare it
  progress: Progress; // the progress the states are for
  retention: string; // desired retention and fitted parameters: either change re-derives every state
  states: ReadonlyMap<string, CardState>;
}

/**
 * The one entry in which two logs that differ by one entry differ, if that is the case, and whether
 * it is the newer log's last (a grade given now): then its card's state is its previous one with
 * that review replayed on top.
 */
function touchedEntry(before: readonly ReviewEntry[], after: readonly ReviewEntry[]): { entry: ReviewEntry; last: boolean } | null {
  if (Math.abs(before.length - after.length) !== 1) return null;
  const [longer, shorter] = before.length > after.length ? [before, after] : [after, before];
  // A grade appended to the log (or an undo back to an earlier log of its lineage): no walk needed.
  if (knownPrefix(shorter, longer)) {
    const entry = longer[shorter.length];
    return entry ? { entry, last: longer === after } : null;
  }
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  // Everything after the difference must be the same entries, shifted by one.
  for (let j = i; j < shorter.length; j++) if (shorter[j] !== longer[j + 1]) return null;
  const entry = longer[i];
  return entry ? { entry, last: longer === after && i === after.length - 1 } : null;
}

function schedulerKey(progress: Progress): string {
  const s = progress.settings.value;
  return `${s.desiredRetention}|${weightsKey(s.memory?.w)}`;
}

export interface CardStatesSelector {
  (progress: Progress): ReadonlyMap<string, CardState>;
  /** The reviewed ids of the same states by the topic their prefix names (idsByTopicKey), made once per states. */
  byTopicKey(progress: Progress): ReadonlyMap<string, readonly string[]>;
  /** The states of exactly this progress's log if already derived (nothing is replayed), else null. */
  peek(progress: Progress): ReadonlyMap<string, CardState> | null;
}

/**
 * A selector of every reviewed card's FSRS state, derived from the log, with its own memo: a
 * grade or an undo (one entry more or less) replays only the card it touched, not the history.
 * Any other change starts from `checkpoint()` when it matches the log (then only the reviews after
 * it are replayed), else replays the whole log.
 */
export function createCardStatesSelector(
  checkpoint: () => Checkpoint | null = () => null,
  /** Called after CHECKPOINT_EVERY or more reviews were replayed at once: a new checkpoint would pay. */
  onLongReplay: () => void = () => undefined,
): CardStatesSelector {
  let cache: Cache | null = null;
  const select = (progress: Progress) => {
    const retention = schedulerKey(progress);
    const key = logIdentity(progress);
    if (cache && cache.key === key && cache.retention === retention) return cache.states;
    // A grade's progress names the log it extends (graded-log.ts): its log is not made to compare.
    const graded = gradedLogOf(progress);
    const touched =
      cache && cache.retention === retention
        ? graded && graded.priorKey === cache.key
          ? { entry: graded.entry, last: true }
          : touchedEntry(cache.progress.log, progress.log)
        : null;
    let states: ReadonlyMap<string, CardState>;
    if (cache && touched?.last) {
      // A review after every other: only it is replayed, onto its card's state (replayOnto gives the states a full replay does).
      const { cardId } = touched.entry;
      const before = cache.states.get(cardId);
      const after = replayOnto(new Map(before ? [[cardId, before]] : []), [touched.entry], schedulerOptions(progress.settings.value)).get(cardId);
      // The other cards' states are shared with the last ones, not copied (LayeredMap).
      states = after ? LayeredMap.with(cache.states, cardId, after) : cache.states;
    } else if (cache && touched) {
      const { cardId } = touched.entry;
      const copy = new Map(cache.states);
      const state = cardState(progress, cardId);
      if (state) copy.set(cardId, state);
      else copy.delete(cardId);
      states = copy;
    } else {
      const derived = statesFromCheckpoint(progress, checkpoint());
      states = derived.states;
      if (derived.replayed >= CHECKPOINT_EVERY) onLongReplay();
    }
    cache = { key, progress, retention, states };
    return states;
  };
  let grouped: { states: ReadonlyMap<string, CardState>; byKey: Map<string, string[]> } | null = null;
  select.byTopicKey = (progress: Progress) => {
    const states = select(progress);
    if (grouped?.states !== states) grouped = { states, byKey: idsByTopicKey(states.keys()) };
    return grouped.byKey;
  };
  select.peek = (progress: Progress) =>
    cache && cache.key === logIdentity(progress) && cache.retention === schedulerKey(progress) ? cache.states : null;
  return select;
}
