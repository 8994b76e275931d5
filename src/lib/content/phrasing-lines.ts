import type { PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";

/** Does a paragraph's inline content run over more than one source line (a new line or a hard break)? */
export const hasLineEnd = (children: PhrasingContent[]) => children.some((c) => c.type === "break" || (c.type === "text" && c.value.includes("\n")));

/** A paragraph's text with its hard breaks as new lines, one entry a source line. */
export const linesOf = (children: PhrasingContent[]) =>
  children.map((c) => (c.type === "break" ? "\n" : c.type === "text" ? c.value : toString(c).replace(/\n/g, " "))).join("").split("\n");

/** The children before and after the n-th line end (a new line in a text, or a hard break), the second part's leading spaces trimmed. */
export function cutAtLine(children: PhrasingContent[], n: number): [PhrasingContent[], PhrasingContent[]] | null {
  let seen = 0;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.type === "break" && ++seen === n) return [children.slice(0, i), children.slice(i + 1)];
    if (c.type !== "text") continue;
    for (let at = c.value.indexOf("\n"); at >= 0; at = c.value.indexOf("\n", at + 1)) {
      if (++seen === n) return [[...children.slice(0, i), { ...c, value: c.value.slice(0, at) }], [{ ...c, value: c.value.slice(at + 1).trimStart() }, ...children.slice(i + 1)]];
    }
  }
  return null;
}

/** The children line by line (empty texts dropped), as many pieces as linesOf has lines. */
export function splitLines(children: PhrasingContent[]): PhrasingContent[][] {
  const out: PhrasingContent[][] = [];
  let rest = children;
  for (let cut = cutAtLine(rest, 1); cut; cut = cutAtLine(rest, 1)) {
    out.push(cut[0]);
    rest = cut[1];
  }
  return [...out, rest].map((line) => line.filter((c) => !(c.type === "text" && c.value === "")));
}
