import type { Table } from "./csv";
import type { KeptDeck } from "./save-deck";

/*
 * What the import worker keeps between a preview and its save: the parsed deck (and its packed
 * review history), and for a CSV the parsed table, so a column-mapping change re-runs against it
 * without the page sending the file again. Keyed by the request that read it; only the newest few
 * are kept (the page works on one import at a time; older ones are previews it has moved past).
 */

export type KeptImport = { deck: KeptDeck | null; table: Table | null };

/** @default limit 3: the current import, and the one or two a quick change of choice left behind */
export function createKeptImports(limit = 3) {
  const kept = new Map<number, KeptImport>();
  return {
    keep(key: number, value: KeptImport): void {
      kept.delete(key);
      kept.set(key, value);
      for (const old of kept.keys()) {
        if (kept.size <= limit) break;
        kept.delete(old);
      }
    },
    get: (key: number): KeptImport | undefined => kept.get(key),
    drop: (key: number): boolean => kept.delete(key),
  };
}
export type KeptImports = ReturnType<typeof createKeptImports>;
