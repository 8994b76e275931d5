import type { Heading, List, RootContent } from "mdast";
import { isAnswerTitle } from "./answer-heading";
import { headingText } from "./inline-cleanup";
import { removeNoise } from "./noise";
import { readsAsQuestion } from "./question-text";
import { type Ctx, warn } from "./raw";
import { isNumberedLabel, isTableOfContentsTitle, stripSectionNumbering, stripNumbering, withoutPlaceNumbers } from "./text";

/*
 * A file's blocks as a tree of sections, one per heading, before anything is read as a question
 * (sections.ts reads it): noise removed from each section's own blocks, contents headings made
 * transparent, and the titles sections show and notes name them by.
 */

export interface Section {
  heading: Heading | null;
  body: RootContent[]; // blocks before the first sub-heading, noise removed
  all: RootContent[]; // every block under the heading, sub-headings included (an answer)
  children: Section[];
  hadContents: boolean; // its body was a table of contents or a link list
  title?: string | null; // overrides the heading's text (a contents heading that names its part)
}

const emptySection = (heading: Heading | null): Section => ({ heading, body: [], all: [], children: [], hadContents: false });

/**
 * `1. ### Question` alone in its list item, then a deeper heading at column 0 (`#### (translation)`,
 * `#### Answer`): a heading the author numbered, which owns the deeper one as the bare heading would.
 * (Followed by paragraphs, it stays an item: the list reader takes them as its answer.)
 */
function isNumberedHeading(n: RootContent, next: RootContent | undefined): n is List {
  if (n.type !== "list" || !n.children.every((i) => i.children.length === 1 && i.children[0]!.type === "heading")) return false;
  const last = n.children[n.children.length - 1]!.children[0] as Heading;
  return next?.type === "heading" && next.depth > last.depth;
}

export function sectionTree(nodes: RootContent[], ctx: Ctx): Section {
  const root = emptySection(null);
  const stack: { depth: number; section: Section }[] = [{ depth: 0, section: root }];
  const blocks = nodes.flatMap((n, i) => (isNumberedHeading(n, nodes[i + 1]) ? n.children.map((item) => item.children[0] as Heading) : [n]));
  for (const node of blocks) {
    // "### What is X?" (or "### Question 1" over its question) then "### Answer" beside it: the answer's own heading, read under the question.
    const asks = (h: Heading) => readsAsQuestion(headingText(h)) || isNumberedLabel(headingText(h));
    const asked = node.type === "heading" && isAnswerTitle(headingText(node)) ? stack.find((s) => s.depth === node.depth && s.section.heading && asks(s.section.heading)) : undefined;
    if (asked && node.type === "heading") {
      while (stack[stack.length - 1] !== asked) stack.pop();
      const section = emptySection(node);
      asked.section.children.push(section);
      stack.push({ depth: node.depth + 0.5, section });
      continue;
    }
    if (node.type === "heading") {
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const section = emptySection(node);
      for (const s of stack.slice(1)) s.section.all.push(node);
      stack[stack.length - 1]!.section.children.push(section);
      stack.push({ depth: node.depth, section });
      continue;
    }
    for (const s of stack.slice(1)) s.section.all.push(node);
    stack[stack.length - 1]!.section.body.push(node); // a block belongs to the nearest heading above it
  }
  clean(root, ctx);
  return root;
}

function clean(section: Section, ctx: Ctx): void {
  const notes: { line: number; what: string }[] = [];
  section.body = removeNoise(section.body, { notes, lineOffset: ctx.lineOffset });
  for (const n of notes) warn(ctx, n.line, `${n.what} was skipped`);
  section.hadContents = notes.some((n) => n.what !== "");
  for (const child of section.children) clean(child, ctx);
  // A contents heading (or one whose body was only contents) does not own the sections after it.
  // "Table of Contents - MongoDB" that goes on to hold questions names them: it becomes "MongoDB".
  // A file's `#` title whose body is only its table of contents still names the file.
  section.children = section.children.flatMap((c) => {
    const title = c.heading ? headingText(c.heading) : "";
    const rest = contentsRest(title);
    if (rest === null && !(c.hadContents && c.body.length === 0 && c.heading?.depth !== 1)) return [c];
    if (c.body.length === 0 || !c.heading) return c.children;
    c.title = rest || null;
    return [c];
  });
  numberedSiblings(section.children);
  // "### Question 3" over the question's own paragraph: the heading names nothing, as "## 3" does.
  for (const c of section.children) if (c.heading && c.title === undefined && isNumberedLabel(headingText(c.heading))) c.title = "";
}

/**
 * Sibling headings numbered by their place ("1. Basics", "2 Data Types And Variables", "3"): each
 * number is numbering, even one that alone would read as a count ("2 Data Types" keeps its 2, as
 * "10 Tips For Faster Builds" does: stripNumbering). Decided across the siblings, which one title
 * cannot see (withoutPlaceNumbers). A title that was only its number is "": its questions join the
 * section above (read).
 */
function numberedSiblings(children: Section[]): void {
  const numbered = children.flatMap((c) => (c.heading && c.title === undefined && /^\s*\p{Nd}+(?!\p{L})/u.test(headingText(c.heading)) ? [c] : []));
  if (numbered.length < 2) return;
  const titles = withoutPlaceNumbers(numbered.map((c) => headingText(c.heading!)));
  if (titles) numbered.forEach((c, i) => (c.title = titles[i]!));
}

/** "Table of Contents - Golang" → "Golang"; "Contents" → ""; any other title → null. */
function contentsRest(title: string): string | null {
  const m = /^(.*?)\s*[-–—:|]\s*(.*)$/.exec(title);
  if (isTableOfContentsTitle(title)) return "";
  if (m && isTableOfContentsTitle(m[1] ?? "")) return (m[2] ?? "").trim();
  return null;
}

export const titleOf = (s: Section) => (s.title !== undefined ? (s.title ?? "") : s.heading ? stripNumbering(headingText(s.heading)) : "");
/** A section as a note names it: by its title, or by its heading's own words when the title is empty ("## Contents" names no topic). */
export function sectionName(s: Section): string {
  const name = titleOf(s) || (s.heading ? headingText(s.heading).trim() : "");
  return name ? `section "${name}"` : "a section without a title";
}
/** The title a group of questions shows: "404 Errors" keeps its number (stripSectionNumbering). */
export const groupTitleOf = (s: Section) => (s.title !== undefined ? (s.title ?? "") : s.heading ? stripSectionNumbering(headingText(s.heading)) : "");
