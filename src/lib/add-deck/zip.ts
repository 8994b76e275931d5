import { unzipSync, type UnzipFileInfo } from "fflate";
import { formatBytes, LIMITS } from "@/lib/deck/limits";
import { MAX_ASSET_BYTES } from "@/lib/import/limits";
import { checkInputSize, collect, type Collected, type RawFile } from "./collect";
import { AddDeckError } from "./errors";
import { keepsImage } from "./local-images";
import { isReadable, safePath } from "./paths";

/*
 * A repository's zip (GitHub's "Download ZIP"): only the files the reader takes are inflated, and
 * only within limits checked before inflating (the directory's sizes) and after (the real bytes,
 * since a directory can lie). Entries with absolute or `..` paths are refused outright: a zip that
 * carries one was made to escape, not to share questions.
 */
export function readZip(name: string, bytes: Uint8Array): Collected {
  checkInputSize(bytes.length, name);
  const names: string[] = [];
  let declared = 0;
  let pictures = 0;
  const wanted = (info: UnzipFileInfo): boolean => {
    if (names.length >= LIMITS.zipEntries) throw new AddDeckError(`${name} holds more than ${LIMITS.zipEntries} entries: it is not read. Nothing was added.`);
    names.push(info.name);
    if (info.name.endsWith("/")) return false;
    const path = safePath(info.name);
    if (path === null) throw new AddDeckError(`${name} has an entry that points outside the folder (${info.name}): it is not read. Nothing was added.`);
    if (keepsImage(path, info.originalSize)) {
      // Pictures are inflated within the deck's picture budget (twice it: some may go unused); past it they are skipped.
      if (pictures + info.originalSize > 2 * MAX_ASSET_BYTES) return false;
      pictures += info.originalSize;
      return true;
    }
    if (!isReadable(path)) return false;
    if (info.originalSize > info.size * LIMITS.zipRatio && info.originalSize > 1024 * 1024) throw bomb(name, info.name);
    declared += info.originalSize;
    if (declared > LIMITS.zipTotalBytes) throw tooBig(name);
    return true;
  };
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: wanted });
  } catch (e) {
    if (e instanceof AddDeckError) throw e;
    throw new AddDeckError(`${name} is not a zip that can be read (${e instanceof Error ? e.message : "corrupt"}). Nothing was added.`, "Download the zip again, or drop the unzipped folder instead.");
  }
  const raw: RawFile[] = Object.entries(entries).map(([path, data]) => ({ path, bytes: data }));
  const total = raw.reduce((n, f) => n + f.bytes.length, 0);
  if (total > LIMITS.zipTotalBytes + 2 * MAX_ASSET_BYTES) throw tooBig(name);
  const collected = collect(raw, name.replace(/\.zip$/i, ""));
  const skippedCount = names.filter((n) => !n.endsWith("/")).length - raw.length;
  if (skippedCount > 0) collected.skipped.push(`${skippedCount} other file${skippedCount === 1 ? "" : "s"} in ${name} (code, configuration, pictures over 1 MB): not read`);
  return collected;
}

const bomb = (zip: string, entry: string) =>
  new AddDeckError(`${zip} looks like a zip bomb: ${entry} expands more than ${LIMITS.zipRatio} times its size. Nothing was added.`);
const tooBig = (zip: string) =>
  new AddDeckError(`${zip} expands to more than ${formatBytes(LIMITS.zipTotalBytes)} of markdown: the limit is ${formatBytes(LIMITS.zipTotalBytes)}. Nothing was added.`, "Zip only the folder that holds the questions.");
