import type { PhrasingContent, RootContent } from "mdast";

/*
 * What closes an answer on a web page and means nothing at the end of a card's back: a rule, an
 * empty code block, a `<br>` or `<hr>` line, and a spacer ending the last paragraph ("…scoped.⏎<br>").
 */

const BR = /^\s*<br\s*\/?>\s*$/i;
const separator = (b: RootContent) => b.type === "thematicBreak" || (b.type === "code" && b.value.trim() === "") || (b.type === "html" && /^\s*(<\/?br\s*\/?>|<hr\s*\/?>)\s*$/i.test(b.value));
const spacer = (c: PhrasingContent | undefined) => c?.type === "break" || (c?.type === "html" && BR.test(c.value)) || (c?.type === "text" && c.value.trim() === "");

/** The answer without the separators and spacers it ends with; the same array when there are none. */
export function trimAnswerEnd(blocks: RootContent[]): RootContent[] {
  let end = blocks.length;
  while (end > 0 && separator(blocks[end - 1]!)) end--;
  const last = blocks[end - 1];
  if (last?.type !== "paragraph" || !spacer(last.children[last.children.length - 1])) return end === blocks.length ? blocks : blocks.slice(0, end);
  const kids = [...last.children];
  while (kids.length > 1 && spacer(kids[kids.length - 1])) kids.pop();
  const tail = kids[kids.length - 1];
  if (tail?.type === "text") kids[kids.length - 1] = { ...tail, value: tail.value.trimEnd() };
  return [...blocks.slice(0, end - 1), { ...last, children: kids }];
}
