import type { Heading, PhrasingContent } from "mdast";
import { BACK_TO_TOP, BADGE_HOST, isInPage, isRelativeDoc, textOf } from "./noise";

/*
 * The inline content of titles and prompts as a person reads it: arrow links, anchors, badges and
 * markup dropped (tags a line names kept as text), the pictures a question shows set apart, and
 * in-page numbering links unwrapped. Noise made of whole blocks is noise.ts's.
 */

const VOID_TAGS = /^(br|hr|wbr|img|input|meta|link)$/i;

/**
 * Inline HTML that a line names rather than uses, kept as its text: a declaration (`<!DOCTYPE HTML>`)
 * or a bare start tag that nothing closes after it (`What is <section>?`). Markup has attributes
 * (`<a name="x">`), is void (`<br>`) or is closed (`<b>x</b>`).
 */
function literalTags(children: PhrasingContent[]): Set<PhrasingContent> {
  const closed = new Set(children.flatMap((c) => (c.type === "html" ? [...c.value.matchAll(/<\/([a-z][a-z0-9-]*)/gi)].map((m) => m[1]!.toLowerCase()) : [])));
  return new Set(
    children.filter((c) => {
      if (c.type !== "html") return false;
      const tag = /^<([a-z][a-z0-9-]*)>$/i.exec(c.value.trim())?.[1];
      return /^<!doctype\b[^<>]*>$/i.test(c.value.trim()) || (tag !== undefined && !VOID_TAGS.test(tag) && !closed.has(tag.toLowerCase()));
    }),
  );
}

/** Removes decorations from inline content: arrow links, anchors, badges, inline HTML (but tags it names). */
export function cleanInline(children: PhrasingContent[]): PhrasingContent[] {
  const literal = children.some((c) => c.type === "html") ? literalTags(children) : new Set<PhrasingContent>();
  return children
    .map((c): PhrasingContent => (literal.has(c) ? { type: "text", value: (c as { value: string }).value.trim() } : c))
    .filter((c) => {
      if (c.type === "html") return false;
      if (c.type === "image" || c.type === "imageReference") return false;
      if (c.type === "link" && !/[\p{L}\p{N}]/u.test(textOf(c))) return false;
      if (c.type === "link" && isInPage(c.url) && BACK_TO_TOP.test(textOf(c))) return false;
      return true;
    })
    .map((c): PhrasingContent | PhrasingContent[] => {
      if (c.type === "link" && (isInPage(c.url) || isRelativeDoc(c.url))) return unwrapLink(c.children);
      if (c.type === "strong" || c.type === "emphasis" || c.type === "delete") return { ...c, children: cleanInline(c.children) };
      return c;
    })
    .flat();
}

const IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/i;
const IMG_SIZE = /\b(?:width|height)\s*=\s*["']?(\d+)/gi;
const ICON_LIKE = /icon|emoji|logo|avatar|favicon/i;

/**
 * The pictures a question shows in its own line (`### What does this diagram show? ![](osi.png)`):
 * cleanInline drops every image from a prompt, so these go on the card's front, beside it. Badges,
 * icons, logos and images 48 pixels or smaller are decorations and stay dropped.
 */
export function promptPictures(children: readonly PhrasingContent[]): PhrasingContent[] {
  return children.flatMap((c): PhrasingContent[] => {
    if (c.type === "image") return BADGE_HOST.test(c.url) || ICON_LIKE.test(c.url) ? [] : [c];
    if (c.type === "html") {
      const src = IMG_SRC.exec(c.value)?.[1];
      const small = [...c.value.matchAll(IMG_SIZE)].some((m) => Number(m[1]) <= 48);
      return src && !small && !BADGE_HOST.test(src) && !ICON_LIKE.test(src) ? [c] : [];
    }
    return "children" in c ? promptPictures(c.children as PhrasingContent[]) : [];
  });
}

/** An in-page link in a title or prompt is a numbering anchor: keep its text, drop the link. */
function unwrapLink(children: PhrasingContent[]): PhrasingContent[] {
  return children.length === 1 && children[0]?.type === "text" ? [{ ...children[0] }] : children;
}

/** A heading's title as a person reads it: no anchors, arrows, badges or HTML. */
export function headingText(h: Heading): string {
  return textOf({ type: "paragraph", children: cleanInline(h.children) });
}
