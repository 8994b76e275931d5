import { appendEntry, hasEntryId } from "./log-lineage";
import type { Progress, ReviewEntry } from "./models";

/*
 * The progress a grade makes, with its log made on first read: the log before the grade plus the
 * one new entry. Copying a 100,000-entry log costs milliseconds (and garbage), and nothing between
 * the key press and the next card painted needs the array: the card states replay the one entry
 * onto its card (they know the log they last saw by its identity, below), the next grade asks for
 * the last entry and for ids. The save, after the paint, reads `log` and makes it (appendEntry:
 * the copy, in the log's lineage). Reading `log` gives exactly the array an eager append gives.
 *
 * Identity: what memos compare to know a log without making it (logIdentity in lazy-log.ts) is
 * this record for the graded progress, and stays the same once the array is made: the array
 * carries it too, so a progress spread from this one (a flag, a note) is known as the same log.
 */

const GRADED = Symbol("prepdeck.gradedLog");
const IDENTITY = Symbol("prepdeck.logIdentity");
const STATE = Symbol("prepdeck.gradedState");

/** What a graded progress knows of its log without making it. */
export interface GradedLog {
  /** The identity of the log the entry was appended to (what logIdentity gave for it). */
  readonly priorKey: object;
  /** The entry appended: the log's last. */
  readonly entry: ReviewEntry;
  /** Entries in the log. */
  readonly length: number;
}

interface State {
  prior: Progress | null; // the progress before the grade, until the log is made
  log: ReviewEntry[] | null;
  depth: number; // graded progresses whose logs are not made, this one included, down the `prior` chain
}

/**
 * At most this many grades in a row wait for their log (the app's save makes it after every
 * paint): a longer run (grades given in a loop) makes the older log first, so the chain of
 * waiting progresses, its walk for ids and the first read's recursion stay short.
 */
const MAX_WAITING = 16;

/** The graded log of `p` when `p` was made by withGradedLog (made or not), else null. */
export function gradedLogOf(p: Progress): GradedLog | null {
  const v: unknown = Reflect.get(p, GRADED);
  return v && typeof v === "object" ? (v as GradedLog) : null;
}

/** The identity a made graded log carries (see above), else null. */
export function carriedIdentity(log: readonly ReviewEntry[]): object | null {
  const v: unknown = Reflect.get(log, IDENTITY);
  return v && typeof v === "object" ? v : null;
}

/**
 * `p` with `entry` after its last entry, the log made on first read. The caller checks that
 * `entry` sorts after every entry of `p` and that neither its id nor a tombstone repeats it.
 * `prior`: logIdentity(p) and logLength(p).
 */
export function withGradedLog(p: Progress, entry: ReviewEntry, prior: { key: object; length: number }): Progress {
  const info: GradedLog = { priorKey: prior.key, entry, length: prior.length + 1 };
  const before = stateOf(p);
  let depth = before && !before.log ? before.depth + 1 : 1;
  if (depth > MAX_WAITING) {
    void p.log;
    depth = 1;
  }
  const state: State = { prior: p, log: null, depth };
  const next: Progress = {
    get log() {
      if (!state.log) {
        const made = appendEntry((state.prior as Progress).log, entry);
        if (Object.isExtensible(made)) Object.defineProperty(made, IDENTITY, { value: info });
        state.log = made;
        state.prior = null; // the older progress is not kept alive by this one
      }
      return state.log;
    },
    tombstones: p.tombstones,
    flags: p.flags,
    notes: p.notes,
    settings: p.settings,
  };
  // Not enumerable: spreads and equality checks see a plain progress.
  Object.defineProperty(next, GRADED, { value: info });
  Object.defineProperty(next, STATE, { value: state });
  return next;
}

function stateOf(p: Progress): State | null {
  const v: unknown = Reflect.get(p, STATE);
  return v && typeof v === "object" ? (v as State) : null;
}

/** The newest entry of `p`'s log, without making a graded log. */
export function newestEntry(p: Progress): ReviewEntry | undefined {
  const graded = gradedLogOf(p);
  return graded ? graded.entry : p.log[p.log.length - 1];
}

/** Whether `p`'s log has an entry with this id, without making graded logs (hasEntryId on the first made one). */
export function loggedId(p: Progress, id: string): boolean {
  let at: Progress | null = p;
  while (at) {
    const state = stateOf(at);
    if (!state || state.log || !state.prior) return hasEntryId(at.log, id);
    if ((gradedLogOf(at) as GradedLog).entry.id === id) return true;
    at = state.prior;
  }
  return false;
}
