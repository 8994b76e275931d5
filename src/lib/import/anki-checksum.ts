/*
 * A note's sort field and checksum as Anki computes them (rslib's notes and text modules):
 * the first field with its HTML stripped (an image keeps its file name), and the first 8 hex digits
 * of that text's SHA-1 as an unsigned 32-bit number. Anki finds duplicates through `csum`, so a
 * wrong one makes "Check Database" rewrite every note and duplicate detection miss.
 */

const MEDIA_TAG = /<img[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gis;
const HTML = /<!--.*?-->|<style.*?>.*?<\/style>|<script.*?>.*?<\/script>|<.*?>/gis;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] !== "#") return NAMED[body.toLowerCase()] ?? whole;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
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
