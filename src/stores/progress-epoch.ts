import type { StorageLike } from "@/lib/progress";

/*
 * The reset epoch: an id written beside the progress by every reset and "replace". A tab whose
 * epoch differs from the stored one adopts the stored state (plus its own changes since it last
 * synced) instead of merging its old reviews back in.
 */

export function epochKey(key: string): string {
  return `${key}:epoch`;
}

/** The stored epoch; null when none was written or storage refuses to be read. */
export function readEpoch(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(epochKey(key)) ?? null;
  } catch {
    return null;
  }
}

/** A new epoch id for `now`, unique enough across tabs. */
export function newEpoch(now: number, random: () => number): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}
