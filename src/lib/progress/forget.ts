import { compareStrings, setFlag, setNote } from "./log";
import type { Progress } from "./models";

/**
 * `p` without any progress on `cardIds` (a removed deck whose progress the user chose to delete):
 * their reviews are undone with tombstones and their flags and notes cleared with fresh stamps, so
 * no merge with another tab or an older export brings them back. Everything else is untouched.
 */
export function forgetCards(p: Progress, cardIds: ReadonlySet<string>, now: number): Progress {
  const gone = p.log.filter((e) => cardIds.has(e.cardId)).map((e) => e.id);
  let next: Progress = gone.length === 0 ? p : {
    ...p,
    log: p.log.filter((e) => !cardIds.has(e.cardId)),
    tombstones: [...new Set([...p.tombstones, ...gone])].sort(compareStrings),
  };
  for (const [id, flag] of Object.entries(p.flags)) if (cardIds.has(id) && flag.value) next = setFlag(next, id, false, now);
  for (const [id, note] of Object.entries(p.notes)) if (cardIds.has(id) && note.value !== "") next = setNote(next, id, "", now);
  return next;
}
