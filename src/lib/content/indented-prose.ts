import type { Code, RootContent } from "mdast";
import { parseGfm } from "./parser";

/**
 * Indented prose is prose, not code. Markdown makes lines indented four spaces (after a heading, a
 * blank line, a list item's first paragraph) an indented code block; many banks, translated ones
 * most of all, indent their answer's sentences under the question. An indented block (never a
 * fenced one) that holds sentences and nothing code-like is read as the paragraphs it is.
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

/** An indented block's text as the paragraphs (and lists) it holds, at the block's lines; null when it parses as more. */
function asParagraphs(code: Code): RootContent[] | null {
  const blocks = parseGfm(code.value).children;
  if (!blocks.every((b) => b.type === "paragraph" || b.type === "list")) return null;
  const shift = (code.position?.start.line ?? 1) - 1;
  const move = (n: { position?: Code["position"]; children?: unknown }) => {
    if (n.position) n.position = { start: { ...n.position.start, line: n.position.start.line + shift }, end: { ...n.position.end, line: n.position.end.line + shift } };
    if (Array.isArray(n.children)) n.children.forEach(move);
  };
  blocks.forEach(move);
  return blocks;
}

/** Is this code block indented (not fenced)? Its first line in the source holds no fence. */
function isIndented(code: Code, lines: string[]): boolean {
  const first = lines[(code.position?.start.line ?? 0) - 1];
  return code.lang == null && code.meta == null && first !== undefined && !/`{3,}|~{3,}/.test(first);
}

/** The blocks with every indented block of prose (at any depth: list items, quotes) made paragraphs. */
export function proseFromIndentedCode<T extends { type: string }>(nodes: T[], source: string): T[] {
  const lines = source.split("\n");
  const walk = <N extends { type: string }>(list: N[]): N[] =>
    list.flatMap((n) => {
      if (n.type === "code") {
        const code = n as unknown as Code;
        const prose = isIndented(code, lines) && readsAsProse(code.value) ? asParagraphs(code) : null;
        return prose ? (prose as unknown as N[]) : [n];
      }
      const children = (n as { children?: unknown }).children;
      if (n.type === "paragraph" || n.type === "heading" || !Array.isArray(children)) return [n];
      return [{ ...n, children: walk(children as { type: string }[]) }];
    });
  return walk(nodes);
}
