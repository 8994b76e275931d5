import type { Paragraph, PhrasingContent, RootContent } from "mdast";
import { hasLineEnd, linesOf } from "./phrasing-lines";

/*
 * A paragraph whose every line opens with an option or a step mark ("a) one⏎b) two", "i. …",
 * "• …", "Step 1: …"), or all but a first line leading in to them ("Two kinds:"), is a list written line by line: GitHub renders its soft breaks as spaces, which
 * runs the items together on one line, so they are shown as line breaks. Wrapped prose (a line
 * that opens with no mark) keeps its soft breaks.
 */

/**
 * "a)", "(b)", "C.", "1)", "2.", "iv.", "(3)", "-", "•", "Step 2:" opening a line, then a space and
 * its words; or a mark of Chinese and Japanese banks ("1、", "一、", "2．", "（3）", "①"), the words right after it.
 */
const MARK = /^\s*(?:(?:\(?(?:[a-hA-H]|\d{1,2}|[ivxIVX]{1,4})[.)]|\((?:[a-hA-H]|\d{1,2}|[ivxIVX]{1,4})\)|[-•●▪◦‣*+–—]|step\s*\d{1,2}\s*[:.)-])\s+|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、．]|（\d{1,2}）|[\u2460-\u2473])\s*\S/iu;

/** Every line of the paragraph (two at least) opens with a mark, but maybe a first that leads in with a colon ("Two kinds:"). */
const isMarkedLines = (children: PhrasingContent[]): boolean => {
  if (!hasLineEnd(children)) return false;
  const lines = linesOf(children);
  const marked = /[:：]\s*$/.test(lines[0]!) && !MARK.test(lines[0]!) ? lines.slice(1) : lines;
  return marked.length >= 2 && marked.every((l) => MARK.test(l));
};

/** The paragraph's soft breaks (new lines inside its texts) as hard breaks: `<br>` in HTML. */
function withBreaks(p: Paragraph): Paragraph {
  const children: PhrasingContent[] = [];
  for (const c of p.children) {
    if (c.type !== "text" || !c.value.includes("\n")) {
      children.push(c);
      continue;
    }
    c.value.split("\n").forEach((part, i, parts) => {
      const trimmed = i > 0 ? part.trimStart() : part;
      const value = i < parts.length - 1 ? trimmed.trimEnd() : trimmed;
      if (i > 0) children.push({ type: "break" });
      if (value !== "") children.push({ ...c, value });
    });
  }
  return { ...p, children };
}

/** An answer's top-level paragraphs of marked lines, each line on its own line. */
export function markedLineBreaks(blocks: RootContent[]): RootContent[] {
  const marked = blocks.map((b) => b.type === "paragraph" && isMarkedLines(b.children));
  return marked.includes(true) ? blocks.map((b, i) => (marked[i] && b.type === "paragraph" ? withBreaks(b) : b)) : blocks;
}
