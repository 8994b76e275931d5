import { formatBytes, LIMITS } from "@/lib/deck/limits";
import { textOf } from "./bytes";
import { AddDeckError } from "./errors";
import { IMAGE_FILE, keepsImage } from "./local-images";
import { isReadable, safePath, stripCommonFolder } from "./paths";

/** A file for the reader (the shape of `BankFile` in @/lib/content): posix path from the deck root. */
export interface BankFile {
  path: string;
  text: string;
}

/** A file as picked, dropped or unzipped: its path as given (untrusted) and its bytes. */
export interface RawFile {
  path: string;
  bytes: Uint8Array;
}

/** What a source yields for the reader: its files, a title to fall back on, and what was left out. */
export interface Collected {
  files: BankFile[];
  title: string;
  skipped: string[]; // "path: why", shown in the preview
  images: Map<string, Uint8Array>; // pictures beside the markdown, by bank path (local-images.ts keeps those the cards show)
}

export function checkInputSize(bytes: number, what: string): void {
  if (bytes > LIMITS.inputBytes) {
    throw new AddDeckError(`${what} is ${formatBytes(bytes)}: the limit is ${formatBytes(LIMITS.inputBytes)} of input per deck. Nothing was added.`, "Choose fewer files, or the folder that holds only the questions.");
  }
}

/**
 * The readable files among `raw`: paths made safe and relative to the deck (one shared top folder
 * is the deck's title), housekeeping and non-markdown files skipped with a reason, binaries refused.
 * A single file the user chose on purpose must be text; a binary inside a folder is only skipped.
 */
export function collect(raw: RawFile[], fallbackTitle: string): Collected {
  checkInputSize(raw.reduce((n, f) => n + f.bytes.length, 0), raw.length === 1 ? (raw[0]?.path ?? "The file") : "The files together");
  const skipped: string[] = [];
  const safe: RawFile[] = [];
  for (const f of raw) {
    const path = safePath(f.path);
    if (path === null) skipped.push(`${f.path}: unsafe path (absolute or with ..), not read`);
    else safe.push({ path, bytes: f.bytes });
  }
  const { prefix, strip } = stripCommonFolder(safe.map((f) => f.path));
  const files: BankFile[] = [];
  const images = new Map<string, Uint8Array>();
  for (const f of safe) {
    const path = strip(f.path);
    if (IMAGE_FILE.test(path)) {
      if (keepsImage(path, f.bytes.length)) images.set(path, f.bytes);
      else skipped.push(`${path}: a picture over 1 MB, not kept`);
      continue;
    }
    if (!isReadable(path)) {
      skipped.push(`${path}: not a question bank file (only .md, .mdx and .markdown are read; licence and contributing files are left out)`);
      continue;
    }
    if (safe.length === 1) files.push({ path, text: textOf(path, f.bytes) });
    else {
      try {
        files.push({ path, text: textOf(path, f.bytes) });
      } catch (e) {
        skipped.push(`${path}: ${e instanceof Error ? e.message.replace(/: nothing was added\.$/, "") : "unreadable"}, skipped`);
      }
    }
  }
  const title = prefix ? prefix.slice(0, -1).replace(/-(main|master)$/, "") : fallbackTitle;
  if (!files.some((f) => /\.(md|mdx|markdown)$/i.test(f.path) && !f.path.endsWith("_deck.md"))) {
    const why = skipped.length ? ` (${skipped.length} file${skipped.length === 1 ? "" : "s"} skipped: ${skipped.slice(0, 3).join("; ")})` : "";
    throw new AddDeckError(`No markdown file (.md, .mdx, .markdown) was found${why}. Nothing was added.`);
  }
  return { files, title, skipped, images };
}

/** Pasted markdown: one file, named so messages point at it. */
export function fromPaste(text: string): Collected {
  const bytes = new TextEncoder().encode(text).length;
  checkInputSize(bytes, "The pasted text");
  if (text.trim() === "") throw new AddDeckError("The text box is empty: paste a question bank's markdown first.");
  return { files: [{ path: "pasted.md", text }], title: "Pasted deck", skipped: [], images: new Map() };
}
