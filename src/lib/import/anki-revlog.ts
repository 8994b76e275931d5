import { shortHash } from "@/lib/content/ids";
import type { ReviewEntry } from "@/lib/progress/models";
import { compareReviews, type Rating } from "@/lib/srs";
import type { AnkiReview } from "./anki-collection";

export interface ReviewsResult {
  reviews: ReviewEntry[]; // sorted by time
  skipped: { manual: number; filtered: number; rescheduled: number; unknownCard: number };
  first: number | null; // ms of the oldest review kept
  last: number | null; // ms of the newest
}

/** Suffix of every imported review's id: "<time base 36>-anki<card hash>". Re-imports give the same ids, so merging twice adds nothing. */
export const IMPORTED_ID_MARK = "-anki";

export function isImportedReview(entryId: string): boolean {
  return entryId.includes(IMPORTED_ID_MARK);
}

function isSorted(list: readonly ReviewEntry[]): boolean {
  for (let i = 1; i < list.length; i++) if (compareReviews(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

function rating(ease: number): Rating | null {
  return ease === 1 || ease === 2 || ease === 3 || ease === 4 ? ease : null;
}

/**
 * Anki's revlog as PrepDeck reviews: Again/Hard/Good/Easy map one to one. Manual entries (set due
 * date, forget), reschedules and filtered-deck reviews are not recall and are skipped and counted.
 */
export function revlogToReviews(revlog: readonly AnkiReview[], idsByKey: ReadonlyMap<string, string>): ReviewsResult {
  const skipped = { manual: 0, filtered: 0, rescheduled: 0, unknownCard: 0 };
  const reviews: ReviewEntry[] = [];
  const hashes = new Map<string, string>();
  for (const r of revlog) {
    const grade = rating(r.ease);
    if (r.type === 4 || grade === null) {
      skipped.manual++;
      continue;
    }
    if (r.type === 3) {
      skipped.filtered++;
      continue;
    }
    if (r.type === 5) {
      skipped.rescheduled++;
      continue;
    }
    const cardId = idsByKey.get(String(r.cid));
    if (!cardId) {
      skipped.unknownCard++;
      continue;
    }
    const at = Math.max(0, Math.trunc(r.id));
    let hash = hashes.get(cardId);
    if (hash === undefined) {
      hash = shortHash(cardId);
      hashes.set(cardId, hash);
    }
    reviews.push({ id: `${at.toString(36)}${IMPORTED_ID_MARK}${hash}`, cardId, rating: grade, at, mode: "due" });
  }
  // The revlog comes ordered by its id (the time); sorting again is only for logs that were not.
  if (!isSorted(reviews)) reviews.sort(compareReviews);
  return { reviews, skipped, first: reviews[0]?.at ?? null, last: reviews.at(-1)?.at ?? null };
}
