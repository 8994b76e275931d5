/*
 * A note's fields, sort field and checksum as Anki stores them (rslib notes/mod.rs
 * `prepare_for_update`, text.rs): every field loses its ASCII control characters but newline and
 * tab (so no field can carry the \x1f separator) and is NFC-normalised; the sort field is the first
 * field with its HTML stripped (a media tag keeps its file name) and the checksum is the first
 * 8 hex digits of that text's SHA-1. Anki finds duplicates through `csum`, so a wrong one makes
 * "Check Database" rewrite notes and duplicate detection miss.
 */

// rslib text.rs HTML_MEDIA_TAGS: img/audio/video/object/source with a src or data attribute.
const MEDIA_TAG =
  /<\b(?:img|audio|video|object|source)\b(?:[^>]|"[^"]+?"|'[^']+?')+?\b(?:src|data)\b=(?:"([^"]+?)"[^>]*>|'([^']+?)'[^>]*>|([^ >]+?)(?: [^>]*>|>))/gis;
const HTML = /<!--.*?-->|<style.*?>.*?<\/style>|<script.*?>.*?<\/script>|<.*?>/gis;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
// Rust's char::is_ascii_control, less '\n' and '\t' (rslib notes/mod.rs invalid_char_for_field).
const INVALID_FIELD_CHARS = /[\x00-\x08\x0b-\x1f\x7f]/g;

/** rslib `decode_entities`: only when there is an `&`; decoded no-break spaces become spaces. */
function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  const decoded = text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] !== "#") return NAMED[body.toLowerCase()] ?? whole;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
  return decoded.replace(/\u00a0/g, " ");
}

/** A field as Anki keeps it: control characters (but \n and \t) removed, NFC. */
export function ankiField(html: string): string {
  return html.replace(INVALID_FIELD_CHARS, "").normalize("NFC");
}

/** Anki's `strip_html_preserving_media_filenames`: what goes in `sfld` and what `csum` hashes. */
export function stripHtmlMedia(html: string): string {
  const named = html.replace(MEDIA_TAG, (_m, a?: string, b?: string, c?: string) => ` ${a ?? b ?? c ?? ""} `);
  return decodeEntities(named.replace(HTML, ""));
}

/** Anki's `field_checksum`: the first 4 bytes of the SHA-1 of the stripped text, big-endian. */
export async function fieldChecksum(stripped: string): Promise<number> {
  const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(stripped));
  return new DataView(digest).getUint32(0, false);
}
