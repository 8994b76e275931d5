/** Where the built-in cards' ids are served (src/app/card-ids.json/route.ts). */
export const CARD_IDS_URL = "/card-ids.json";

/** The ids in a fetched card-ids file, or null for anything that is not a list of strings. */
export function readCardIds(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const ids: string[] = [];
  for (const id of value) {
    if (typeof id !== "string") return null;
    ids.push(id);
  }
  return ids;
}
