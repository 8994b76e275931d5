import type { Card, Deck } from "@/lib/content/models";

/*
 * An added deck's pictures (its `assets`: a zip's or folder's relative images, an Anki package's
 * media) are stored beside its cards as data: URLs, and the cards keep the picture's key in their
 * <img src>. Shown, each src that names an asset becomes its data: URL (the CSP's img-src allows
 * 'self' and data: only); any other src is left as it is.
 */

// Sanitized HTML (hast-util-to-html) always double-quotes attributes.
const IMG_SRC = /(<img\b[^>]*?\bsrc=")([^"]*)(")/gi;

const unescapeAttr = (v: string) => v.replace(/&#x26;|&amp;/g, "&").replace(/&#x22;|&quot;/g, '"');

/** Every <img src> of `html`, as written (attribute entities decoded). */
export function imageSources(html: string): string[] {
  return [...html.matchAll(IMG_SRC)].map((m) => unescapeAttr(m[2] ?? ""));
}

/** `html` with each <img src> replaced by `to(src)` (null keeps it). */
export function mapImageSources(html: string, to: (src: string) => string | null): string {
  if (!html.includes("<img")) return html;
  return html.replace(IMG_SRC, (whole, open: string, src: string, close: string) => {
    const next = to(unescapeAttr(src));
    return next === null ? whole : `${open}${next.replace(/&/g, "&#x26;").replace(/"/g, "&#x22;")}${close}`;
  });
}

/** A card's HTML fields through `fix`. */
export function mapCardHtml(card: Card, fix: (html: string) => string): Card {
  return {
    ...card,
    promptHtml: fix(card.promptHtml),
    frontHtml: card.frontHtml === null ? null : fix(card.frontHtml),
    answerHtml: card.answerHtml === null ? null : fix(card.answerHtml),
    keyPoints: card.keyPoints.map(fix),
  };
}

// An <img> without alt (Anki media often has none): named after its file, so screen readers say something.
const IMG_WITHOUT_ALT = /<img\b(?![^>]*\balt=)([^>]*?\bsrc="([^"]*)"[^>]*)>/gi;
const withAlt = (html: string) =>
  html.replace(IMG_WITHOUT_ALT, (_whole, attrs: string, src: string) => `<img alt="${src.slice(src.lastIndexOf("/") + 1).replace(/"/g, "")}"${attrs}>`);

/** A card as shown: each <img src> that names one of `assets` points at its data: URL. */
export function cardWithAssets(card: Card, assets: Readonly<Record<string, string>>): Card {
  return mapCardHtml(card, (html) => mapImageSources(html.includes("<img") ? withAlt(html) : html, (src) => (Object.hasOwn(assets, src) ? (assets[src] ?? null) : null)));
}

/** The deck as shown: each <img src> that names one of `assets` points at its data: URL. */
export function deckWithAssets(deck: Deck, assets: Readonly<Record<string, string>> | undefined): Deck {
  if (!assets || Object.keys(assets).length === 0) return deck;
  return { ...deck, topics: deck.topics.map((t) => ({ ...t, cards: t.cards.map((c) => cardWithAssets(c, assets)) })) };
}
