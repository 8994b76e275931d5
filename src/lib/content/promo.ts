import type { Html, RootContent } from "mdast";
import { imagesIn, isInPage, linksIn } from "./noise";

/**
 * A promotional banner closing a file: after its last `---` (a linked image, "Get the full course
 * at…"), every block after the rule links out and holds no code; without a rule, pictures that link
 * out at the very end. It is cut from the last answer.
 */
export function dropTrailingPromo(blocks: RootContent[]): RootContent[] {
  const rule = blocks.map((b) => b.type).lastIndexOf("thematicBreak");
  if (rule >= 0 && rule < blocks.length - 1) {
    const tail = blocks.slice(rule + 1);
    const promo = tail.every((b) => (b.type === "paragraph" || b.type === "html") && (linksIn(b).length > 0 || imagesIn(b).length > 0) && linksIn(b).every((l) => !isInPage(l.url)));
    if (promo) return blocks.slice(0, rule);
  }
  // Without a rule: banners (a picture that links out) at the very end go.
  let end = blocks.length;
  while (end > 0 && isLinkedBanner(blocks[end - 1]!)) end--;
  return end === blocks.length ? blocks : blocks.slice(0, end);
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
