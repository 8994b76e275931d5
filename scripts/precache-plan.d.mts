// Types of scripts/precache-plan.mjs for the tests that import it.
export const PRECACHE_BUDGET: number;
export function deckOf(url: string, topicKeys: Set<string>): string | null;
export function topicKeysOf(urls: string[]): Set<string>;
export function workerOnlyChunks(texts: Map<string, string>): Set<string>;
export function planPrecache(
  entries: { url: string; revision?: string | null }[],
  dir: string,
  budget?: number,
): {
  manifest: { url: string; revision?: string | null }[];
  decks: { deck: string; files: number; gzipBytes: number; precached: boolean }[];
  workerOnly: { files: number; gzipBytes: number };
  appGzipBytes: number;
  gzipBytes: number;
};
export function precacheTransform(dir: string, budget?: number): (entries: { url: string }[]) => { manifest: { url: string }[]; warnings: string[] };
