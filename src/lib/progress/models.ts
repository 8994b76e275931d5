/**
 * Plain, serialisable types of the user's progress. Times are epoch milliseconds.
 *
 * The review log is the only source of truth for scheduling; card states are derived by replaying
 * it through ts-fsrs (see `@/lib/srs`). Everything else is last-writer-wins.
 */
import type { Rating } from "@/lib/srs";

export type { Rating } from "@/lib/srs";

/** How the card was being studied when it was graded. */
export type ReviewMode = "shuffle" | "due" | "weak" | "interview";

/** One grade, appended to the log and never edited (undo removes it and keeps a tombstone). */
export interface ReviewEntry {
  id: string; // unique across devices and tabs; see newEntryId
  cardId: string; // the card's permanent id, e.g. "django/orm/what-is-a-queryset"
  rating: Rating; // 1 Again, 2 Hard, 3 Good, 4 Easy
  at: number; // when the grade was given (integer ms)
  mode: ReviewMode; // the study mode at the time
  ms?: number; // time from the card shown to the grade (integer ms); absent in reviews logged before format 2
}

/** A value with the time it was written; the later write wins a merge. */
export interface Stamped<T> {
  value: T; // the value
  at: number; // when it was written (integer ms)
}

/** The interview the user prepares for (issue 26). */
export interface InterviewDateSetting {
  date: string; // the interview's local calendar day, "YYYY-MM-DD"
  topics: string[]; // "deck/topic" keys the date is for; [] = every card
  target: number; // predicted recall every selected card should have on the day, 0.7..0.97 (default 0.9)
  minutesPerDay: number; // study time the user has each day, 1..600 (default 20)
}

/** FSRS parameters fitted to the user's own reviews by the optimizer, applied to scheduling. */
export interface MemoryModelSetting {
  w: number[]; // the 21 FSRS-6 parameters
  fittedAt: number; // when they were fitted (ms)
  reviews: number; // how many reviews they were fitted on
}

/** User settings. */
export interface Settings {
  desiredRetention: number; // FSRS target recall probability, 0.7..0.99 (default 0.9)
  newPerSession: number; // new cards per session, 0..200 (default 20)
  rolloverHour: number; // local hour at which a new study day starts, 0..23 (default 4)
  dailyGoal: number; // reviews a day the user aims for, 1..1000 (default 20); shown on home and /stats
  interview?: InterviewDateSetting; // absent: no interview date set (optional, so format 2 data still loads)
  memory?: MemoryModelSetting; // absent: FSRS's default parameters
}

/**
 * Everything persisted. Kept in a normal form that merge relies on: `log` sorted by (at, id) with
 * unique ids and none of them in `tombstones`; `tombstones` sorted and unique.
 */
export interface Progress {
  log: ReviewEntry[]; // live reviews, sorted by (at, id)
  tombstones: string[]; // ids of undone reviews, so a merge never brings them back
  flags: Record<string, Stamped<boolean>>; // per card id: flagged as weak by the user
  notes: Record<string, Stamped<string>>; // per card id: the user's note ("" = cleared)
  settings: Stamped<Settings>; // user settings
}

/** Why a stored value could not be used. */
export type DecodeFailure = "unreadable" | "invalid" | "future";

/** Result of decoding a stored value. */
export type DecodeResult =
  | { ok: true; progress: Progress; migratedFrom?: number }
  | { ok: false; reason: DecodeFailure; message: string };

/**
 * The stored (compact) format, version 2. Serialised as JSON under `prepdeck:progress`:
 * {"v":2,"cards":[...],"log":"...","tomb":[...],"flags":{...},"notes":{...},"settings":{...}}.
 * See src/lib/progress/README.md for the `log` string grammar. Version 2 adds the optional answer
 * time to each log entry and `dailyGoal` to the settings.
 */
export interface StoredV2 {
  v: 2; // format version
  cards: string[]; // card ids interned in order of first appearance in the log
  log: string; // the review log, one compact string (see README)
  tomb: string[]; // tombstoned entry ids, sorted
  flags: Record<string, [0 | 1, number]>; // card id -> [flag value, at]
  notes: Record<string, [string, number]>; // card id -> [note text, at]
  settings: Stamped<Settings>; // user settings
}

