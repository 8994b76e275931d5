import { createStore, promisifyRequest, type UseStore } from "idb-keyval";

/*
 * Where user decks live in IndexedDB, and what can be known of them without reading a deck: the
 * store, its keys, the change channel and whether anything is stored at all. No schemas here
 * (user-decks-db.ts validates what it reads, with zod), so a page can ask "is there any added
 * deck?" on a first visit without loading zod: 90 KB of gzip and 200–400 ms of a slowed phone's
 * main thread, for a visitor who has no deck.
 */

export const DECKS_CHANNEL = "prepdeck:decks";
export const INDEX_KEY = "index";
export const recordKey = (slug: string) => `deck:${slug}`;

export const userDecksStore = (): UseStore => createStore("prepdeck-decks", "decks");

export type DecksChange = { type: "saved" | "removed"; slug: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** True when the store holds anything at all (a deck, an index, or something corrupt to report). */
export async function anyUserDeckStored(store: UseStore = userDecksStore()): Promise<boolean> {
  const count = await store("readonly", (s) => promisifyRequest(s.count()));
  return count > 0;
}

/** Tells every tab (this one included) that a deck was saved or removed. */
export function announceDecksChange(change: DecksChange): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(DECKS_CHANNEL);
  channel.postMessage(change);
  channel.close();
}

/** Calls `listener` when a deck is saved or removed, in this tab or another; returns the unsubscribe. */
export function onDecksChanged(listener: (change: DecksChange) => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => {};
  const channel = new BroadcastChannel(DECKS_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (isRecord(data) && (data.type === "saved" || data.type === "removed") && typeof data.slug === "string") listener({ type: data.type, slug: data.slug });
  };
  return () => channel.close();
}

/** Removes a deck's record and its index entry together. */
export async function removeUserDeck(slug: string, store: UseStore = userDecksStore()): Promise<void> {
  await store("readwrite", (s) => {
    const done = promisifyRequest(s.transaction);
    s.delete(recordKey(slug));
    const read = s.get(INDEX_KEY);
    read.onsuccess = () => {
      if (!isRecord(read.result) || !(slug in read.result)) return;
      const rest = { ...read.result };
      delete rest[slug];
      s.put(rest, INDEX_KEY);
    };
    return done;
  });
  announceDecksChange({ type: "removed", slug });
}
