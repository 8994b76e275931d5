/**
 * Card ids. Progress is keyed by them, so they must be stable and never collide, for banks nobody
 * here wrote. The rules (documented in content/README.md):
 * - default: `deck/topic/slug-of-the-prompt`, the slug at most 80 characters;
 * - a slug that had to be shortened, or a prompt with letters outside a–z (Cyrillic, CJK, Arabic…),
 *   ends with `-` and 6 characters of a hash of the whole prompt;
 * - prompts in one topic that share a slug ("What's the output?" in a quiz) all get a hash of their
 *   own content (prompt plus the code shown with it), so adding or removing other questions never
 *   changes them;
 * - a `{#pin}` wins; a pin with a `/` is the whole id.
 */
import { slugify } from "./text";

const MAX_SLUG = 80;

/** FNV-1a, 32 bits, as 6 base-36 characters: short, stable across runs and platforms. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text.normalize("NFC")) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(6, "0").slice(-6);
}

/** Letters a slug cannot keep: after accents are dropped, anything that is a letter but not a–z. */
const hasForeignLetters = (text: string) =>
  /[^\P{L}a-zA-Z]/u.test(text.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""));

/** A slug for any text in any script, unique to the text when it had to lose something. */
export function slugWithHash(text: string, max = MAX_SLUG): string {
  const full = slugify(text, Number.POSITIVE_INFINITY);
  if (full && full.length <= max && !hasForeignLetters(text)) return full;
  const cut = slugify(text, max - 7);
  return `${cut || "q"}-${shortHash(text)}`;
}

export interface IdInput {
  prompt: string;
  frontText: string; // plain text of the blocks shown with the prompt (a quiz's code)
  pin: string | null;
}

/** Ids for one topic's cards, in order. */
export function cardIds(deckSlug: string, topicSlug: string, cards: IdInput[]): string[] {
  const slugs = cards.map((c) => slugWithHash(c.prompt));
  const counts = new Map<string, number>();
  for (const s of slugs) counts.set(s, (counts.get(s) ?? 0) + 1);
  // The same prompt and front twice (one exercise in two tabs, answered differently): the second is the
  // second of its kind, so its id stays put when other questions come and go.
  const kinds = new Map<string, number>();
  return cards.map((c, i) => {
    if (c.pin) return c.pin.includes("/") ? c.pin : `${deckSlug}/${topicSlug}/${c.pin}`;
    const slug = slugs[i]!;
    const kind = `${c.prompt}\n${c.frontText}`;
    const nth = (kinds.get(kind) ?? 0) + 1;
    kinds.set(kind, nth);
    const own = (counts.get(slug) ?? 0) > 1 ? `${slug.slice(0, MAX_SLUG - 7)}-${shortHash(nth > 1 ? `${kind}\n${nth}` : kind)}` : slug;
    return `${deckSlug}/${topicSlug}/${own}`;
  });
}
