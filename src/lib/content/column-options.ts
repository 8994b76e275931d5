import type { List, ListItem, Paragraph, RootContent } from "mdast";
import { cutAtLine, hasLineEnd, linesOf } from "./phrasing-lines";
import { asQuiz } from "./quiz";
import { isKeyOnly } from "./quiz-key";

/*
 * "3. Which runs code?⏎1) S3 2) Lambda⏎Answer: 2", or its options a line each ("1) S3⏎2) Lambda"):
 * options numbered at column 0 under a numbered question. Markdown ends the question's item there
 * and opens a list of the options' own (its key the last option's lazy line), which no question
 * owned. They are that question's options when, so read, a key ticks one.
 */

const onlyParagraph = (item: ListItem): item is ListItem & { children: [Paragraph] } => item.children.length === 1 && item.children[0]?.type === "paragraph";

/** The list as its author wrote it: options on one line (its first mark given back), or a list and its key. */
function asWritten(list: List): RootContent[] | null {
  const items = list.children;
  if (!items.every(onlyParagraph)) return null;
  const last = items[items.length - 1]!.children[0] as Paragraph;
  const lines = linesOf(last.children);
  if (items.length === 1) {
    // "1) S3 2) Lambda": the list took the first mark; the second says how it was written.
    const mark = /\s2([.)])\s/.exec(lines[0] ?? "")?.[1];
    const [head, ...rest] = last.children;
    if (!mark || head?.type !== "text") return null;
    return [{ ...last, children: [{ ...head, value: `1${mark} ${head.value}` }, ...rest] }];
  }
  if (lines.length !== 2 || !isKeyOnly(lines[1]!) || items.slice(0, -1).some((i) => hasLineEnd((i.children[0] as Paragraph).children))) return [list];
  const [option, key] = cutAtLine(last.children, 1)!;
  const options: List = { ...list, children: [...items.slice(0, -1), { ...items[items.length - 1]!, children: [{ ...last, children: option }] }] };
  return [options, { type: "paragraph", children: key }];
}

/**
 * The blocks a list at column 0 means for the numbered question above it: its options, then their
 * key (in the list, or the paragraph `next` after it). Null unless it is a numbered list, from 1,
 * that reads as a keyed quiz.
 */
export function columnOptions(list: List, next: RootContent | undefined): RootContent[] | null {
  if (!list.ordered || (list.start ?? 1) !== 1) return null;
  const blocks = asWritten(list);
  if (!blocks) return null;
  return asQuiz(blocks) || (blocks.length === 1 && blocks[0]!.type === "list" && next && asQuiz([...blocks, next])) ? blocks : null;
}
