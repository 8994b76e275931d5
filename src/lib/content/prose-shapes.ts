import type { Paragraph, PhrasingContent, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Candidate } from "./candidate";
import { opensAsTask, readsAsQuestion } from "./question-text";
import { type Ctx, lineOf } from "./raw";

/** Where a line's sentence ends: a question mark, a full stop, a colon (any script). */
const ENDS_SENTENCE = /[?？؟.!。！:：]["'”’)\]）】」*_]*$/u;

/**
 * Plain paragraphs with one question per line: each line ending in a question mark is a card. A
 * question wrapped over a few lines ("What is a closure in", "JavaScript?": only its last line ends
 * a sentence) is one question, not lines.
 */
export function fromLines(p: Paragraph, ctx: Ctx): Candidate[] {
  const lines = toString(p).split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2) return [];
  const wrapped = joinWrapped(lines);
  if (wrapped.length < 2 || wrapped.filter((w) => readsAsQuestion(w.text)).length / wrapped.length < 0.5) return [];
  if (lines.length <= 4 && lines.slice(0, -1).every((l) => !ENDS_SENTENCE.test(l)) && lines.join(" ").length <= 300) return [];
  const line = lineOf(ctx, p);
  return wrapped.map(({ text, at }) => ({
    shape: "line" as const,
    input: { prompt: [{ type: "text" as const, value: text }], answer: [], line: line + at },
    reads: readsAsQuestion(text),
    list: -1,
    open: false,
  }));
}

/**
 * The questions of a paragraph of one question per line, each with the index of its first line: a
 * line that ends no sentence runs on into the next when that one opens in lower case ("What is the
 * difference between a process", "and a thread?"), however many lines the question wraps over.
 */
function joinWrapped(lines: string[]): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  lines.forEach((l, i) => {
    const last = out[out.length - 1];
    if (last && i > 0 && !ENDS_SENTENCE.test(lines[i - 1]!) && /^[\p{Ll}(`]/u.test(l)) last.text += ` ${l}`;
    else out.push({ text: l, at: i });
  });
  return out;
}

/** A question's own anchor at the start of a paragraph: `<a name="q-2"></a>`, `<a id="q7">`. */
const ANCHOR = /^<a\s[^>]*\b(?:name|id)\s*=/i;

/** A block quote of one short line, or of one sentence wrapped over a few: the paragraph a quoted question would be. */
function quotedLine(node: RootContent | undefined): Paragraph | null {
  if (node?.type !== "blockquote" || node.children.length !== 1 || node.children[0]?.type !== "paragraph") return null;
  const text = toString(node.children[0], { includeHtml: false }).trim();
  if (text.length > 300) return null;
  return !text.includes("\n") || text.split("\n").slice(0, -1).every((l) => !ENDS_SENTENCE.test(l.trim())) ? node.children[0] : null;
}

const anchored = (p: Paragraph) => p.children[0]?.type === "html" && ANCHOR.test(p.children[0].value);

/** A quoted line that asks (a question mark), or that the bank anchors as one of its questions. */
function asks(p: Paragraph): boolean {
  const text = toString(p, { includeHtml: false }).trim();
  return (anchored(p) || /[?？؟]/u.test(text)) && readsAsQuestion(text);
}

/**
 * Does the file set its questions in bare block quotes? At least two of its quoted lines ask, most
 * of the rest do too, leaving aside those worded as tasks (a documentation quote among them is an
 * aside), and fewer than half of the asking ones carry an anchor: where the bank anchors its
 * questions (`> <a name="q-1"></a> …`), the anchor marks one, and a bare quoted instruction is an
 * aside in an answer. Its top-level blocks only, once a file.
 */
export function quotesAsk(nodes: RootContent[]): boolean {
  const lines = nodes.map(quotedLine).filter((p) => p !== null);
  let asking = 0;
  let anchoredAsking = 0;
  let others = 0;
  for (const p of lines) {
    if (asks(p)) {
      asking++;
      if (anchored(p)) anchoredAsking++;
    } else if (!opensAsTask(toString(p, { includeHtml: false }).trim())) others++;
  }
  return asking >= 2 && asking >= others && anchoredAsking * 2 < asking;
}

/**
 * `> What is X?`: a block quote of one short paragraph that asks a question. A quoted instruction
 * ("> Explain the event loop.") is an aside, not a question, unless the bank anchors it as one of its
 * questions (`> <a name="q-7"></a> Implement a debounce.`), or the file sets its questions in bare
 * block quotes (`quotesAsk`) and an answer follows it: then it is one of them, worded as a task. A quote
 * that ends in a colon introduces what follows; one followed by another quote has no answer.
 */
export function quotedQuestion(node: RootContent, next: RootContent | undefined, quotedQuestions: boolean): Paragraph | null {
  const p = quotedLine(node);
  if (!p) return null;
  if (asks(p)) return p;
  const text = toString(p, { includeHtml: false }).trim();
  const task = quotedQuestions && opensAsTask(text) && !/[:：]$/u.test(text) && next !== undefined && next.type !== "blockquote";
  return task ? p : null;
}

/**
 * `> **What is a topic?**⏎> A named stream of records.`: a block quote that opens with a question on
 * its own line (bold, or ending in a question mark) and goes on with its answer, both in the quote.
 * The question is the prompt, the rest of the quote its answer. Null for any other quote.
 */
export function quotedPair(node: RootContent, lead: (p: Paragraph) => { prompt: PhrasingContent[]; answer: Paragraph } | null): { prompt: PhrasingContent[]; answer: RootContent[] } | null {
  if (node.type !== "blockquote" || node.children[0]?.type !== "paragraph") return null;
  const found = lead(node.children[0]);
  if (!found || !readsAsQuestion(toString({ type: "paragraph", children: found.prompt }))) return null;
  return { prompt: found.prompt, answer: [found.answer, ...node.children.slice(1)] };
}
