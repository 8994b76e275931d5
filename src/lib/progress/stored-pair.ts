import { describeError } from "./backups";
import { decodeProgress } from "./codec";
import type { EncodedLog } from "./encoded-log";
import { mergeProgress } from "./merge";
import type { DecodeResult, Progress, StorageLike } from "./models";
import { type BaseLayout, type RecentRecord, parseRecent, recentKey, spliceRecent } from "./recent";

/*
 * What is stored for one progress key: the base under the key, and the record of recent reviews
 * beside it (recent.ts), read as one document. Decoding goes through a cache the store owns, so a
 * save that finds what it last read or wrote decodes nothing.
 */

/** The two stored texts, as read. */
export interface StoredPair {
  readonly base: string | null;
  readonly recent: string | null;
}

/** What the cache knows of the stored texts it last read or wrote. */
export interface CachedStored extends StoredPair {
  /** The whole document's text (the base with the record spliced in); null when it is not stored as one text. */
  readonly raw: string | null;
  readonly result: DecodeResult;
  /** The whole document's encoded parts, when this cache wrote it (append-save.ts). */
  readonly encoded?: EncodedLog;
  /** Reviews in the record (0 without one). */
  readonly recentCount: number;
  /** The base's layout, once a save needed it. */
  readonly layout?: BaseLayout | null;
  /** The record of recent reviews, parsed (null or absent without one). */
  readonly record?: RecentRecord | null;
}

/**
 * Every save re-reads what is stored. While it is still the texts last decoded or written through
 * this cache (no other tab wrote since), the decoded state is reused instead of decoding megabytes
 * again. Progress values are never mutated, so sharing the cached one is safe. Each store owns one;
 * without it nothing is cached. Nothing here keeps state between calls on its own.
 */
export interface DecodeCache {
  last: CachedStored | null;
}

export function createDecodeCache(): DecodeCache {
  return { last: null };
}

/** Reads both texts; the engine's message when storage throws. */
export function readPair(storage: StorageLike, key: string): ({ ok: true } & StoredPair) | { ok: false; details: string } {
  try {
    return { ok: true, base: storage.getItem(key), recent: storage.getItem(recentKey(key)) };
  } catch (error) {
    return { ok: false, details: describeError(error) };
  }
}

/** A record that does not extend the stored base: its own document when it reads, to merge in; else its text, to keep aside. */
export interface StrayRecent {
  readonly text: string;
  readonly progress: Progress | null;
}

export interface DecodedPair {
  /** The whole document, or the base alone when a stray record is beside it. */
  readonly result: DecodeResult;
  /** The text `result` was decoded from. */
  readonly raw: string | null;
  readonly stray: StrayRecent | null;
}

/** Decodes what is stored: the whole document when the record extends the base (cached), else the base and the stray record. */
export function decodePair(pair: StoredPair, cache?: DecodeCache): DecodedPair {
  const last = cache?.last;
  if (last && last.base === pair.base && last.recent === pair.recent) return { result: last.result, raw: last.raw, stray: null };
  const remember = (raw: string, result: DecodeResult, record: RecentRecord | null): DecodedPair => {
    if (cache && result.ok) cache.last = { base: pair.base, recent: pair.recent, raw, result, recentCount: record?.count ?? 0, record };
    return { result, raw, stray: null };
  };
  if (pair.recent === null) {
    const result = decodeProgress(pair.base);
    return pair.base === null ? { result, raw: null, stray: null } : remember(pair.base, result, null);
  }
  const record = parseRecent(pair.recent);
  const whole = record && pair.base !== null ? spliceRecent(pair.base, record) : null;
  if (record && whole !== null) {
    const result = decodeProgress(whole);
    if (result.ok) return remember(whole, result, record);
  }
  const own = record ? decodeProgress(record.doc) : null;
  return { result: decodeProgress(pair.base), raw: pair.base, stray: { text: pair.recent, progress: own?.ok ? own.progress : null } };
}

/** The stored progress as one state, for reading only (another tab's write, a reset's backup): a stray record that reads is merged in. */
export function readStoredProgress(storage: StorageLike, key: string): DecodeResult {
  const read = readPair(storage, key);
  if (!read.ok) return decodeProgress(null);
  const { result, stray } = decodePair(read);
  if (!stray?.progress) return result;
  return result.ok ? { ok: true, progress: mergeProgress(result.progress, stray.progress) } : { ok: true, progress: stray.progress };
}
