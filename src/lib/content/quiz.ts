import type { List, ListItem, Paragraph, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { inlineOptions } from "./inline-options";
import { hasLineEnd, splitLines } from "./phrasing-lines";

/**
 * Multiple-choice questions: a question, maybe its code, then options as a list; the correct one
 * marked with `[x]`, ☒/◉/✅, an "Answer: B" line ("**Answer:** B", "Correct answer: B", "Ans. B",
 * "Correct option: B") or an answer `<details>`; options written as the lines of one paragraph
 * ("A) …  ⏎B) …") are made the list they mean when such a line marks one. The front keeps the
 * question and its code; the back shows the options with the correct ones marked, then the rest.
 */

export const OPTION_LABEL = /^\s*\(?([A-Ha-h])\s*[.):]\s+/;

/**
 * A quiz's question with its options on the lines under it, in one paragraph ("What is X?", "A. …",
 * "B. …"): a first line that asks (by the caller's rule: raw markdown or its text), then options only.
 */
export function isQuizLines(lines: readonly string[], asks: (line: string) => boolean): boolean {
  return lines.length >= 3 && asks(lines[0]!) && lines.slice(1).every((l) => OPTION_LABEL.test(l));
}
const MARKED = /^\s*[☒◉●✅✔☑]/u;
const UNMARKED = /^\s*[☐○◯⬜]/u;
const ANSWER_KEY = /\b(?:(?:correct\s+)?(?:answers?|option)\s*(?:is|are)?\s*[:\-–—]|ans\s*[:.\-–—])\s*\(?([A-Ha-h](?:\s*(?:,|and|&)\s*[A-Ha-h])*)\)?(?![\p{L}])/iu;

const itemText = (item: ListItem) => toString(item.children[0] ?? { type: "text", value: "" }).trim();

function isOptionList(list: List): boolean {
  const items = list.children;
  if (items.length < 2) return false;
  const optionLike = items.filter((i) => i.checked != null || OPTION_LABEL.test(itemText(i)) || MARKED.test(itemText(i)) || UNMARKED.test(itemText(i)));
  return optionLike.length / items.length >= 0.75;
}

/**
 * An answer that opens with the right option's letter alone: bold ("**B** — The flag…", "**(c)**"),
 * in brackets ("(c) U = ½CV²") or before a dash ("B — …"). Only the first paragraph after the options.
 */
function leadingLetter(b: RootContent | undefined): string | null {
  if (b?.type !== "paragraph") return null;
  const first = b.children[0];
  const bold = first?.type === "strong" ? /^\s*\(?([A-Ha-h])\s*[.)]?\s*$/.exec(toString(first)) : null;
  const m = bold ?? /^\s*(?:\(([A-Ha-h])\)|([A-H])\s*[—–]\s)/.exec(toString(b));
  return m ? (m[1] ?? m[2] ?? "").toUpperCase() || null : null;
}

function keyLetters(blocks: RootContent[]): Set<string> {
  for (const b of blocks) {
    const m = ANSWER_KEY.exec(toString(b));
    if (m?.[1]) return new Set(m[1].toUpperCase().split(/[^A-H]+/).filter(Boolean));
  }
  const letter = leadingLetter(blocks.find((b) => b.type !== "details"));
  return new Set(letter ? [letter] : []);
}

function mark(item: ListItem): ListItem {
  const [first, ...rest] = item.children;
  if (first?.type !== "paragraph") return item;
  const para: Paragraph = { ...first, children: [{ type: "text", value: "✓ " }, { type: "strong", children: first.children }] };
  return { ...item, checked: null, children: [para, ...rest] };
}

/**
 * Options written as lines of one paragraph ("A) EC2  ⏎B) S3", "A. …⏎B. …"), every line an option:
 * the list they mean, an item a line. Null for any other paragraph.
 */
function optionLines(p: Paragraph): List | null {
  if (!hasLineEnd(p.children)) return null;
  const lines = splitLines(p.children);
  if (lines.length < 2 || !lines.every((l) => OPTION_LABEL.test(toString({ type: "paragraph", children: l })))) return null;
  return { type: "list", ordered: false, spread: false, position: p.position, children: lines.map((l) => ({ type: "listItem", spread: false, children: [{ type: "paragraph", children: l }] })) };
}

const paragraphOptions = (p: Paragraph): { list: List; rest: Paragraph | null } | null => {
  const list = optionLines(p);
  return list ? { list, rest: null } : inlineOptions(p);
};

/** Splits a quiz's blocks into its front (code before the options) and its back (options marked). */
export function asQuiz(blocks: RootContent[]): { front: RootContent[]; answer: RootContent[] } | null {
  let at = blocks.findIndex((b) => b.type === "list" && isOptionList(b));
  let list = blocks[at] as List | undefined;
  let after = blocks.slice(at + 1);
  if (at < 0) {
    // Options as the lines of a paragraph, or on one line ("(a) EC2 (b) S3", the key maybe on the
    // next line): a list only when the right one is then marked (a key after them).
    const found = blocks.slice(0, 3).map((b) => (b.type === "paragraph" ? paragraphOptions(b) : null));
    at = found.findIndex((l) => l !== null);
    const hit = found[at];
    list = hit?.list;
    after = [...(hit?.rest ? [hit.rest] : []), ...blocks.slice(at + 1)];
  }
  if (at < 0 || at > 2 || !list) return null;
  const keys = keyLetters(after.flatMap((b) => (b.type === "details" ? [b, ...b.children] : [b])));
  if (blocks[at]!.type === "paragraph" && keys.size === 0) return null;
  const marked = list.children.map((item) => {
    const text = itemText(item);
    const letter = OPTION_LABEL.exec(text)?.[1]?.toUpperCase();
    const correct = item.checked === true || MARKED.test(text) || (letter !== undefined && keys.has(letter));
    return correct ? mark(item) : { ...item, checked: null };
  });
  const before = blocks.slice(0, at);
  return {
    front: before.filter((b) => b.type === "code"),
    answer: [...before.filter((b) => b.type !== "code"), { ...list, children: marked }, ...after],
  };
}
