import type { Code, RootContent } from "mdast";
import { parseGfm } from "./parser";

/**
 * Indented prose is prose, not code. Markdown makes lines indented four spaces (after a heading, a
 * blank line, a list item's first paragraph) an indented code block; many banks, translated ones
 * most of all, indent their answer's sentences under the question. In an indented block (never a
 * fenced one), the pieces that hold sentences and nothing code-like are read as the paragraphs they
 * are; the pieces of code between them stay code.
 */

/** Letters of scripts written without spaces between words: a line of them is a sentence, not code. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Code-like lines: statement ends and braces, assignment and arrows, calls, prompts, comments, keywords. */
const CODE_LINE = [
  /[;{}]\s*$/,
  /[{}[\]]/,
  /(?:^|[^=!<>])=(?:[^=>]|$)|==|=>|->|:=|&&|\|\|/,
  /^\s*(?:\$|>>>|#|\/\/|\/\*|\*\s|<\/?[a-zA-Z!]|--|@\w)/,
  /^\s*(?:def|class|function|return|import|export|const|let|var|elif|public|private|protected|static|void|package|using|func|fn|struct|enum|interface|sudo|npm|npx|yarn|pip|docker|kubectl|git|echo|curl|cd|ls|mkdir|SELECT|INSERT|UPDATE|DELETE|CREATE)\b/,
  /^\s*(?:if|for|while|with|else|try|except|catch|switch)\b.*[:(]\s*$|^\s*(?:if|for|while|switch|catch)\s*\(/,
  /\t|\s{3,}\S/, // columns aligned with spaces, or a further indented line
];
/** A call (`print(x)`): code in English, but a sentence in CJK text may name one ("使用 find() 方法"). */
const CALL = /[A-Za-z_$][\w$.]*\([^()\p{Script=Han}\p{Script=Hangul}]*\)/u;
/** Inline code in backticks: markdown, so the block is prose that names code, not code. */
const INLINE_CODE = /`[^`\n]+`/g;
const codeLike = (line: string) => {
  const bare = line.replace(INLINE_CODE, "x");
  return CODE_LINE.some((re) => re.test(bare)) || (!CJK.test(bare) && CALL.test(bare));
};
/** Where a sentence ends, in any script. */
const SENTENCE_END = /[.!?。！？…:：]["'”’)）」]*\s*$/u;

/** Does this indented block read as sentences: words and punctuation, CJK text, nothing code-like? */
export function readsAsProse(text: string): boolean {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  if (lines.length === 0 || lines.some(codeLike)) return false;
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return paragraphs.every((p) => {
    if (CJK.test(p)) return true;
    const words = p.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    // A sentence: six words or more, most of them lowercase, and its end mark.
    return words.length >= 6 && words.filter((w) => /^\p{Ll}/u.test(w)).length / words.length >= 0.5 && SENTENCE_END.test(p);
  });
}

/** Text as the paragraphs (and lists) it holds, moved to start at `line`; null when it parses as more. */
function asParagraphs(text: string, line: number): RootContent[] | null {
  const blocks = parseGfm(text).children;
  if (!blocks.every((b) => b.type === "paragraph" || b.type === "list")) return null;
  const move = (n: { position?: Code["position"]; children?: unknown }) => {
    if (n.position) n.position = { start: { ...n.position.start, line: n.position.start.line + line - 1 }, end: { ...n.position.end, line: n.position.end.line + line - 1 } };
    if (Array.isArray(n.children)) n.children.forEach(move);
  };
  blocks.forEach(move);
  return blocks;
}

/**
 * The lines without the indent they all share: an answer indented one tab (or a few spaces) past
 * the code indent ("\t\tIt runs callbacks…") is judged, and read, as the sentences it holds.
 */
function dedent(lines: string[]): string[] {
  let shared: string | null = null;
  for (const l of lines) {
    if (l.trim() === "") continue;
    const indent = /^[ \t]*/.exec(l)![0];
    if (shared === null) shared = indent;
    else while (!indent.startsWith(shared)) shared = shared.slice(0, -1);
    if (shared === "") return lines;
  }
  return shared ? lines.map((l) => l.slice(Math.min(shared.length, /^[ \t]*/.exec(l)![0].length))) : lines;
}

/**
 * An indented block as prose and code: its pieces (between blank lines) that read as sentences become
 * paragraphs, the rest stays code, pieces of code in a row one block ("它支持索引。" then
 * `db.users.createIndex(…)`). Null when no piece is prose.
 */
function split(code: Code): RootContent[] | null {
  const lines = code.value.split("\n");
  const first = code.position?.start.line ?? 1;
  const pieces: { from: number; to: number; prose: RootContent[] | null; fenced?: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const fence = fencedAt(lines, i, first);
    if (fence) {
      pieces.push({ from: i, to: fence.to, prose: [fence.code], fenced: true });
      i = fence.to;
      continue;
    }
    if (l.trim() === "") continue;
    const last = pieces[pieces.length - 1];
    if (last && !last.fenced && last.to === i - 1) last.to = i;
    else pieces.push({ from: i, to: i, prose: null });
  }
  for (const p of pieces) {
    if (p.fenced) continue;
    const text = dedent(lines.slice(p.from, p.to + 1)).join("\n");
    p.prose = readsAsProse(text) ? asParagraphs(text, first + p.from) : null;
  }
  if (!pieces.some((p) => p.prose)) return null;
  const out: RootContent[] = [];
  let from = -1; // the first line of the code pieces in a row
  const flush = (to: number) => {
    if (from < 0) return;
    const start = { line: first + from, column: 1 };
    out.push({ type: "code", lang: null, meta: null, value: lines.slice(from, to + 1).join("\n"), position: { start, end: { line: first + to, column: 1 } } });
    from = -1;
  };
  pieces.forEach((p, i) => {
    if (p.prose) {
      if (i > 0) flush(pieces[i - 1]!.to);
      out.push(...p.prose);
    } else if (from < 0) from = p.from;
  });
  flush(pieces[pieces.length - 1]!.to);
  return out;
}

/** A fence line: its marks and the language after them. */
const FENCE = /^\s*(`{3,}|~{3,})\s*([\w+#.-]*)\s*$/;

/**
 * A fenced block written inside an indented one ("\t```js", its code, "\t```": a tab-indented
 * answer's example) opening at line `i`: the code block it means and its last line; null when
 * line `i` opens none or it is never closed.
 */
function fencedAt(lines: string[], i: number, first: number): { code: Code; to: number } | null {
  const open = FENCE.exec(lines[i]!);
  if (!open) return null;
  const marks = open[1]!;
  const close = new RegExp(`^\\s*${marks[0] === "`" ? "`" : "~"}{${marks.length},}\\s*$`);
  const to = lines.findIndex((l, j) => j > i && close.test(l));
  if (to < 0) return null;
  // As a fence does, its lines lose the spaces the fence line is indented by.
  const indent = /^\s*/.exec(lines[i]!)![0].length;
  const value = lines.slice(i + 1, to).map((l) => l.replace(new RegExp(`^\\s{0,${indent}}`), "")).join("\n");
  return { code: { type: "code", lang: open[2] || null, meta: null, value, position: { start: { line: first + i, column: 1 }, end: { line: first + to, column: 1 } } }, to };
}

/**
 * Is this code block indented (not fenced)? Its first line in the source holds no fence, or the
 * fence is in its text: an indented block that opens with a fence line of its own.
 */
function isIndented(code: Code, lines: string[]): boolean {
  const first = lines[(code.position?.start.line ?? 0) - 1];
  return code.lang == null && code.meta == null && first !== undefined && (!/`{3,}|~{3,}/.test(first) || FENCE.test(code.value.split("\n", 1)[0]!));
}

/** The blocks with every indented block of prose (at any depth: list items, quotes) made paragraphs. */
export function proseFromIndentedCode<T extends { type: string }>(nodes: T[], source: string): T[] {
  const lines = source.split("\n");
  const walk = <N extends { type: string }>(list: N[]): N[] =>
    list.flatMap((n) => {
      if (n.type === "code") {
        const code = n as unknown as Code;
        const prose = isIndented(code, lines) ? split(code) : null;
        return prose ? (prose as unknown as N[]) : [n];
      }
      const children = (n as { children?: unknown }).children;
      if (n.type === "paragraph" || n.type === "heading" || !Array.isArray(children)) return [n];
      const walked = walk(children as { type: string }[]);
      // Nothing changed below (most containers): the node itself, not a copy.
      return walked.length === children.length && walked.every((c, i) => c === children[i]) ? [n] : [{ ...n, children: walked }];
    });
  return walk(nodes);
}
