import type { Html, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { imagesIn, isInPage, linksIn } from "./noise";

/**
 * A promotional banner closing a file: after its last `---` (a linked image, "Get the full course
 * at…"), every block after the rule links out and holds no code; without a rule, pictures that link
 * out at the very end, and short lines asking the reader for a star, a follow or a purchase. It is
 * cut from the last answer.
 */
export function dropTrailingPromo(blocks: RootContent[]): RootContent[] {
  const rule = blocks.map((b) => b.type).lastIndexOf("thematicBreak");
  if (rule >= 0 && rule < blocks.length - 1) {
    const tail = blocks.slice(rule + 1);
    const promo = tail.every((b) => (b.type === "paragraph" || b.type === "html") && (linksIn(b).length > 0 || imagesIn(b).length > 0) && linksIn(b).every((l) => !isInPage(l.url)));
    if (promo) return blocks.slice(0, rule);
  }
  // Without a rule: banners (a picture that links out) and short lines asking the reader for
  // something (a star, a follow, a course) at the very end go, while an answer stays before them.
  let end = blocks.length;
  while (end > 1 && (isLinkedBanner(blocks[end - 1]!) || isPromoLine(blocks[end - 1]!))) end--;
  return end === blocks.length ? blocks : blocks.slice(0, end);
}

/**
 * What the author asks of the reader rather than tells about the subject: star or share the repo,
 * follow, subscribe, sponsor, buy the book or course, join a community, send pull requests.
 */
const ASKS_THE_READER =
  /\b(?:(?:give|leave|drop)\b.{0,20}\bstars?\b|star (?:this|the|our|my) (?:repo|repository|project)|⭐|follow (?:me|us)\b|subscribe\b|sponsor (?:me|us|this)\b|buy me a coffee|(?:full|complete|paid|video) course\b|(?:get|buy|grab) (?:the|my|our) (?:book|ebook|e-book|pdf|course)\b|join (?:our|the|my) (?:community|discord|telegram|slack|newsletter)\b|newsletter\b|(?:pull requests?|prs|contributions?) (?:are )?(?:welcome|appreciated)|if you (?:like|liked|enjoy|enjoyed|found) (?:this|it|these)\b|thanks? (?:you )?for reading)/i;

/** A short paragraph, text and links only, that asks the reader for something. */
function isPromoLine(block: RootContent): boolean {
  if (block.type !== "paragraph") return false;
  const text = toString(block);
  return text.length <= 240 && ASKS_THE_READER.test(text) && block.children.every((c) => c.type !== "inlineCode" && c.type !== "image");
}

const LINKED_IMAGE_HTML = /^\s*(?:<(?:p|div)\b[^>]*>\s*)?<a\b[^>]*\bhref=["']?(https?:[^"'\s>]+)[^>]*>\s*<img\b[^>]*\bsrc=["']?([^"'\s>]+)[^>]*>\s*<\/a>\s*(?:<\/(?:p|div)>\s*)?$/i;

/**
 * A block that is only pictures linking out (`[![Get the course](banner.png)](https://course…)`), each
 * to another place than the picture itself (a diagram linked to its full size is content).
 */
function isLinkedBanner(block: RootContent): boolean {
  if (block.type === "html") {
    const m = LINKED_IMAGE_HTML.exec(block.value);
    return m !== null && m[1] !== m[2];
  }
  if (block.type !== "paragraph") return false;
  const parts = block.children.filter((c) => !(c.type === "text" && c.value.trim() === "") && c.type !== "break");
  // Inline HTML on a line of its own with text around it is a paragraph of html pieces.
  if (parts.length > 0 && parts.every((c) => c.type === "html")) return isLinkedBanner({ type: "html", value: parts.map((c) => (c as Html).value).join("") });
  return (
    parts.length > 0 &&
    parts.every((c) => {
      if (c.type !== "link" || !/^https?:/i.test(c.url)) return false;
      const inner = c.children.filter((k) => !(k.type === "text" && k.value.trim() === ""));
      return inner.length > 0 && inner.every((k) => k.type === "image" && k.url !== c.url);
    })
  );
}
