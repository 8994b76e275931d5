import { promisifyRequest, type UseStore } from "idb-keyval";
import { announceDecksChange, INDEX_KEY, recordKey, userDecksStore } from "@/lib/deck/user-decks-idb";
import {
  summarize,
  type UserDeckRecord,
  userDeckRecordSchema,
  type UserDeckSummary,
  userDeckSummarySchema,
} from "@/lib/deck/user-deck";

/*
 * User decks in IndexedDB: one record per deck (`deck:<slug>`) and an index (`index`) of their
 * summaries, so the home page lists decks without reading them whole. A save or a removal writes
 * the record and the index in one transaction: whole or nothing. Every read is validated; what
 * fails validation is reported as corrupt (with its raw value, to download), never thrown at the app.
 * Each function takes the store, so tests pass their own; the default is opened per call (no
 * connection in module state, nothing touches IndexedDB during the static build).
 */

/** Far above what 20 MB of input becomes; past it a save is refused before IndexedDB is asked. */
export const MAX_SAVED_BYTES = 80 * 1024 * 1024;

export type UserDeckSaveReason = "quota" | "too-big" | "failed";

export class UserDeckSaveError extends Error {
  constructor(
    readonly reason: UserDeckSaveReason,
    message: string,
  ) {
    super(message);
    this.name = "UserDeckSaveError";
  }
}

export interface CorruptUserDeck {
  slug: string;
  raw: unknown;
}

export interface UserDeckList {
  decks: UserDeckSummary[];
  corrupt: CorruptUserDeck[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function isQuota(error: unknown): boolean {
  return typeof error === "object" && error !== null && "name" in error && error.name === "QuotaExceededError";
}

function saveError(error: unknown): UserDeckSaveError {
  if (error instanceof UserDeckSaveError) return error;
  if (isQuota(error))
    return new UserDeckSaveError("quota", "This browser has no room left for the deck, so nothing was saved. Remove a deck you no longer need, or free some disk space, and try again.");
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  return new UserDeckSaveError("failed", `The deck could not be saved, so nothing was kept${detail}. Try again; if it keeps failing, reload the page.`);
}

/** Saves a deck whole (replacing a previous version of it) or nothing; rejects with UserDeckSaveError. */
export async function saveUserDeck(record: UserDeckRecord, store: UseStore = userDecksStore()): Promise<{ bytes: number }> {
  const checked = userDeckRecordSchema.safeParse(record);
  if (!checked.success) throw new UserDeckSaveError("failed", `The deck is not in the expected shape, so nothing was saved: ${checked.error.issues[0]?.message ?? "unknown problem"}.`);
  const bytes = new TextEncoder().encode(JSON.stringify(checked.data)).length;
  if (bytes > MAX_SAVED_BYTES)
    throw new UserDeckSaveError("too-big", `The deck takes ${Math.ceil(bytes / 1024 / 1024)} MB, over the ${MAX_SAVED_BYTES / 1024 / 1024} MB a deck may use, so nothing was saved. Leave some files or sections out and try again.`);
  const summary = summarize(checked.data, bytes);
  try {
    await store("readwrite", (s) => {
      // A write that throws aborts the whole transaction; its error, not the abort's, says why.
      let thrown: unknown = null;
      const fail = (error: unknown) => {
        thrown = error;
        s.transaction.abort();
      };
      const done = promisifyRequest(s.transaction).catch((error: unknown) => {
        throw thrown ?? error ?? new Error("the browser cancelled the save");
      });
      try {
        s.put(checked.data, recordKey(record.slug));
        const read = s.get(INDEX_KEY);
        read.onsuccess = () => {
          try {
            s.put({ ...(isRecord(read.result) ? read.result : {}), [record.slug]: summary }, INDEX_KEY);
          } catch (error) {
            fail(error);
          }
        };
      } catch (error) {
        fail(error);
      }
      return done;
    });
  } catch (error) {
    throw saveError(error);
  }
  announceDecksChange({ type: "saved", slug: record.slug });
  return { bytes };
}

/** The deck, validated; null when there is none or what is stored is not a deck (list() reports it). */
export async function getUserDeck(slug: string, store: UseStore = userDecksStore()): Promise<UserDeckRecord | null> {
  const parsed = userDeckRecordSchema.safeParse(await getUserDeckRaw(slug, store));
  return parsed.success && parsed.data.slug === slug ? parsed.data : null;
}

/** What is stored for a deck, unchecked: offered as a download when it is corrupt. */
export function getUserDeckRaw(slug: string, store: UseStore = userDecksStore()): Promise<unknown> {
  return store("readonly", (s) => promisifyRequest(s.get(recordKey(slug))));
}

/**
 * Decks in title order, ignoring case, as Anki lists decks. Code-unit order, not `localeCompare`:
 * the first locale-aware comparison in a page loads the browser's collation data, 13–27 ms of home's
 * main thread here for a list of ten.
 */
const code = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byTitle = (a: UserDeckSummary, b: UserDeckSummary): number =>
  code(a.title.toLowerCase(), b.title.toLowerCase()) || code(a.title, b.title) || code(a.slug, b.slug);

/**
 * Every deck's summary, from the index. A record the index does not describe (an older save, a
 * record written by hand) is read and summarized; an index entry or a record that does not
 * validate, or an entry without its record, is reported in `corrupt`.
 */
export async function listUserDecks(store: UseStore = userDecksStore()): Promise<UserDeckList> {
  const [index, keys] = await store("readonly", (s) =>
    Promise.all([promisifyRequest(s.get(INDEX_KEY)), promisifyRequest(s.getAllKeys())]),
  );
  const slugs = new Set(keys.flatMap((k) => (typeof k === "string" && k.startsWith("deck:") ? [k.slice(5)] : [])));
  const entries = isRecord(index) ? index : {};
  const decks: UserDeckSummary[] = [];
  const corrupt: CorruptUserDeck[] = [];
  for (const [slug, raw] of Object.entries(entries)) {
    const parsed = userDeckSummarySchema.safeParse(raw);
    if (parsed.success && parsed.data.slug === slug && slugs.has(slug)) decks.push(parsed.data);
    else if (!slugs.has(slug)) corrupt.push({ slug, raw });
  }
  const described = new Set(decks.map((d) => d.slug));
  for (const slug of slugs) {
    if (described.has(slug)) continue;
    const raw = await getUserDeckRaw(slug, store);
    const parsed = userDeckRecordSchema.safeParse(raw);
    if (parsed.success && parsed.data.slug === slug) decks.push(summarize(parsed.data, new TextEncoder().encode(JSON.stringify(raw)).length));
    else corrupt.push({ slug, raw });
  }
  decks.sort(byTitle);
  return { decks, corrupt };
}
