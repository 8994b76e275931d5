import type { Root, RootContent } from "mdast";
import { runsOpen } from "./open-blocks";
import { plainBlock } from "./plain-blocks";

/**
 * Splitting a long file before parsing: micromark's cost and memory grow with the document it
 * holds at once, so a 500 KB README is parsed as pieces of up to about CHUNK characters. The file is
 * cut into sections before each line at column 0 after a blank line (an ATX heading, a paragraph, a
 * fence…) that is not a list item's marker, outside code fences and HTML blocks that span blank
 * lines: such a line ends every open block, so the sections parse as the whole would. A section
 * that starts with a plain paragraph or heading has it read directly (plain-blocks.ts); the rest
 * goes to the parser. A file with link reference definitions or footnotes (used across the whole
 * file) is parsed whole, and so is one where a section turns out to end inside a block (open-blocks.ts).
 *
 * Sections also follow the parser's kind of text (`kindOf`, parser.ts): sections that cannot hold a
 * literal autolink or a table are not joined to ones that can, so the costly GFM extensions run
 * only over the sections that need them (in real banks, links gather in some answers).
 * About 4,000 characters a piece was fastest on the 500 KB bench bank: larger pieces pay
 * micromark's growing cost per piece, smaller ones its set-up per parse (`npm run bench -- --only=reader`).
 */
const CHUNK = 4_000;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
/**
 * A line at column 0 after a blank line that is not a list item's marker: every block open before it
 * (a paragraph, a list, a quote, a table, an HTML block of kinds 6-7) has ended.
 */
