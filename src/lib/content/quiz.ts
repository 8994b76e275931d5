import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { inlineOptions } from "./inline-options";
import { hasLineEnd, splitLines } from "./phrasing-lines";
import { hidesAnswer } from "./reveal-answer";
import { isKeyOnly, keyBeyondTick, keyLetters, namesKey, NUMBER_KEY } from "./quiz-key";

/**
 * Multiple-choice questions: a question, maybe its code, then options as a list; the correct one
 * marked with `[x]`, ☒/◉/✅, an "Answer: B" line ("**Answer:** B", "Correct answer: B", "Ans. B",
 * "Correct option: B") or an answer `<details>`; options written as the lines of one paragraph
 * ("A) …  ⏎B) …") are made the list they mean when such a line marks one. The front keeps the
 * question, its code and the options (unmarked); the back shows the correct ones, ticked, then the
 * rest (a list nothing ticks stays whole on the back).
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

const itemText = (item: ListItem) => toString(item.children[0] ?? { type: "text", value: "" }).trim();

/** "2) Lambda", "(2) Lambda": an option numbered rather than lettered. */
const NUMBER_LABEL = /^\s*\(?([1-8])\s*[.)]\s+/;
const letterOf = (n: number) => String.fromCharCode(64 + n);

function isOptionList(list: List): boolean {
  const items = list.children;
  if (items.length < 2) return false;
  const optionLike = items.filter((i) => i.checked != null || OPTION_LABEL.test(itemText(i)) || MARKED.test(itemText(i)) || UNMARKED.test(itemText(i)));
  return optionLike.length / items.length >= 0.75;
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
  if (options.length < 2 || (key.length > 0 && !namesKey(text(key[0]!)))) return null;
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
  return isKeyOnly(key) && NUMBER_KEY.test(key) && b.children.every((i) => i.children.length === 1 && i.children[0]?.type === "paragraph");
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
  const key = keyLetters(after.flatMap((b) => (b.type === "details" ? [b, ...b.children] : [b])), numbered);
  if (blocks[at]!.type === "paragraph" && key.letters.size === 0) return null;
  const ticked: string[] = [];
  const right: boolean[] = [];
  const marked = list.children.map((item, i) => {
    const text = itemText(item);
    const number = NUMBER_LABEL.exec(text)?.[1] ?? (list.ordered ? String((list.start ?? 1) + i) : undefined);
    const letter = OPTION_LABEL.exec(text)?.[1]?.toUpperCase() ?? (number !== undefined ? letterOf(Number(number)) : undefined);
    const keyed = letter !== undefined && key.letters.has(letter);
    if (keyed) ticked.push(text.replace(OPTION_LABEL, "").replace(NUMBER_LABEL, ""));
    const correct = item.checked === true || MARKED.test(text) || keyed;
    right.push(correct);
    // Ticked apart from its list, an option numbered by the list keeps its number in its text.
    return correct ? mark(list.ordered ? withListNumber(item, (list.start ?? 1) + i) : item) : { ...item, checked: null };
  });
  // The key line under the ticked options: what it only repeats goes ("Answer: B"), what it explains stays.
  // In an answer `<details>` too: one left empty goes.
  if (ticked.length > 0 && (key.from?.type === "paragraph" || key.from?.type === "heading")) {
    const from = key.from;
    // "#### Answer: D" as a heading is read as the line it says.
    const shown = keyBeyondTick(from.type === "heading" ? { type: "paragraph", children: from.children } : from, key.head, ticked);
    const keep = (b: RootContent): RootContent[] => (b !== from ? [b] : shown ? [shown] : []);
    after = after.flatMap((b) => (b.type !== "details" || !b.children.includes(from) ? keep(b) : b.children.length > 1 || shown ? [{ ...b, children: b.children.flatMap(keep) }] : []));
  }
  // An answer `<details>` under the options is opened: the back is hidden until the card turns.
  after = after.flatMap((b) => (hidesAnswer(b) ? b.children : [b]));
  const anyCorrect = right.includes(true);
  const before = blocks.slice(0, at);
  // A list nothing ticks may be no quiz at all (an answer's own "a) …" points): it stays on the back,
  // and only the code before it goes to the front.
  if (!anyCorrect) return { front: before.filter((b) => b.type === "code"), answer: [...before.filter((b) => b.type !== "code"), { ...list, children: marked }, ...after] };
  return {
    // The options are asked about: shown with the question and what leads to them, unmarked.
    front: [...before, { ...list, children: list.children.map(unmarked) }],
    // The front already lists them all: the back names the right ones, ticked.
    answer: [{ ...list, ordered: false, start: null, children: marked.filter((_, i) => right[i]) }, ...after],
  };
}

/** The option with its list number written before it ("Lambda" → "2. Lambda"). */
function withListNumber(item: ListItem, n: number): ListItem {
  const [first, ...rest] = item.children;
  return first?.type === "paragraph" ? { ...item, children: [{ ...first, children: [{ type: "text", value: `${n}. ` }, ...first.children] }, ...rest] } : item;
}

/** An option as the front shows it: no tick box, no ☒/✅ glyph giving the answer away. */
function unmarked(item: ListItem): ListItem {
  const [first] = item.children;
  if (first?.type !== "paragraph") return { ...item, checked: null };
  const [lead, ...inline] = first.children;
  const glyph = lead?.type === "text" && (MARKED.test(lead.value) || UNMARKED.test(lead.value));
  const children = glyph ? [{ ...lead, value: lead.value.replace(/^\s*[☒◉●✅✔☑☐○◯⬜]\uFE0F?\s*/u, "") }, ...inline] : first.children;
  // What an option nests (often why it is right) is not shown with the question.
  return { ...item, checked: null, children: [{ ...first, children }] };
}
