import type { List, Paragraph, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { cutAtLine } from "./phrasing-lines";

/**
 * A quiz's options written on one line ("(a) EC2 (b) S3 (c) RDS", "a) EC2 b) S3 c) RDS", "a. EC2
 * b. S3", "1) EC2 2) S3"): the line opens with the first option's mark, and the marks run a, b, c…
 * (or 1, 2, 3…) in order, two at least, all written the same way. The caller makes them a list only
 * when a key names one.
 */

/** An option's mark, "(b)", "b)", "b." or "2)", at the line's start or after a space, a space after it. */
const MARK = /(^|\s)(\(([a-h1-8])\)|([a-h1-8])\)|([a-h])\.)(?=\s)/gi;

/** How a mark is written: in brackets, after its letter, after it with a dot; and letters or digits. */
const styleOf = (m: RegExpMatchArray) => `${m[3] !== undefined ? "()" : m[4] !== undefined ? ")" : "."}${/\d/.test(m[2]!) ? "1" : "a"}`;
/** A mark's place: a or 1 is 0, b or 2 is 1… */
const placeOf = (c: string) => (/\d/.test(c) ? Number(c) - 1 : c.toLowerCase().charCodeAt(0) - 97);

interface Cut {
  node: number; // index of the text node the mark is in
  at: number; // where the mark starts in it
}

function marks(line: PhrasingContent[]): Cut[] {
  const cuts: Cut[] = [];
  let style: string | null = null;
  for (const [node, n] of line.entries()) {
    if (n.type !== "text") continue;
    for (const m of n.value.matchAll(MARK)) {
      const letter = m[3] ?? m[4] ?? m[5] ?? "";
      // A mark out of sequence, or written another way, is text inside an option.
      if (placeOf(letter) !== cuts.length || (style !== null && style !== styleOf(m))) continue;
      // The first option opens the line.
      if (cuts.length === 0 && (node !== 0 || n.value.slice(0, m.index).trim() !== "")) return [];
      style = styleOf(m);
      cuts.push({ node, at: m.index + m[1]!.length });
    }
  }
  return cuts;
}

/** The line's nodes from one cut to the next (or to its end). */
function between(line: PhrasingContent[], from: Cut, to: Cut | undefined): PhrasingContent[] {
  const end = to ?? { node: line.length - 1, at: Infinity };
  const out: PhrasingContent[] = [];
  for (let i = from.node; i <= end.node && i < line.length; i++) {
    const n = line[i]!;
    if (n.type !== "text") {
      if (i !== end.node || to === undefined) out.push(n);
      continue;
    }
    const sliced = n.value.slice(i === from.node ? from.at : 0, i === end.node ? end.at : undefined);
    const value = i === end.node ? sliced.trimEnd() : sliced;
    if (value !== "") out.push({ ...n, value });
  }
  return out;
}

/**
 * A paragraph whose first line is options on one line: the list they mean (an item an option, its
 * mark kept) and the paragraph of the lines after it, if any. Null for any other paragraph.
 */
export function inlineOptions(p: Paragraph): { list: List; rest: Paragraph | null } | null {
  const [first, after] = cutAtLine(p.children, 1) ?? [p.children, []];
  const line = first.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  const cuts = marks(line);
  if (cuts.length < 2) return null;
  const items = cuts.map((cut, i) => between(line, cut, cuts[i + 1]));
  // An option is more than its mark.
  if (items.some((nodes) => toString({ type: "paragraph", children: nodes }).replace(/^\s*\(?[a-h1-8][.)]/i, "").trim() === "")) return null;
  const list: List = {
    type: "list",
    ordered: false,
    spread: false,
    position: p.position,
    children: items.map((children) => ({ type: "listItem", spread: false, children: [{ type: "paragraph", children }] })),
  };
  const rest = after.some((c) => c.type !== "text" || c.value.trim() !== "") ? { ...p, children: after } : null;
  return { list, rest };
}
