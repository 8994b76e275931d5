import type { Deck } from "@/lib/content/models";
import { imageSources, mapCardHtml, mapImageSources } from "@/lib/deck/user-deck-assets";
import { toAssets } from "@/lib/import/assets";
import { MAX_IMAGE_BYTES } from "@/lib/import/limits";

/*
 * Relative pictures of a folder or zip bank (`![](img/a.png)` beside the markdown): resolved
 * against the card's file, kept with the deck (at most 1 MB each, 10 MB a deck: toAssets), and
 * the card's src rewritten to the picture's path in the bank, its key in `assets`. Remote pictures
 * are not fetched (images.ts makes them links).
 */

export const IMAGE_FILE = /\.(png|jpe?g|gif|webp|svg|avif)$/i;

/** A picture the bank may show: small enough to keep (the rest are skipped with a reason). */
export const keepsImage = (path: string, bytes: number) => IMAGE_FILE.test(path) && bytes <= MAX_IMAGE_BYTES;

const dirOf = (file: string) => file.slice(0, file.lastIndexOf("/") + 1);

/** `src` resolved against `file`'s folder, as a bank path; null when it is not a relative path inside the bank. */
export function resolveLocal(src: string, file: string): string | null {
  if (/^([a-z][a-z0-9+.-]*:|\/\/|\/|#)/i.test(src)) return null;
  let path = src.split(/[?#]/)[0] ?? "";
  try {
    path = decodeURIComponent(path);
  } catch {
    // a stray % stays as written
  }
  const parts: string[] = [];
  for (const p of `${dirOf(file)}${path}`.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(p);
  }
  return parts.length ? parts.join("/") : null;
}

export interface LinkedImages {
  deck: Deck; // srcs of kept pictures rewritten to their bank path (the key in assets)
  assets: Record<string, string>; // bank path -> data: URL
  dropped: string[]; // pictures referenced but missing, too big or over the deck's total
}

export function linkLocalImages(deck: Deck, images: ReadonlyMap<string, Uint8Array>): LinkedImages {
  const wanted = new Set<string>();
  for (const t of deck.topics)
    for (const c of t.cards)
      for (const html of [c.promptHtml, c.frontHtml ?? "", c.answerHtml ?? ""])
        for (const src of imageSources(html)) {
          const path = resolveLocal(src, c.file);
          if (path) wanted.add(path);
        }
  if (wanted.size === 0) return { deck, assets: {}, dropped: [] };
  const { assets, dropped } = toAssets(wanted, images);
  const topics = deck.topics.map((t) => ({
    ...t,
    cards: t.cards.map((c) =>
      mapCardHtml(c, (html) =>
        mapImageSources(html, (src) => {
          const path = resolveLocal(src, c.file);
          return path && Object.hasOwn(assets, path) ? path : null;
        }),
      ),
    ),
  }));
  return { deck: { ...deck, topics }, assets, dropped };
}
