import { getUserDeck, listUserDecks } from "@/lib/deck/user-decks-db";

/** Card id -> prompt for every deck added in this browser (built-in decks' prompts are not on this page). */
export async function promptsOfUserDecks(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  try {
    const { decks } = await listUserDecks();
    for (const d of decks) {
      const record = await getUserDeck(d.slug);
      for (const t of record?.deck.topics ?? []) for (const c of t.cards) out.set(c.id, c.prompt);
    }
  } catch {
    // No IndexedDB: the CSV still lists every review, without prompts.
  }
  return out;
}
