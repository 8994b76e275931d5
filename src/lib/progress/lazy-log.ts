import { carriedIdentity, gradedLogOf } from "./graded-log";
import { LogColumns } from "./log-columns";
import type { Progress, ReviewEntry } from "./models";

/*
 * A decoded progress whose log entries are made on first read of `log`, from the stored text's
 * scanned columns. Loading 100,000 reviews then costs one scan of the text; a page that only shows
 * counts never makes the entries (the card states come from the checkpoint, today's count and the
 * last grades from the columns, through logColumns). Anything that reads `log` (a grade, a merge,
 * the statistics) gets the same entries a full decode gives, made once. A progress made from this
 * one by spreading (`{ ...p, log }`) is an ordinary object: its columns no longer describe it.
 */

const COLUMNS = Symbol("prepdeck.logColumns");

/** `rest` (in normal form, log aside) with its log made from `columns` when first read. */
export function withLazyLog(rest: Omit<Progress, "log">, columns: LogColumns): Progress {
  let log: ReviewEntry[] | null = null;
  const p: Progress = {
    ...rest,
    get log() {
      log ??= columns.entries();
      return log;
    },
  };
  // Not enumerable: spreads and equality checks see a plain progress.
  Object.defineProperty(p, COLUMNS, { value: columns });
  return p;
}

/** The scanned columns of exactly `p`'s log when it was decoded lazily, else null. */
export function logColumns(p: Progress): LogColumns | null {
  const v: unknown = Reflect.get(p, COLUMNS);
  return v instanceof LogColumns ? v : null;
}

/**
 * What identifies `p`'s log for memos, without making its entries: a grade's record (graded-log.ts,
 * also carried by its array once made), the columns of a lazy log, else the log array itself
 * (progress is never mutated, so equal identities mean equal logs).
 */
export function logIdentity(p: Progress): object {
  const lazy = gradedLogOf(p) ?? logColumns(p);
  return lazy ?? carriedIdentity(p.log) ?? p.log;
}

/** How many entries `p`'s log has, without making a lazy log's entries (nor a grade's: graded-log.ts). */
export function logLength(p: Progress): number {
  return gradedLogOf(p)?.length ?? logColumns(p)?.length ?? p.log.length;
}