/**
 * Version 1: as version 2 without answer times in the log and without `dailyGoal`. Its log string
 * is also a valid version-2 log, so the migration only changes `v` (the goal gets its default).
 */
export interface StoredV1 {
  v: 1; // format version
  cards: string[]; // card ids interned in order of first appearance in the log
  log: string; // the review log, one compact string (see README)
  tomb: string[]; // tombstoned entry ids, sorted
  flags: Record<string, [0 | 1, number]>; // card id -> [flag value, at]
  notes: Record<string, [string, number]>; // card id -> [note text, at]
  settings: Stamped<Omit<Settings, "dailyGoal">>; // user settings
}

/**
 * The pre-release format, version 0: plain JSON without timestamps on flags and notes and
 * without settings. Migrated to v1 with every flag and note stamped at 0 (any later write wins).
 */
export interface StoredV0 {
  version: 0; // format version
  log: ReviewEntry[]; // the review log, uncompressed
  flags: Record<string, boolean>; // card id -> flagged
  notes: Record<string, string>; // card id -> note
}

/** The minimal Web Storage surface the adapter needs; every call may throw. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A StorageLike that can also enumerate its keys (localStorage can). */
export interface EnumerableStorageLike extends StorageLike {
  readonly length: number;
  key(index: number): string | null;
}

/**
 * Something the user must be told after loading. "corrupt": unreadable, copied to a backup and
 * cleared; "unreadable": unreadable and could not be backed up (left in place, offer its bytes as
 * a download and a reset without backup); "future": a newer version's data, left alone.
 */
export interface LoadNotice {
  kind: "corrupt" | "unreadable" | "future" | "unavailable"; // what went wrong
  backupKey: string | null; // where the unusable raw value was copied, if it was
  message: string; // plain words for the user: what happened and what they can do
  details: string | null; // the technical reason (engine text), shown behind "Details"
}

/** One backup key of the stored progress. */
export interface BackupInfo {
  key: string; // the storage key, `${key}:backup:${at}` with an optional `-n` suffix
  at: number; // when it was made (epoch ms, from the key)
  chars: number; // its length in characters (what counts against the storage limit)
}

/** How much of the storage limit is used, counted as browsers count it: characters of keys and values. */
export interface StorageUsage {
  usedChars: number; // every key and value of this origin's localStorage, at most quotaChars
  quotaChars: number; // the limit: about 5 M characters in current browsers
}

/** Result of loading progress from storage. */
export interface LoadResult {
  progress: Progress; // what to use (empty when nothing usable was stored)
  notice: LoadNotice | null; // what to tell the user, if anything
  readOnly: boolean; // true: never write to the key this session (newer data, or no backup)
  migratedFrom?: number; // stored version the data was migrated from
  unsaved?: true; // the state is not stored as one text (a stray record of recent reviews was merged in): save it
}

/** Why a save did not happen. */
export type SaveFailure = "unavailable" | "write-failed" | "future" | "backup-failed";

/** Result of saving: the merged state to adopt, or why nothing was written. */
export type SaveResult =
  | { ok: true; progress: Progress }
  | { ok: false; reason: SaveFailure; error: string; details?: string };

/** The export file (also what import accepts). */
export interface ExportFile {
  format: "prepdeck-progress"; // marks the file as ours
  version: number; // CURRENT_VERSION when written
  exportedAt: string; // ISO 8601 time of export, for the user
  log: ReviewEntry[]; // live reviews, readable
  tombstones: string[]; // undone review ids
  flags: Record<string, Stamped<boolean>>; // per card flags
  notes: Record<string, Stamped<string>>; // per card notes
  settings: Stamped<Settings>; // settings
}

/** Result of parsing an import file. */
export type ImportResult = { ok: true; progress: Progress } | { ok: false; message: string };

/** What importing would change, for the confirmation dialog. */
export interface ImportPreview {
  newReviews: number; // incoming reviews not yet here (and not undone here)
  alreadyPresent: number; // incoming reviews already here
  undoneReviews: number; // reviews here that the file's tombstones would remove
  flagsChanged: number; // flags whose value a merge would change
  notesChanged: number; // notes whose text a merge would change
  settingsChanged: boolean; // whether a merge would change the settings
}

/** How to apply an import. */
export type ImportMode = "merge" | "replace";
