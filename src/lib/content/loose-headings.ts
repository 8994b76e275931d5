import { readsAsQuestion } from "./question-text";

/**
 * Headings the way old renderers took them, rewritten as markdown headings before parsing, line for
 * line (no line moves):
 * - `####1. Question`: an ATX heading with no space after the hashes (GitBook, old GitHub);
 * - `<h3>Question</h3>` alone on a line: an HTML heading. A level is rewritten when most of the
 *   file's HTML headings at that level read as questions, and so are the levels above it (the
 *   topics over those questions); a page that styles its asides with `<h3>` keeps them. Inline code,
 *   bold and italics inside become markdown, so the prompt keeps them.
 * Code fences are left alone (`#include` stays code).
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TIGHT_ATX = /^( {0,3})(#{1,6})(?=[^\s#])/;
const HTML_HEADING = /^ {0,3}<h([1-6])\b[^>]*>(.*?)<\/h\1\s*>\s*$/i;

const plainOf = (html: string) => html.replace(/<[^>]*>/g, "").trim();

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'", apos: "'", nbsp: " " };
const decode = (text: string) => text.replace(/&(lt|gt|amp|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? _);

/** `<code>`, `<b>`/`<strong>` and `<i>`/`<em>` as markdown; any other tag dropped. */
export function inlineOf(html: string): string {
  const code = html.replace(/<code\b[^>]*>([\s\S]*?)<\/code\s*>/gi, (_, inner: string) => {
    const text = decode(inner.replace(/<[^>]*>/g, ""));
    const fence = "`".repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
    return text.trim() === "" ? "" : `${fence}${/^`|`$/.test(text) ? ` ${text} ` : text}${fence}`;
  });
  return code
    .replace(/<(b|strong)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi, (_, _tag: string, inner: string) => (inner.trim() ? `**${inner.trim()}**` : ""))
    .replace(/<(i|em)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi, (_, _tag: string, inner: string) => (inner.trim() ? `*${inner.trim()}*` : ""))
    .replace(/<[^>]*>/g, "")
    .trim();
}

/** The HTML heading levels to rewrite: those mostly read as questions, and every level above the deepest of them. */
function questionLevels(headings: RegExpExecArray[]): (level: number) => boolean {
  const byLevel = new Map<number, RegExpExecArray[]>();
  for (const h of headings) byLevel.set(Number(h[1]), [...(byLevel.get(Number(h[1])) ?? []), h]);
  const levels = [...byLevel].filter(([, hs]) => hs.filter((h) => readsAsQuestion(plainOf(h[2]!))).length / hs.length >= 0.5).map(([level]) => level);
  const deepest = Math.max(0, ...levels);
  return (level) => level <= deepest;
}

export function loosenHeadings(text: string): string {
  if (!/^ {0,3}(#{1,6}[^\s#]|<h[1-6]\b)/im.test(text)) return text;
  const lines = text.split("\n");
  const html = lines.map((l) => HTML_HEADING.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  const rewrite = questionLevels(html);
  let fence: string | null = null;
  return lines
    .map((line) => {
      const f = FENCE.exec(line);
      if (f) {
        const marker = f[1]!;
        if (fence === null) fence = marker[0]!.repeat(marker.length);
        else if (marker.startsWith(fence)) fence = null;
        return line;
      }
      if (fence !== null) return line;
      const h = HTML_HEADING.exec(line);
      if (h && rewrite(Number(h[1]))) return `${"#".repeat(Number(h[1]))} ${inlineOf(h[2]!)}`;
      // A hashtag or a shebang is not a heading: a tight heading starts with a digit or 2+ hashes.
      const t = TIGHT_ATX.exec(line);
      if (t && (t[2]!.length >= 2 || /^#\d/.test(line.trimStart()))) return `${t[1]}${t[2]} ${line.slice(t[0].length)}`;
      return line;
    })
    .join("\n");
}
