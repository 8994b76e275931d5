/*
 * How much a user may add in the browser. The reader, the preview and IndexedDB all hold a deck in
 * memory at once; beyond these sizes a phone tab runs out of memory long before the user learns why.
 * Every message that enforces a limit names it (formatBytes below), so users know what to trim.
 */
export const LIMITS = {
  /** Bytes of input: the files, the pasted text, the zip as downloaded. */
  inputBytes: 20 * 1024 * 1024,
  /** Questions in one deck. */
  questions: 10_000,
  /** Bytes a zip may expand to in total (only the entries we read count). */
  zipTotalBytes: 20 * 1024 * 1024,
  /** A zip entry that expands more than this many times its compressed size is a bomb, not a bank. */
  zipRatio: 100,
  /** Entries in a zip (its directory), read or not. */
  zipEntries: 50_000,
  /** Files fetched for one link (each is one request to GitHub). */
  linkFiles: 300,
} as const;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