const OPENS_FRESH = /^(?![-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))\S/;
const FENCE = /^\s*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^\s*(`{3,}|~{3,})\s*$/;
/** HTML blocks that run past blank lines (CommonMark kinds 1-5): their openings and closings. */
export const HTML_OPEN = /<!--|<(?:pre|script|style|textarea)\b/gi;
export const HTML_CLOSE = /-->|<\/(?:pre|script|style|textarea)\s*>/gi;

const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;

/** Where a section may start: 0, then before each line at column 0 after a blank line (see above), outside fences and open HTML blocks. */
function cutPoints(source: string): number[] {
  const cuts = [0];
  let fence: string | null = null;
  let offset = 0;
  let blank = true;
  for (const line of source.split("\n")) {
    if (fence === null && blank && offset > 0 && (HEADING.test(line) || OPENS_FRESH.test(line))) {
      const piece = source.slice(cuts[cuts.length - 1], offset);
      if (count(HTML_OPEN, piece) <= count(HTML_CLOSE, piece)) cuts.push(offset);
    }
    const marker = FENCE.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0]!.repeat(marker.length);
      else if (marker.startsWith(fence) && FENCE_CLOSE.test(line)) fence = null;
    }
    blank = line.trim() === "";
    offset += line.length + 1;
  }
  return cuts;
}

interface Section {
  start: number; // offset in the source
  line: number; // 0-based line of its start
  text: string;
  slot: number | null; // where its nodes go in the file's order; null for a separator (dropped)
}

/**
 * What stands before a section that may not start fresh (what follows a plain block: a list
 * that interrupted a paragraph, the line under a heading) when it is joined to other sections: a
 * paragraph at column 0 after a blank line, which ends every block the section before left open.
 */
const SEPARATOR = "x\n\n";

/** `text` with the blank lines at its end but one dropped. */
function trimBlankLines(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t" || text[end - 1] === "\n")) end--;
  const lineBreak = text.indexOf("\n", end);
  if (lineBreak === -1 || text.indexOf("\n", lineBreak + 1) === -1) return text;
  return `${text.slice(0, lineBreak)}\n\n`;
}

type Point = { line: number; column: number; offset?: number };

function shift(node: { position?: { start: Point; end: Point }; children?: unknown }, lines: number, chars: number): void {
  if (node.position) {
    for (const p of [node.position.start, node.position.end]) {
      p.line += lines;
      if (p.offset !== undefined) p.offset += chars;
    }
  }
  if (Array.isArray(node.children)) for (const c of node.children) shift(c as Parameters<typeof shift>[0], lines, chars);
}

/**
 * Parses `source` piece by piece with `parse`, positions pointing into the whole source: a plain
 * paragraph or heading alone in its section is read directly (plain-blocks.ts); the other sections
 * are parsed in pieces of sections of one kind (`kindOf`), joined while under CHUNK characters.
 * A section starts where every block has ended, so sections parse alike alone or joined, whatever
 * stood between them: the top-level nodes of a piece go back to their sections, in the file's order.
 */
export function parseInChunks(source: string, parse: (text: string) => Root, kindOf: (text: string) => number = () => 0): Root {
  if (source.length <= CHUNK * 1.5 || DEFINITION.test(source)) return parse(source);
  // The parser drops a byte order mark at the start of the file, so its offsets count without it.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const cuts = cutPoints(source);
  const slots: RootContent[][] = [];
  const open = new Map<number, { sections: Section[]; size: number }>();
  let whole = false; // a section was cut inside a block: parse the file whole
  const flush = (kind: number) => {
    const group = open.get(kind);
    if (!group || whole) return;
    open.delete(kind);
    const joined = group.sections.map((s) => s.text).join("");
    const tree = parse(joined);
    const groupBom = joined.charCodeAt(0) === 0xfeff ? 1 : 0; // then the parse's offsets are one less than the text's
    const bounds: number[] = []; // where each section ends in the joined text
    for (const s of group.sections) bounds.push((bounds[bounds.length - 1] ?? 0) + s.text.length);
    let i = 0;
    const lineAt = [0];
    for (const s of group.sections) lineAt.push(lineAt[lineAt.length - 1]! + lineBreaks(s.text));
    tree.children.forEach((node, n) => {
      const from = (node.position?.start.offset ?? 0) + groupBom;
      const to = (node.position?.end.offset ?? 0) + groupBom;
      while (i + 1 < group.sections.length && from >= bounds[i]!) i++;
      const at = i === 0 ? 0 : bounds[i - 1]!;
      const next = tree.children[n + 1];
      const lastOfSection = next === undefined || (next.position?.start.offset ?? 0) + groupBom >= bounds[i]!;
      const cutInside = to > bounds[i]! || (lastOfSection && group.sections[i]!.start + group.sections[i]!.text.length < source.length && runsOpen(node, joined.slice(from, to)));
      if (cutInside) whole = true;
      const section = group.sections[i]!;
      if (section.slot === null) return;
      shift(node, section.line - lineAt[i]!, section.start - bom + groupBom - at);
      slots[section.slot]!.push(node);
    });
  };
  const toParser = (start: number, line: number, text: string, fresh: boolean) => {
    const kind = kindOf(text);
    const group = open.get(kind) ?? { sections: [], size: 0 };
    if (!fresh && group.sections.length > 0) group.sections.push({ start: 0, line: 0, text: SEPARATOR, slot: null });
    slots.push([]);
    group.sections.push({ start, line, text, slot: slots.length - 1 });
    group.size += text.length;
    open.set(kind, group);
    if (group.size >= CHUNK) flush(kind);
  };
  let line = 0;
  cuts.forEach((start, index) => {
    const text = source.slice(start, cuts[index + 1] ?? source.length);
    // Plain blocks first, read directly; what follows them goes to the parser.
    let at = 0;
    let atLine = line;
    for (let plain = plainBlock(text, atLine + 1, start - bom); plain && at < text.length; ) {
      slots.push([plain.node]);
      atLine += lineBreaks(text.slice(at, at + plain.end));
      at += plain.end;
      plain = at < text.length ? plainBlock(text.slice(at), atLine + 1, start + at - bom) : null;
    }
    // Blank lines at its end hold no node (details bodies blanked by details-skip.ts are such lines):
    // the one blank line kept still parts it from what is joined after it.
    const rest = trimBlankLines(text.slice(at));
    if (rest.trim() !== "") toParser(start + at, atLine, rest, at === 0);
    line += lineBreaks(text);
  });
  for (const kind of [...open.keys()]) flush(kind);
  if (whole) return parse(source);
  const children = slots.flat();
  return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: line + 1, column: 1, offset: source.length } } };
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
