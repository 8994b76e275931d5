import type { Paragraph, PhrasingContent, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { cutAtLine, linesOf } from "./phrasing-lines";

/*
 * A quiz's key: the line after its options that names the right one ("Answer: B", "**Answer:** b)
 * final", "Ans. c", "The answer is 2", "Right answer is B."), or an answer that opens with the
 * letter ("**B** — The flag…"). Once the right option is ticked, what the key only repeats goes;
 * what it says beyond it ("Answer: B, because…") stays.
 */

/** "the correct answer", "Right answer", "Answer", "option": what opens a key. */
const KEY_WORDS = String.raw`(?:the\s+)?(?:(?:correct|right)\s+)?(?:answers?|option)`;

/** "Answer: B", "Correct answer: (b)", "Ans. B", "Answer: Option B" (as IndiaBix-style banks write it). */
const ANSWER_KEY = new RegExp(String.raw`\b(?:${KEY_WORDS}\s*(?:is|are)?\s*[:\-–—]|ans\s*[:.\-–—])\s*(?:option\s+)?\(?([A-Ha-h](?:\s*(?:,|and|&)\s*[A-Ha-h])*)\)?(?![\p{L}])`, "iu");
/**
 * "Right answer is B.", "Correct answer is (c)", "Ans B": a key without a separator, so the letter
 * must stand alone: in brackets, a capital not going on as a word ("B-tree", "C++"), or last on its line
 * (case-sensitive: "The answer is a function" names no option).
 */
const SPOKEN_KEY = new RegExp(String.raw`\b(?:(?:[Tt]he\s+)?(?:(?:[Cc]orrect|[Rr]ight)\s+)?(?:[Aa]nswer|[Oo]ption)\s+is|[Aa]ns)\s+(?:[Oo]ption\s+)?(?:\(([A-Ha-h])\)|([A-H])(?![\p{L}\p{N}\-+#'’])|([a-h])(?=\s*[.)]?\s*$))`, "mu");

/** Does the text name a quiz's key by letter ("Answer: B", "The right answer is B")? */
export const namesKey = (text: string): boolean => ANSWER_KEY.test(text) || SPOKEN_KEY.test(text);

/** "Answer: 2", "The answer is 2", "Ans 2" alone on its line: the key of numbered options (a number elsewhere is a count, a value). */
export const NUMBER_KEY = new RegExp(String.raw`^\s*(?:${KEY_WORDS}|ans)\s*(?:is\s*)?[:.\-–—]?\s*(?:option\s+)?\(?([1-8])\)?\.?\s*$`, "im");
/** A paragraph that is a quiz's key and nothing else: "Correct answer: A", "Answer: (b)", "Ans: 2", "Right answer is B.". */
const KEY_ONLY = new RegExp(String.raw`^\s*(?:${KEY_WORDS}|ans)\s*(?:is\s*)?[:.\-–—]?\s*(?:option\s+)?\(?[A-Ha-h1-8]\)?\.?\s*$`, "i");
export const isKeyOnly = (text: string): boolean => KEY_ONLY.test(text);

/** The key as it opens its line, the right letters or numbers maybe after it: what the tick says already. */
const KEY_HEAD = new RegExp(String.raw`^\s*(?:${KEY_WORDS}|ans)\s*(?:(?:is|are)\s*)?[:.\-–—]?\s*(?:option\s+)?\(?[A-Ha-h1-8](?:\s*(?:,|and|&)\s*[A-Ha-h1-8])*(?![\p{L}\p{N}])\)?\s*[.):]?`, "iu");
/** The right letter opening the answer: "(c) …", "B — …", "B. …", "b". */
const LETTER_HEAD = /^\s*(?:\([A-Ha-h]\)|[A-Ha-h]\s*[.)]|[A-H]\s*[—–](?=\s)|[A-Ha-h]\s*$)/;

const letterOf = (n: number) => String.fromCharCode(64 + n);

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

/** The right options' letters ("2" is "B" when the options are numbered), and the block that named them. */
export function keyLetters(blocks: RootContent[], numbered: boolean): { letters: Set<string>; from: RootContent | null; head: RegExp } {
  for (const b of blocks) {
    // A `<details>` is read by its summary ("Answer: B"), then its blocks one by one (the caller lists them after it).
    const text = b.type === "details" ? b.summaryText : toString(b);
    const m = ANSWER_KEY.exec(text) ?? SPOKEN_KEY.exec(text);
    const letters = m ? (m[1] ?? m[2] ?? m[3] ?? "").toUpperCase() : "";
    if (letters) return { letters: new Set(letters.split(/[^A-H]+/).filter(Boolean)), from: b, head: KEY_HEAD };
    const n = numbered ? NUMBER_KEY.exec(text) : null;
    if (n?.[1]) return { letters: new Set([letterOf(Number(n[1]))]), from: b, head: KEY_HEAD };
  }
  const from = blocks.find((b) => b.type !== "details");
  const letter = leadingLetter(from);
  return letter ? { letters: new Set([letter]), from: from ?? null, head: LETTER_HEAD } : { letters: new Set(), from: null, head: KEY_HEAD };
}

/** The children without their first `n` characters (as toString counts them), emptied nodes dropped. */
function dropChars(children: PhrasingContent[], n: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let left = n;
  for (const c of children) {
    const length = toString(c).length;
    if (left === 0) out.push(c);
    else if (left >= length) left -= length;
    else if (c.type === "text" || c.type === "inlineCode") {
      out.push({ ...c, value: c.value.slice(left) });
      left = 0;
    } else if ("children" in c) {
      out.push({ ...c, children: dropChars(c.children as PhrasingContent[], left) } as PhrasingContent);
      left = 0;
    } else return children;
  }
  return out;
}

/**
 * The key's paragraph without what the ticked options already say: its key at the head of its first
 * line ("Answer: B", "**Answer:** b) final", the right option's text after the letter), then any
 * separator. Null when nothing is left; the paragraph as it was when its first line opens otherwise.
 */
export function keyBeyondTick(p: Paragraph, head: RegExp, ticked: readonly string[]): Paragraph | null {
  const line = linesOf(p.children)[0] ?? "";
  const m = head.exec(line);
  if (!m) return p;
  let rest = line.slice(m[0].length);
  const said = rest.trimStart().toLowerCase();
  const option = ticked.map((t) => t.trim().toLowerCase()).find((t) => t !== "" && said.startsWith(t) && /^\s*(?:[,;:.!)\-–—]|$)/.test(said.slice(t.length)));
  if (option !== undefined) rest = rest.trimStart().slice(option.length);
  rest = rest.replace(/^[\s,;:.!)\-–—]+/, "");
  if (rest.trim() === "") {
    const after = cutAtLine(p.children, 1)?.[1] ?? [];
    return after.some((c) => toString(c).trim() !== "") ? { ...p, children: after } : null;
  }
  const children = dropChars(p.children, line.length - rest.length);
  const first = children[0];
  if (first?.type === "text") children[0] = { ...first, value: first.value.charAt(0).toUpperCase() + first.value.slice(1) };
  return { ...p, children };
}
