import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
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
/** "Answer: B", "Correct answer: (b)", "Ans. B", "Answer: Option B" (as IndiaBix-style banks write it). */
const ANSWER_KEY = /\b(?:(?:correct\s+)?(?:answers?|option)\s*(?:is|are)?\s*[:\-–—]|ans\s*[:.\-–—])\s*(?:option\s+)?\(?([A-Ha-h](?:\s*(?:,|and|&)\s*[A-Ha-h])*)\)?(?![\p{L}])/iu;

const itemText = (item: ListItem) => toString(item.children[0] ?? { type: "text", value: "" }).trim();

/** "2) Lambda", "(2) Lambda": an option numbered rather than lettered. */
const NUMBER_LABEL = /^\s*\(?([1-8])\s*[.)]\s+/;
/** "Answer: 2" alone on its line: the key of numbered options (a number elsewhere is a count, a value). */
const NUMBER_KEY = /^\s*(?:correct\s+)?(?:answers?|ans|option)\s*(?:is\s*)?[:.\-–—]?\s*(?:option\s+)?\(?([1-8])\)?\.?\s*$/im;
const letterOf = (n: number) => String.fromCharCode(64 + n);
/** A paragraph that is a quiz's key and nothing else: "Correct answer: A", "Answer: (b)", "Ans: 2". */
const KEY_ONLY = /^\s*(?:correct\s+)?(?:answers?|ans|option)\s*(?:is\s*)?[:.\-–—]?\s*(?:option\s+)?\(?[A-Ha-h1-8]\)?\.?\s*$/i;
export const isKeyOnly = (text: string): boolean => KEY_ONLY.test(text);

function isOptionList(list: List): boolean {
  const items = list.children;
  if (items.length < 2) return false;
  const optionLike = items.filter((i) => i.checked != null || OPTION_LABEL.test(itemText(i)) || MARKED.test(itemText(i)) || UNMARKED.test(itemText(i)));
  return optionLike.length / items.length >= 0.75;
}

/**
 * An answer that opens with the right option's letter alone: bold ("**B** — The flag…", "**(c)**"),
 * in brackets ("(c) U = ½CV²"), before a dash ("B — …"), or alone ("b"). Only the first paragraph after the options.
 */
function leadingLetter(b: RootContent | undefined): string | null {
  if (b?.type !== "paragraph") return null;
  const first = b.children[0];
  const bold = first?.type === "strong" ? /^\s*\(?([A-Ha-h])\s*[.)]?\s*$/.exec(toString(first)) : null;
  // The letter alone ("b", "(b)", "B."): a key whose label went (qa-label.ts).
  const m = bold ?? /^\s*(?:\(([A-Ha-h])\)|([A-H])\s*[—–]\s)/.exec(toString(b)) ?? /^\s*\(?([A-Ha-h])\)?\.?\s*$/.exec(toString(b));
  return m ? (m[1] ?? m[2] ?? "").toUpperCase() || null : null;
}

function keyLetters(blocks: RootContent[], numbered: boolean): Set<string> {
  for (const b of blocks) {
    const m = ANSWER_KEY.exec(toString(b));
    if (m?.[1]) return new Set(m[1].toUpperCase().split(/[^A-H]+/).filter(Boolean));
    const n = numbered ? NUMBER_KEY.exec(toString(b)) : null;
    if (n?.[1]) return new Set([letterOf(Number(n[1]))]);
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
 * Options written as lines of one paragraph ("A) EC2  ⏎B) S3", "A. …⏎B. …"), every line an option,
 * or options then their key on the last lines ("…⏎Answer: (a)"): the list they mean, an item a
 * line, and the key's lines. Null for any other paragraph.
 */
function optionLines(p: Paragraph): { list: List; rest: Paragraph | null } | null {
  if (!hasLineEnd(p.children)) return null;
  const lines = splitLines(p.children);
  const text = (l: PhrasingContent[]) => toString({ type: "paragraph", children: l });
  const count = lines.findIndex((l) => !OPTION_LABEL.test(text(l)));
  const options = count < 0 ? lines : lines.slice(0, count);
  const key = count < 0 ? [] : lines.slice(count);
  if (options.length < 2 || (key.length > 0 && !ANSWER_KEY.test(text(key[0]!)))) return null;
  const list: List = { type: "list", ordered: false, spread: false, position: p.position, children: options.map((l) => ({ type: "listItem", spread: false, children: [{ type: "paragraph", children: l }] })) };
  const rest: PhrasingContent[] = key.flatMap((l, i) => (i === 0 ? l : [{ type: "text", value: "\n" }, ...l]));
  return { list, rest: rest.length > 0 ? { ...p, children: rest } : null };
}

const paragraphOptions = (p: Paragraph): { list: List; rest: Paragraph | null } | null => optionLines(p) ?? inlineOptions(p);

/** Splits a quiz's blocks into its front (code before the options) and its back (options marked). */
/** "1) S3⏎2) Lambda", read as a numbered list of short items, its key alone right under it ("Answer: 2"): options too. */
function isNumberedOptions(b: List, next: RootContent | undefined): boolean {
  if (!b.ordered || b.children.length < 2 || next?.type !== "paragraph") return false;
  const key = toString(next);
  return KEY_ONLY.test(key) && NUMBER_KEY.test(key) && b.children.every((i) => i.children.length === 1 && i.children[0]?.type === "paragraph");
}

export function asQuiz(blocks: RootContent[]): { front: RootContent[]; answer: RootContent[] } | null {
  let at = blocks.findIndex((b, i) => b.type === "list" && (isOptionList(b) || isNumberedOptions(b, blocks[i + 1])));
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
  // Options numbered "1) … 2) …" (or a numbered list of them) are keyed by number: "Answer: 2".
  const numbered = list.ordered === true || list.children.every((item) => NUMBER_LABEL.test(itemText(item)));
  const keys = keyLetters(after.flatMap((b) => (b.type === "details" ? [b, ...b.children] : [b])), numbered);
  if (blocks[at]!.type === "paragraph" && keys.size === 0) return null;
  const marked = list.children.map((item, i) => {
    const text = itemText(item);
    const number = NUMBER_LABEL.exec(text)?.[1] ?? (list.ordered ? String((list.start ?? 1) + i) : undefined);
    const letter = OPTION_LABEL.exec(text)?.[1]?.toUpperCase() ?? (number !== undefined ? letterOf(Number(number)) : undefined);
    const correct = item.checked === true || MARKED.test(text) || (letter !== undefined && keys.has(letter));
    return correct ? mark(item) : { ...item, checked: null };
  });
  const before = blocks.slice(0, at);
  return {
    front: before.filter((b) => b.type === "code"),
    answer: [...before.filter((b) => b.type !== "code"), { ...list, children: marked }, ...after],
  };
}
