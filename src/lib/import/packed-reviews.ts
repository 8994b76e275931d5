import type { ReviewEntry } from "@/lib/progress/models";

/*
 * An Anki history crosses from the import worker to the page packed in columns: typed arrays (moved,
 * not copied: postMessage transfers their buffers) and two newline-joined string tables. 100,000
 * review objects cost the page's main thread one long task to receive and another to check
 * (74 ms measured); columns arrive in a copy of a few buffers and check in a loop over bytes. The
 * page unpacks them into reviews only when the user saves.
 */

export interface PackedReviews {
  count: number;
  ids: string; // review ids, "\n"-joined, in review order
  cardIds: string; // distinct card ids, "\n"-joined
  card: Uint32Array; // per review: index into cardIds
  at: Float64Array; // per review: ms since the epoch
  rating: Uint8Array; // per review: 1 Again … 4 Easy
}

export function packReviews(reviews: readonly ReviewEntry[]): PackedReviews {
  const index = new Map<string, number>();
  const card = new Uint32Array(reviews.length);
  const at = new Float64Array(reviews.length);
  const rating = new Uint8Array(reviews.length);
  reviews.forEach((r, i) => {
    let k = index.get(r.cardId);
    if (k === undefined) {
      k = index.size;
      index.set(r.cardId, k);
    }
    card[i] = k;
    at[i] = r.at;
    rating[i] = r.rating;
  });
  return { count: reviews.length, ids: reviews.map((r) => r.id).join("\n"), cardIds: [...index.keys()].join("\n"), card, at, rating };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const RATINGS = [1, 2, 3, 4] as const;

/** Checks the columns agree and hold what a review may hold: a loop over bytes, no objects. */
export function isPackedReviews(v: unknown): v is PackedReviews {
  if (!isObject(v)) return false;
  const p = v;
  if (typeof p.count !== "number" || typeof p.ids !== "string" || typeof p.cardIds !== "string") return false;
  if (!(p.card instanceof Uint32Array) || !(p.at instanceof Float64Array) || !(p.rating instanceof Uint8Array)) return false;
  const n = p.count;
  if (p.card.length !== n || p.at.length !== n || p.rating.length !== n) return false;
  if (n === 0) return p.ids === "";
  const cards = lineCount(p.cardIds);
  for (let i = 0; i < n; i++) {
    const r = p.rating[i]!;
    if (r < 1 || r > 4 || p.card[i]! >= cards || !Number.isFinite(p.at[i]!)) return false;
  }
  return lineCount(p.ids) === n;
}

/** Lines in `text`, counted without splitting it (no 100,000 strings on the main thread). */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}

/** The reviews, for saving (imported Anki reviews count as "due" reviews). */
export function unpackReviews(p: PackedReviews): ReviewEntry[] {
  if (p.count === 0) return [];
  const ids = p.ids.split("\n");
  const cardIds = p.cardIds.split("\n");
  const out: ReviewEntry[] = new Array<ReviewEntry>(p.count);
  for (let i = 0; i < p.count; i++) {
    out[i] = { id: ids[i]!, cardId: cardIds[p.card[i]!]!, rating: RATINGS[p.rating[i]! - 1] ?? 3, at: p.at[i]!, mode: "due" };
  }
  return out;
}
