import { readsAsQuestion } from "./question-text";

/**
 * Headings the way old renderers took them, rewritten as markdown headings before parsing, line for
 * line (no line moves):
 * - `####1. Question`: an ATX heading with no space after the hashes (GitBook, old GitHub);
 * - `<h3>Question</h3>` alone on a line: an HTML heading. These are rewritten only when most of the
 *   file's HTML headings read as questions, so a page that styles its asides with `<h3>` keeps them.
 * Code fences are left alone (`#include` stays code).
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TIGHT_ATX = /^( {0,3})(#{1,6})(?=[^\s#])/;
const HTML_HEADING = /^ {0,3}<h([1-6])\b[^>]*>(.*?)<\/h\1\s*>\s*$/i;

const plainOf = (html: string) => html.replace(/<[^>]*>/g, "").trim();

export function loosenHeadings(text: string): string {
  if (!/^ {0,3}(#{1,6}[^\s#]|<h[1-6]\b)/im.test(text)) return text;
  const lines = text.split("\n");
  const html = lines.map((l) => HTML_HEADING.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  const htmlQuestions = html.length > 0 && html.filter((m) => readsAsQuestion(plainOf(m[2]!))).length / html.length >= 0.5;
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
      const h = htmlQuestions ? HTML_HEADING.exec(line) : null;
      if (h) return `${"#".repeat(Number(h[1]))} ${plainOf(h[2]!)}`;
      // A hashtag or a shebang is not a heading: a tight heading starts with a digit or 2+ hashes.
      const t = TIGHT_ATX.exec(line);
      if (t && (t[2]!.length >= 2 || /^#\d/.test(line.trimStart()))) return `${t[1]}${t[2]} ${line.slice(t[0].length)}`;
      return line;
    })
    .join("\n");
}
