import type { Progress, ReviewEntry, StorageLike } from "@/lib/progress";
import { logColumns } from "@/lib/progress/lazy-log";
import { knownPrefix } from "@/lib/progress/log-lineage";
import {
  CHECKPOINT_EVERY,
  type Checkpoint,
  type CheckpointMeta,
  checkpointDue,
  checkpointKey,
  checkpointMeta,
  createCheckpoint,
  readCheckpoint,
} from "@/lib/progress/checkpoint";
import type { CardState } from "@/lib/srs";

/*
 * The stored checkpoint of card states (src/lib/progress/checkpoint.ts) for one progress store:
 * read once on load, written with saves when one is due and the states of the saved log are
 * already at hand (it never replays anything itself), dropped on reset and "replace", and dropped
 * first when storage is full, so it never costs a progress save. Another tab's checkpoint write
 * (the `storage` event) replaces what this tab knows; whatever is stored is checked against the
 * log before use, so a stale one only costs a full replay.
 */

/** Whether the first `n` entries of two logs are the same objects. */
function sameEntries(a: readonly ReviewEntry[], b: readonly ReviewEntry[], n: number): boolean {
  if (a.length < n || b.length < n) return false;
  // Two logs of one lineage (grades appended one after another): the shorter starts the longer.
  if (knownPrefix(a, b) || knownPrefix(b, a)) return true;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

export interface CheckpointSyncOptions {
  storage: StorageLike | null;
  key: string; // the progress key; the checkpoint lives under checkpointKey(key)
  /** The card states of exactly `p`'s log if already derived, else null. */
  peekStates: (p: Progress) => ReadonlyMap<string, CardState> | null;
}

export function createCheckpointSync({ storage, key, peekStates }: CheckpointSyncOptions) {
  const KEY = checkpointKey(key);
  let latest: Checkpoint | null = null; // the newest checkpoint this tab read or wrote
  let known: CheckpointMeta | null = null; // what is stored, as far as this tab knows
  let matched: Pick<Progress, "log" | "settings"> | null = null; // a progress `known` was found to describe

  /**
   * checkpointDue, without fingerprinting the whole log after every save: a log whose first
   * `known.length` entries are the very entries of a log already found to match (a grade appends
   * to the array it copies), under the same settings, matches too.
   */
  function due(p: Progress, every = CHECKPOINT_EVERY): boolean {
    if (known && matched && !logColumns(p) && p.log.length >= known.length && matched.settings === p.settings && sameEntries(matched.log, p.log, known.length)) {
      return p.log.length - known.length >= Math.max(1, every);
    }
    const result = checkpointDue(known, p, every);
    // Not due with a known checkpoint means it matched this log.
    matched = !result && known && !logColumns(p) ? p : null;
    return result;
  }

  function remove(): void {
    try {
      storage?.removeItem(KEY);
    } catch {
      // A checkpoint left behind is checked before use: at worst it is ignored.
    }
  }

  return {
    /** Reads the stored checkpoint (on load); a malformed one reads as none. */
    load(): void {
      let raw: string | null = null;
      try {
        raw = storage?.getItem(KEY) ?? null;
      } catch {
        raw = null;
      }
      latest = readCheckpoint(raw);
      known = latest ? checkpointMeta(latest) : null;
      matched = null;
    },
    /** The checkpoint to derive states from, if any (checked against the log by the caller). */
    latest: (): Checkpoint | null => latest,
    /**
     * After a save (or a long replay): writes a checkpoint of `p` when one is due and its states
     * are at hand; `every`: how many reviews behind the stored one may be. True when storage changed.
     */
    update(p: Progress, every?: number): boolean {
      if (!storage || !due(p, every)) return false;
      const states = peekStates(p);
      const made = states ? createCheckpoint(p, states) : null;
      if (!made) return false;
      try {
        storage.setItem(KEY, made.text);
        known = made.meta;
        matched = logColumns(p) ? null : p;
        latest = readCheckpoint(made.text);
      } catch {
        // No room: progress matters more than a faster next load.
        remove();
        known = null;
        matched = null;
      }
      return true;
    },
    /** Reset, "replace", or no room for progress: removes the stored checkpoint. True if one was there. */
    drop(): boolean {
      let present = false;
      try {
        present = storage?.getItem(KEY) != null;
      } catch {
        present = false;
      }
      remove();
      latest = null;
      known = null;
      matched = null;
      return present;
    },
    /** Another tab wrote or removed the checkpoint. */
    onStorage(newValue: string | null): void {
      const read = readCheckpoint(newValue);
      known = read ? checkpointMeta(read) : null;
      matched = null;
      if (read) latest = read;
    },
    key: KEY,
  };
}

export type CheckpointSync = ReturnType<typeof createCheckpointSync>;
