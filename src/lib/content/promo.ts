import type { Html, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { imagesIn, isInPage, linkUrls } from "./noise";

/**
 * A promotional banner closing a file: after its last `---` (a linked image, "Get the full course
 * at…"), every block after the rule links out and holds no code. It is cut from the file's last
 * answer, with what `dropPromoLines` cuts.
 */
export function dropTrailingPromo(blocks: RootContent[]): RootContent[] {
  const rule = blocks.map((b) => b.type).lastIndexOf("thematicBreak");
  if (rule >= 0 && rule < blocks.length - 1) {
    const tail = blocks.slice(rule + 1);
    const promo = tail.every((b) => (b.type === "paragraph" || b.type === "html") && (linkUrls(b).length > 0 || imagesIn(b).length > 0) && linkUrls(b).every((url) => !isInPage(url)));
    if (promo) return blocks.slice(0, rule);
  }
  return dropPromoLines(blocks);
}

/**
 * Banners (a picture that links out) and short lines or headings asking the reader for something (a
 * star, a follow, a course, the rest of the answers elsewhere) at the very end of an answer go, while an answer stays before them: any answer,
 * since a section's last answer runs up to the next section, where an author may sign off a part.
 */
export function dropPromoLines(blocks: RootContent[]): RootContent[] {
  let end = blocks.length;
  while (end > 1 && (isLinkedBanner(blocks[end - 1]!) || isPromoLine(blocks[end - 1]!))) end--;
  return end === blocks.length ? blocks : blocks.slice(0, end);
}

/**
 * What the author asks of the reader rather than tells about the subject, one kind a line: a star,
 * a follow or a share, a subscription, money (a sponsor, a donation, a coffee), a sale (the book, the
 * course, a discount), "if you like this…" and thanks, contributions, and the same asks in the
 * other languages of the banks seen so far. Each names what is asked of the reader ("subscribe to my
 * channel", not "subscribe to the store": a pub/sub answer keeps its last line).
 */
const ASKS_THE_READER: readonly RegExp[] = [
  // A star emoji alone may be a difficulty mark ("Level: ⭐⭐"): it asks when it names the repo or is given.
  /\b(?:give|leave|drop|hit|smash|click)\b.{0,20}(?:\bstars?\b|[⭐🌟])|\bstar(?:ring)? (?:it\b|(?:this|the|our|my) (?:repo|repository|project)\b)|[⭐🌟].{0,40}\b(?:repo|repository|project|github)\b|\b(?:repo|repository|project|github)\b.{0,40}[⭐🌟]/iu,
  /\bfollow (?:me|us|@\w+)\b|\b(?:connect with|find) (?:me|us)\b|\b(?:me|us) on (?:twitter|x|linkedin|github|youtube|instagram|medium|mastodon|bluesky)\b|\bshare (?:it|this)\b.{0,30}\b(?:friends|colleagues|network)\b|\blike,? (?:and|&) (?:share|subscribe)\b/i,
  /\bsubscribe\b(?: to)? (?:my|our)\b|\bsubscribe (?:for|now)\b|^\s*subscribe\s*[!.]*\s*$|\bjoin (?:our|the|my) (?:community|discord|telegram|slack|newsletter|mailing list)\b|\b(?:sign up for|subscribe to) (?:my|our|the) newsletter\b/i,
  /\bsponsor(?:ing)? (?:me|us|this|my|our)\b|\bbecome a (?:sponsor|patron|backer)\b|\bsupport (?:me|us|my work|the author)\b|buy me a coffee|\bpatreon\b|\bko-?fi\b|\b(?:please |consider )donat(?:e|ing)\b|\bdonate (?:to|via|on|here)\b|^\s*donate\b/i,
  /\b(?:buy|grab|order|purchase) (?:the|my|our|a copy of (?:the|my|our)) (?:[\w-]+ ){0,3}(?:book|ebook|e-book|pdf|course|guide|bundle)\b|\b(?:get|download) (?:my|our|a copy of (?:my|our)) (?:[\w-]+ ){0,3}(?:book|ebook|e-book|pdf|course|guide|bundle)\b|\b(?:full|complete|paid|video|premium|udemy) course\b|\bcheck out (?:my|our) (?:[\w-]+ ){0,2}(?:book|ebook|course|channel|blog)\b|\b\d{1,2} ?% off\b/i,
  // A code to type at a checkout, in capitals: "Apply the coupon code at checkout." is an answer's step.
  /\b(?:[Dd]iscount|[Cc]oupon|[Pp]romo) code:? "?[A-Z0-9]{4,}\b/,
  /\bif you (?:like|liked|enjoy|enjoyed|love|loved) (?:this|it|these)\b|\bif you (?:find|found) (?:this|it|these) (?:\w+ )?(?:useful|helpful|valuable|interesting)\b|\bif (?:this|it) (?:has )?helped\b|\bif this (?:was|has been) (?:helpful|useful)\b|\bfound (?:this|it) (?:useful|helpful)\b|\bthanks? (?:you )?for (?:reading|watching|visiting|stopping by)\b/i,
  /\b(?:pull requests?|prs|contributions?) (?:are )?(?:(?:highly|always|very|more than) )?(?:welcome|appreciated)/i,
  // The rest of the bank sold or kept elsewhere: "Explore all 50 answers here 👉", "Find the full list of questions at …".
  /\b(?:find|see|explore|read|get|view|check out|access)\b.{0,30}\b(?:all|full|complete|rest of the|remaining)\b.{0,25}\b(?:answers|questions|solutions)\b.{0,25}\b(?:here|at|on)\b/i,
  /(?:点个?|求|欢迎|给个?)\s*(?:star|赞|⭐)|关注(?:我|我们)|公众号|스타를?\s*(?:눌러|주)|구독\s*(?:부탁|해\s*주세요|하기)|팔로우\s*(?:부탁|해\s*주세요|하기)|suscr[ií]bete|s[ií]gueme|dale una estrella|inscreva-se|siga-me|abonniere|подпиш(?:ись|итесь)|поставь(?:те)? звезд/iu,
];

/** Where a book, a course or a donation is sold or asked for: a line that only links there is an ask. */
const SALE_HOST = /^https?:\/\/(?:[\w-]+\.)*(?:udemy\.com|gumroad\.com|leanpub\.com|teachable\.com|thinkific\.com|payhip\.com|patreon\.com|ko-fi\.com|buymeacoffee\.com|opencollective\.com|liberapay\.com|paypal\.me|github\.com\/sponsors)\b/i;

/** A short paragraph or heading, text and links only, that asks the reader for something or sends them to a sale. */
function isPromoLine(block: RootContent): boolean {
  if (block.type !== "paragraph" && block.type !== "heading") return false;
  const text = toString(block);
  if (text.length > 240 || block.children.some((c) => c.type === "inlineCode" || c.type === "image")) return false;
  if (ASKS_THE_READER.some((ask) => ask.test(text))) return true;
  const urls = linkUrls(block);
  return urls.length > 0 && urls.every((url) => SALE_HOST.test(url));
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
