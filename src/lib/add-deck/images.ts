import type { Deck } from "@/lib/content/models";

/*
 * Remote images are off for added decks: the site's img-src is same-origin (a bank must not make
 * the browser call arbitrary hosts, which would also tell them who studies what). Each remote
 * <img> becomes a plain link to it, so nothing is lost and no request is made until the user asks.
 */
const REMOTE_IMG = /<img\b[^>]*?\bsrc="(https?:\/\/[^"]*)"[^>]*>/gi;
const ALT = /\balt="([^"]*)"/i;

export function remoteImagesAsLinks(html: string): string {
  return html.replace(REMOTE_IMG, (tag, src: string) => {
    const alt = ALT.exec(tag)?.[1] || "image";
    return `<a href="${src}" rel="noopener noreferrer">[${alt}]</a>`;
  });
}

export function withoutRemoteImages(deck: Deck): Deck {
  const fix = (html: string | null) => (html === null ? null : remoteImagesAsLinks(html));
  return {
    ...deck,
    topics: deck.topics.map((t) => ({
      ...t,
      cards: t.cards.map((c) => ({ ...c, promptHtml: remoteImagesAsLinks(c.promptHtml), frontHtml: fix(c.frontHtml), answerHtml: fix(c.answerHtml), keyPoints: c.keyPoints.map(remoteImagesAsLinks) })),
    })),
  };
}
