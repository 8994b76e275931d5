import { RATINGS, mulberry32 } from "@/lib/srs";
import {
  type EnumerableStorageLike,
  type Progress,
  type Rating,
  type ReviewEntry,
  type ReviewMode,
  addReview,
  emptyProgress,
  newEntryId,
} from "@/lib/progress";

export const KEY = "prepdeck:progress";
/** 2026-01-15T12:00:00Z */
export const T0 = Date.UTC(2026, 0, 15, 12);
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

/** In-memory StorageLike whose every call can be made to throw, like a full or disabled localStorage. */
export class FakeStorage implements EnumerableStorageLike {
  readonly data = new Map<string, string>();
  failGet = false;
  failSet = false;
  failRemove = false;
  setCalls = 0;

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.data.set(k, v);
  }

  get length(): number {
    return this.data.size;
  }

  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    if (this.failGet) throw new DOMException("The operation is insecure.", "SecurityError");
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.setCalls++;
    if (this.failSet) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    if (this.failRemove) throw new DOMException("The operation is insecure.", "SecurityError");
    this.data.delete(key);
  }

  backups(): [string, string][] {
    return [...this.data.entries()].filter(([k]) => k.startsWith(`${KEY}:backup:`));
  }
}

/** Storage whose every call throws (storage disabled by the browser). */
export const brokenStorage: EnumerableStorageLike = {
  get length(): number {
    throw new Error("denied");
  },
  key() {
    throw new Error("denied");
  },
  getItem() {
    throw new Error("denied");
  },
  setItem() {
    throw new Error("denied");
  },
  removeItem() {
    throw new Error("denied");
  },
};

let entries = 0;

/** A review entry; without `id`, a fresh newEntryId-style id (unique even for equal times). */
export function entry(cardId: string, rating: Rating, at: number, id?: string, mode: ReviewMode = "due"): ReviewEntry {
  entries += 1;
  return { id: id ?? newEntryId(at, mulberry32(entries)), cardId, rating, at, mode };
}

/** A realistic card id of the default shape deck/topic/slug. */
export function bankCardId(n: number): string {
  const topic = String(n % 37).padStart(2, "0");
  return `django/topic-${topic}/how-does-the-orm-handle-this-longish-question-slug-${String(n).padStart(4, "0")}`;
}

/** `count` reviews over `cards` card ids in daily sessions, reproducible from `seed`. */
export function simulatedLog(count: number, cards: number, seed = 1): Progress {
  const rand = mulberry32(seed);
  const modes: ReviewMode[] = ["due", "due", "due", "shuffle", "weak"];
  const log: ReviewEntry[] = [];
  let at = T0;
  for (let i = 0; i < count; i++) {
    // Sessions of ~60 reviews 5-40 s apart, one session a day.
    at += i % 60 === 0 ? DAY - 60 * 20_000 + Math.floor(rand() * 3_600_000) : 5_000 + Math.floor(rand() * 35_000);
    const cardId = bankCardId(Math.floor(rand() * cards));
    const rating = RATINGS[Math.floor(rand() * 4)] ?? 3;
    // Answer times of 5–35 s, as the drill records them since format 2.
    log.push({ id: newEntryId(at, rand), cardId, rating, at, mode: modes[Math.floor(rand() * modes.length)] ?? "due", ms: 5000 + ((i * 7919) % 30_000) });
  }
  return { ...emptyProgress(), log };
}

export function withReviews(p: Progress, entries: ReviewEntry[]): Progress {
  return entries.reduce(addReview, p);
}
