import { type EnumerableStorageLike, listBackups, storageUsage } from "@/lib/progress";
import type { SyncedState } from "./sync-types";

/*
 * What Settings shows of the storage (how much is used, the backups) and the save error, kept in
 * the store: refreshed after every write, import, reset and other tab's write, and set only when
 * they changed (every set() reaches every subscriber).
 */
export function createStorageFacts(o: { storage: EnumerableStorageLike | null; key: string; get: () => SyncedState; set: (partial: Partial<SyncedState>) => void }) {
  return {
    /** Usage and backups as they are now. */
    refresh(): void {
      if (!o.storage) return;
      const usage = storageUsage(o.storage);
      const backups = listBackups(o.storage, o.key);
      const s = o.get();
      const same = s.usage?.usedChars === usage?.usedChars && JSON.stringify(s.backups) === JSON.stringify(backups);
      if (!same) o.set({ usage, backups });
    },
    /** The last write's error (null: it worked) and its technical details. */
    setError(error: string | null, details: string | null = null): void {
      const s = o.get();
      if (s.saveError !== error || s.saveErrorDetails !== details) o.set({ saveError: error, saveErrorDetails: details });
    },
  };
}

export type StorageFacts = ReturnType<typeof createStorageFacts>;
