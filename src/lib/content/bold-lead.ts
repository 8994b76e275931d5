import type { Paragraph, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { isTagOnly } from "./prompt-tags";
import { isDecoration, readsAsQuestion } from "./question-text";

/**
 * `**What is X?**` then a line break and the answer, in one paragraph (`**Q?**  ⏎ answer`,
 * `**Q?**<br>answer`, or a plain new line), or the answer on the same line after a bold question
 * ending in "?" (`1. **What is X?** It is Y.`): the bold question is the prompt and what follows
 * is the first paragraph of its answer. Only when the bold text reads as a question: a bold
 * term over its definition stays one block. `<b>…</b>` (or `<strong>`) opening the paragraph is
 * bold as `**…**` is.
 */
const isBreak = (c: PhrasingContent | undefined) =>
  c?.type === "break" || (c?.type === "html" && /^<br\s*\/?>$/i.test(c.value.trim())) || (c?.type === "text" && /^[ \t]*\n/.test(c.value));

/** "**What is X?** It is Y." on one line: a bold question ending in a question mark, the answer after a space (or a dash). */
const sameLine = (lead: PhrasingContent, next: PhrasingContent | undefined) =>
  next?.type === "text" && /^[ \t]+(?:[—–:-][ \t]+)?[^\s—–:-]/.test(next.value) && /[?？؟]\s*$/u.test(toString(lead));

const OPEN_BOLD = /^<(?:b|strong)>$/i;
const CLOSE_BOLD = /^<\/(?:b|strong)>$/i;

/** `<b>What is X?</b>` opening a paragraph: the bold it means, as `**What is X?**` is parsed. */
function htmlBold(p: Paragraph): Paragraph {
  const at = p.children.findIndex((c) => !(c.type === "text" && c.value.trim() === ""));
  const open = p.children[at];
  if (open?.type !== "html" || !OPEN_BOLD.test(open.value)) return p;
  const close = p.children.findIndex((c, i) => i > at && c.type === "html" && CLOSE_BOLD.test(c.value));
  if (close < 0) return p;
  return { ...p, children: [...p.children.slice(0, at), { type: "strong", children: p.children.slice(at + 1, close) }, ...p.children.slice(close + 1)] };
}

export function boldLead(para: Paragraph): { prompt: PhrasingContent[]; answer: Paragraph } | null {
  const p = htmlBold(para);
  const at = p.children.findIndex((c) => !(c.type === "text" && (c.value.trim() === "" || isDecoration(c.value))));
  const lead = p.children[at];
  if (lead?.type !== "strong" || !(isBreak(p.children[at + 1]) || sameLine(lead, p.children[at + 1]))) return null;
  const after = p.children.slice(at + 1);
  const [head, ...tail] = after;
  // "**What is X?** (Easy)⏎It is Y.": a rating on the question's line is dropped, the answer is the lines under it.
  const text = head?.type === "text" ? head.value : "";
  const line = /^([^\n]*)\n/.exec(text);
  const value = line && isTagOnly(line[1]!) ? text.slice(line[0].length) : text;
  const first = head?.type === "text" ? [{ ...head, value: value.replace(/^\s+(?:[—–:-][ \t]+)?/, "") }] : [];
  // After a break (`<br>` then a new line), the answer's first text starts at its words.
  const [next, ...more] = tail;
  const body = first.length === 0 && next?.type === "text" ? [{ ...next, value: next.value.replace(/^\s+/, "") }, ...more] : tail;
  const rest = [...first, ...body].filter((c) => !(c.type === "text" && c.value === ""));
  const words = toString({ type: "paragraph", children: rest });
  if (!/[\p{L}\p{N}]/u.test(words) || isTagOnly(words) || !readsAsQuestion(toString(lead))) return null;
  return { prompt: lead.children, answer: { type: "paragraph", children: rest, position: p.position } };
}

const meaningful = (children: PhrasingContent[]) => children.filter((c) => !(c.type === "text" && c.value.trim() === "") && c.type !== "break" && c.type !== "html");
/** "➤ **What is X?**": a bullet drawn before the bold is no part of the paragraph's words. */
const undecorated = (parts: PhrasingContent[]) => (parts[0]?.type === "text" && parts.length > 1 && isDecoration(parts[0].value) ? parts.slice(1) : parts);

/** A paragraph that is all bold (a whole-line question), not a bold lead-in ("**Bias** is…"). */
export function boldText(para: Paragraph): PhrasingContent[] | null {
  const p = htmlBold(para);
  const parts = undecorated(meaningful(p.children));
  const rest = parts.slice(1);
  // "**What is X?** 🔥", "**What is X?** *(Easy)*": a rating after the bold is no part of the question (prompt-tags.ts).
  const tail = rest.every((c) => c.type === "text" && /^[\s\p{Extended_Pictographic}\u200d\ufe0f?:.]*$/u.test(c.value)) || isTagOnly(toString({ type: "paragraph", children: rest }));
  return parts[0]?.type === "strong" && tail ? parts[0].children : null;
}
