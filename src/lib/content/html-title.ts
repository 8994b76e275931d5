import { inlineOf } from "./loose-headings";

/**
 * A title written in HTML at the top of a file, as banks center their banner and name
 * (`<div align="center"><img …>⏎<h1>JavaScript Questions</h1></div>`): the first `<h1>` before any
 * markdown heading or fence, as plain text. Null when there is none.
 */
const H1 = /^\s*(?:<[^>]+>\s*)*<h1\b[^>]*>(.*?)<\/h1\s*>/i;
const STOP = /^ {0,3}(?:#{1,6}(?:\s|$)|`{3,}|~{3,})/;

export function htmlTitle(text: string): string | null {
  for (const line of text.split("\n", 60)) {
    if (STOP.test(line)) return null;
    const m = H1.exec(line);
    if (m) {
      const title = inlineOf(m[1]!).replace(/[*`]/g, "").trim();
      if (title) return title;
    }
  }
  return null;
}
