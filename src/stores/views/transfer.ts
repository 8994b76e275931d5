import { exportProgress, type ImportPreview, orphanReviewCount, previewImport, type Progress, type StorageUsage } from "@/lib/progress";
import { logLength } from "@/lib/progress/lazy-log";
import { useProgressStore } from "../progress-store";

/** What Settings says is stored: reviews, those of questions no longer in the bank, storage used. */
export interface StoredFacts {
  reviews: number;
  orphans: number; // reviews of cards not in `known` (kept, never deleted)
  usage: StorageUsage | null; // null: storage is not available
}

export function storedFacts(progress: Progress, usage: StorageUsage | null, known: ReadonlySet<string>): StoredFacts {
  return { reviews: logLength(progress), orphans: orphanReviewCount(progress, known), usage };
}

/** storedFacts over the app's store. */
export function useStoredFacts(known: ReadonlySet<string>): StoredFacts {
  const progress = useProgressStore((s) => s.progress);
  const usage = useProgressStore((s) => s.usage);
  return storedFacts(progress, usage, known);
}

/** The export file of the app's progress as it is now (`now` stamps it). */
export function exportNow(now: number): string {
  return exportProgress(useProgressStore.getState().progress, now);
}

/** What importing `incoming` would change in the app's progress, and how many of its reviews are of unknown cards (0 when `known` is null: not known). */
export function importPreviewNow(incoming: Progress, known: ReadonlySet<string> | null): { preview: ImportPreview; orphans: number } {
  return { preview: previewImport(useProgressStore.getState().progress, incoming), orphans: known ? orphanReviewCount(incoming, known) : 0 };
}
