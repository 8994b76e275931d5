/*
 * Names Anki would otherwise change on import. Media file names follow rslib media/files.rs
 * `normalize_filename` (an .apkg's legacy media map is normalised on import, but the notes'
 * <img src> are not, so a name Anki changes is a picture it loses). Deck names are unique without
 * regard to case (rslib's decks table is `collate unicase`; a clash gets "_" appended on upgrade).
 */

const MAX_MEDIA_NAME_BYTES = 120; // rslib sync/media MAX_MEDIA_FILENAME_LENGTH
// rslib disallowed_char: []<>:"/?*^\| , ASCII controls and unassigned code points.
const DISALLOWED = /[\[\]<>:"/?*^\\|\x00-\x1f\x7f]|\p{Cn}/gu;
const WINDOWS_DEVICE = /^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\.|$)/i;
const bytes = (s: string) => new TextEncoder().encode(s).length;

function truncateBytes(s: string, max: number): string {
  let out = s;
  while (bytes(out) > max) out = [...out].slice(0, -1).join("");
  return out;
}

/** rslib `normalize_filename`: NFC, problem characters dropped, device names and trailing dot or space guarded, 120 bytes at most. */
export function ankiMediaName(name: string): string {
  let out = name.normalize("NFC").replace(DISALLOWED, "").replace(/\u00a0/g, " ");
  out = out.replace(WINDOWS_DEVICE, "$1_$2");
  if (/[ .]$/.test(out)) out = `${out}_`;
  if (bytes(out) > MAX_MEDIA_NAME_BYTES) {
    const dot = out.lastIndexOf(".");
    const [stem, ext] = dot === -1 ? [out, ""] : [out.slice(0, dot), truncateBytes(out.slice(dot + 1), 10)];
    const short = truncateBytes(stem, MAX_MEDIA_NAME_BYTES - bytes(ext) - 2);
    out = ext ? `${short}.${ext}` : short;
    if (/[ .]$/.test(out)) out = `${out}_`;
  }
  return out;
}

/**
 * Each asset key's file name in the package: a bank path's folders flattened ("img/a.png" becomes
 * "img_a.png"), normalised as Anki would, and made unique (Anki's media folder is flat and
 * case-sensitive, but two keys must never share one file).
 */
export function packageMediaNames(keys: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const key of keys) {
    const base = ankiMediaName(key.replace(/[/\\]/g, "_")) || "file";
    let name = base;
    for (let n = 2; taken.has(name); n++) {
      const dot = base.lastIndexOf(".");
      name = dot > 0 ? `${base.slice(0, dot)}-${n}${base.slice(dot)}` : `${base}-${n}`;
    }
    taken.add(name);
    names.set(key, name);
  }
  return names;
}

/**
 * The deck tree's names: the title, then "title::topic" for each topic, with "::" inside a name
 * turned to ":" (it would nest a deck) and a topic whose name repeats another's (case aside)
 * numbered, so each topic keeps its own subdeck.
 */
export function deckNames(title: string, topics: readonly string[]): { root: string; topics: string[] } {
  const part = (s: string) => s.replace(/::/g, ":").trim() || "blank";
  const root = part(title);
  const taken = new Set<string>();
  const names = topics.map((t) => {
    const base = part(t);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    return `${root}::${name}`;
  });
  return { root, topics: names };
}

/** A tag as Anki keeps it (rslib tags: no spaces, quotes or control characters; NFC). */
export function ankiTag(tag: string): string {
  return tag.normalize("NFC").replace(/[\x00-\x1f\x7f"]/g, "").trim().replace(/\s+/g, "_");
}
