import type { Element, ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";

/**
 * The points an interviewer listens for, taken from an answer's (already sanitized) HTML tree:
 * - the list that follows a "Key points" label (a paragraph or heading, as in our Django deck);
 * - otherwise the answer's top-level bullets, when there are 2 to 10 of them (fewer is not a
 *   checklist, more is a reference list rather than what one says in two minutes);
 * - otherwise none.
 * Each point is the item's inline content as HTML (code spans, emphasis, links), without nested
 * lists or code blocks. An item that is only a label ("Common causes:") stands for its nested
 * list: each nested item becomes a point of its own, after the label, because a checklist line
 * reading just "Common causes:" gives the interviewer nothing to tick. A label with nothing
 * under it is left out.
 */
export function extractKeyPoints(answer: Root): string[] {
  const all = answer.children.filter(isElement);
  // Follow-up questions appended under their own label (see render.ts) are not part of the answer.
  const followUps = all.findIndex((el) => el.tagName === "p" && FOLLOW_UPS_LABEL.test(toString(el).trim()));
  const blocks = followUps >= 0 ? all.slice(0, followUps) : all;
  const label = blocks.findIndex((el) => /^(p|h[1-6])$/.test(el.tagName) && KEY_POINTS_LABEL.test(toString(el).trim()));
  if (label >= 0) {
    const list = blocks.slice(label + 1).find(isList);
    return list ? pointsOf(list) : [];
  }
  const points = blocks.filter(isList).flatMap(pointsOf);
  return points.length < MIN_BULLETS || points.length > MAX_BULLETS ? [] : points;
}

const KEY_POINTS_LABEL = /^key points\s*:?$/i;
const FOLLOW_UPS_LABEL = /^follow-ups?$/i;
const MIN_BULLETS = 2;
const MAX_BULLETS = 10;
const INLINE_BLOCKS = new Set(["p"]);

const isElement = (n: RootContent | ElementContent): n is Element => n.type === "element";
const isList = (el: Element) => el.tagName === "ul" || el.tagName === "ol";
const itemsOf = (list: Element): Element[] => list.children.filter(isElement).filter((el) => el.tagName === "li");

/** A list's points: one per item, or one per nested item under a label item (see above). */
function pointsOf(list: Element): string[] {
  return itemsOf(list).flatMap((item) => {
    const own = inlineHtml(item);
    if (!own.replace(/<[^>]+>/g, "").trim().endsWith(":")) return own ? [own] : [];
    const nested = item.children.filter(isElement).find(isList);
    return nested ? pointsOf(nested).map((point) => `${own} ${point}`) : [];
  });
}

/** An item's own words: its text and inline elements, a loose item's paragraphs, no nested blocks. */
function inlineHtml(item: Element): string {
  const inline: ElementContent[] = [];
  for (const child of item.children) {
    if (child.type === "text") inline.push(child);
    else if (isElement(child) && INLINE_BLOCKS.has(child.tagName)) {
      if (inline.some((n) => n.type !== "text" || n.value.trim())) inline.push({ type: "text", value: " " });
      inline.push(...child.children);
    } else if (isElement(child) && !isBlock(child)) inline.push(child);
  }
  return toHtml({ type: "root", children: inline }).replace(/\s+/g, " ").trim();
}

const BLOCK_TAGS = new Set(["ul", "ol", "pre", "div", "table", "blockquote", "details", "figure", "hr", "h1", "h2", "h3", "h4", "h5", "h6"]);
const isBlock = (el: Element) => BLOCK_TAGS.has(el.tagName);
