import { compareReviews } from "@/lib/srs";

import { type EncodedLog, type PendingAppend, appendParts, assembleDocument, partsFromColumns } from "./encoded-log";
import { logColumns } from "./lazy-log";
import { knownPrefix } from "./log-lineage";
import { isTombstoned } from "./log";
import { mergeAllButLog } from "./merge";
import type { Progress, ReviewEntry } from "./models";

/*
 * The save of a grade without touching the history: when what is stored is what this tab last
 * read or wrote, and its progress is that state plus reviews logged after all of it (and any
 * change of flags, notes or settings), the merge a save makes is that very progress, and its
 * stored text is the old text plus the new reviews. Anything else (an undo, another tab's write,
 * an older review merged in) takes the full merge and encode, which also gives the parts the next
 * save extends. Same result either way (tests/unit/progress/append-save.test.ts).
 */

/** The entries `log` has after all of `stored`'s, when it starts with exactly `stored`'s entries. */
function appendedEntries(stored: readonly ReviewEntry[], log: readonly ReviewEntry[]): readonly ReviewEntry[] | null {
  if (log === stored) return [];
  if (log.length < stored.length) return null;
  // A log appended to from `stored` (a grade) is known to start with it: no walk over the history.
  if (!knownPrefix(stored, log)) for (let i = 0; i < stored.length; i++) if (log[i] !== stored[i]) return null;
  const added = log.slice(stored.length);
  let previous = stored[stored.length - 1];
  for (const entry of added) {
    if (previous && compareReviews(previous, entry) >= 0) return null;
    previous = entry;
  }
  return added;
}

/** A save that only extends the stored text: the state to adopt, its text, and the parts to commit once written. */
export interface AppendPlan {
  merged: Progress;
  raw: string;
  pending: PendingAppend;
}

/**
 * The append-only save of `progress` over `stored` (the decoded stored state, in normal form),
 * whose parts are `encoded` (or, for a state decoded lazily, read from its scanned text). Null
 * when it is not one: then merge and encode in full.
 */
export function planAppend(stored: Progress, progress: Progress, encoded: EncodedLog | null): AppendPlan | null {
  const columns = encoded ? null : logColumns(stored);
  const parts = encoded ?? (columns ? partsFromColumns(columns, stored.log) : null);
  if (!parts || parts.log !== stored.log) return null;
  const rest = mergeAllButLog(stored, progress);
  // A new tombstone means an undo: entries leave the log, which a text that only grows cannot say.
  if (rest.tombstones.length !== stored.tombstones.length) return null;
  const added = appendedEntries(stored.log, progress.log);
  if (!added || added.some((e) => isTombstoned(stored, e.id))) return null;
  const merged: Progress = { log: progress.log, ...rest };
  const pending = appendParts(parts, added, progress.log);
  return pending ? { merged, raw: assembleDocument(pending.next, merged), pending } : null;
}
