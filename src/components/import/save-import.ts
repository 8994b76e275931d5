import { emptyProgress } from "@/lib/progress";
import { type PackedReviews, unpackReviews } from "@/lib/import/packed-reviews";
import { useProgressStore } from "@/stores/progress-store";

/**
 * After the import worker saved a deck (save-deck.ts), its review history joins progress like a
 * progress import: a merge, so nothing is counted twice. Progress lives in this page's store and
 * localStorage, which a worker cannot reach; the history arrives packed (packed-reviews.ts).
 */
export async function mergeImportedReviews(packed: PackedReviews | null): Promise<number> {
  if (!packed || packed.count === 0) return 0;
  const log = unpackReviews(packed);
  await useProgressStore.getState().importProgress({ ...emptyProgress(), log }, "merge");
  return log.length;
}
