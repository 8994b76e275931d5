import { unzipSync } from "fflate";
import { decompress } from "fzstd";
import { ImportError } from "./errors";
import { MAX_PACKAGE_BYTES, MAX_UNZIPPED_BYTES } from "./limits";
import { firstNumber, firstString, readFields } from "./protobuf";

/** What an .apkg / .colpkg holds, unpacked: the SQLite collection and a way to read media. */
export interface AnkiPackage {
  layout: "anki2" | "anki21" | "anki21b";
  collection: Uint8Array; // a SQLite database file
  mediaNames: Map<string, string>; // media file name -> name of its entry in the zip
  readMedia(names: readonly string[]): Map<string, Uint8Array>; // the named files that exist, decompressed
}

const COLLECTIONS = ["collection.anki21b", "collection.anki21", "collection.anki2"] as const;
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

function isZstd(b: Uint8Array): boolean {
  return ZSTD_MAGIC.every((m, i) => b[i] === m);
}

function unzstd(b: Uint8Array): Uint8Array {
  return isZstd(b) ? decompress(b) : b;
}

/** Zip flag bit 0 of any local header: the entry is encrypted, which fflate cannot read. */
function hasEncryptedEntry(bytes: Uint8Array): boolean {
  for (let i = 0; i + 8 < bytes.length; ) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 0x03 || bytes[i + 3] !== 0x04) return false;
    if ((bytes[i + 6]! & 1) === 1) return true;
    const view = new DataView(bytes.buffer, bytes.byteOffset + i);
    const size = view.getUint32(18, true);
    const nameLen = view.getUint16(26, true);
    const extraLen = view.getUint16(28, true);
    if ((bytes[i + 6]! & 8) === 8) return false; // sizes come after the data: stop scanning, fflate will say
    i += 30 + nameLen + extraLen + size;
  }
  return false;
}

function unzip(bytes: Uint8Array, want: (name: string) => boolean): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        if (!want(f.name)) return false;
        total += f.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw new ImportError("too-big", "This package unpacks to more than 1 GB. Export a smaller deck from Anki.");
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError("corrupt", "This package is damaged (the zip can't be read). Export it from Anki again and import the new file.");
  }
}

function mediaMap(raw: Uint8Array | undefined, layout: AnkiPackage["layout"]): Map<string, string> {
  const map = new Map<string, string>();
  if (!raw || raw.length === 0) return map;
  if (layout === "anki21b") {
    // MediaEntries { repeated MediaEntry entries = 1 }, MediaEntry { name = 1; size = 2; sha1 = 3; legacy_zip_filename = 255 }
    readFields(unzstd(raw)).forEach((f, index) => {
      if (f.no !== 1 || typeof f.value === "number") return;
      const entry = readFields(f.value);
      const name = firstString(entry, 1);
      const legacy = firstNumber(entry, 255);
      if (name) map.set(name, String(legacy ?? index));
    });
    return map;
  }
  const parsed: unknown = JSON.parse(new TextDecoder().decode(raw));
  if (parsed && typeof parsed === "object") {
    for (const [key, name] of Object.entries(parsed)) if (typeof name === "string") map.set(name, key);
  }
  return map;
}

/** Unpacks a package; throws ImportError with plain words for anything it can't read. */
export function openPackage(bytes: Uint8Array): AnkiPackage {
  if (bytes.length > MAX_PACKAGE_BYTES) {
    throw new ImportError("too-big", `This package is ${Math.round(bytes.length / 1024 / 1024)} MB; the limit is 200 MB. In Anki, export one deck at a time, or without media.`);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ImportError("not-a-package", "This is not an Anki package (.apkg or .colpkg is a zip file). In Anki use File › Export, “Anki Deck Package”.");
  }
  if (hasEncryptedEntry(bytes)) {
    throw new ImportError("encrypted", "This zip is password-protected. Anki never encrypts packages: export it from Anki again, without a password.");
  }
  const head = unzip(bytes, (n) => n === "meta" || n === "media" || (COLLECTIONS as readonly string[]).includes(n));
  if (head.meta) {
    let version: number | undefined;
    try {
      version = firstNumber(readFields(head.meta), 1);
    } catch {
      version = undefined;
    }
    if (version === undefined || version > 3) {
      throw new ImportError("unknown-version", "This package comes from a newer Anki than PrepDeck knows. In Anki's export dialog tick “Support older Anki versions” and export again.");
    }
  }
  const name = COLLECTIONS.find((n) => head[n]);
  if (!name) throw new ImportError("not-a-package", "This zip has no Anki collection inside. Export it from Anki as an “Anki Deck Package” (.apkg) or “Anki Collection Package” (.colpkg).");
  const layout = name.slice("collection.".length) as AnkiPackage["layout"];
  let collection: Uint8Array;
  let mediaNames: Map<string, string>;
  try {
    collection = unzstd(head[name]!);
    mediaNames = mediaMap(head.media, layout);
  } catch {
    throw new ImportError("corrupt", "This package is damaged (its collection or media list can't be unpacked). Export it from Anki again.");
  }
  return {
    layout,
    collection,
    mediaNames,
    readMedia(names) {
      const entries = new Map<string, string>();
      for (const n of names) {
        const entry = mediaNames.get(n);
        if (entry !== undefined) entries.set(entry, n);
      }
      const files = unzip(bytes, (n) => entries.has(n));
      const out = new Map<string, Uint8Array>();
      for (const [entry, data] of Object.entries(files)) {
        try {
          out.set(entries.get(entry)!, layout === "anki21b" ? unzstd(data) : data);
        } catch {
          // A damaged picture is left out; the card keeps its text.
        }
      }
      return out;
    },
  };
}
