import type { Progress, Stamped } from "./models";

function changedRecord<T>(current: Record<string, Stamped<T>>, synced: Record<string, Stamped<T>>): Record<string, Stamped<T>> {
  const out: Record<string, Stamped<T>> = {};
  for (const id of Object.keys(current)) {
    const now = current[id];
    const before = Object.hasOwn(synced, id) ? synced[id] : undefined;
    if (!now || (before && before.at === now.at && before.value === now.value)) continue;
    // Defining, not assigning, so an id like "__proto__" stays an ordinary key.
    Object.defineProperty(out, id, { value: now, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * What this tab changed since it last wrote or adopted `synced`: reviews and tombstones it did not
 * have then, flags and notes it set since, and its settings if it changed them (else a stamp that
 * loses every merge). When another tab resets or replaces the progress, a tab adopts the new
 * stored state merged with these, so a grade given in the instant before it learned of the reset
 * is kept, while the old reviews stay gone.
 */
export function localChanges(current: Progress, synced: Progress): Progress {
  const syncedIds = new Set(synced.log.map((e) => e.id));
  const syncedTombs = new Set(synced.tombstones);
  const settingsChanged = current.settings.at !== synced.settings.at;
  return {
    log: current.log.filter((e) => !syncedIds.has(e.id)),
    tombstones: current.tombstones.filter((id) => !syncedTombs.has(id)),
    flags: changedRecord(current.flags, synced.flags),
    notes: changedRecord(current.notes, synced.notes),
    settings: settingsChanged ? current.settings : { value: current.settings.value, at: Number.NEGATIVE_INFINITY },
  };
}
