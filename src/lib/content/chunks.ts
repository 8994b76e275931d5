import type { Root, RootContent } from "mdast";

/**
 * Splitting a long file before parsing: micromark's cost and memory grow with the document it
 * holds at once, so a 500 KB README is parsed as pieces of about CHUNK characters, cut just before
 * an ATX heading that follows a blank line, outside code fences and HTML blocks that span blank
 * lines. A heading ends every open block there, so the pieces parse as the whole would. A file with
 * link reference definitions or footnotes (used across the whole file) is parsed whole.
 * About 4,000 characters (a few questions) was fastest on the 500 KB bench bank: larger pieces pay
 * micromark's growing cost per piece, smaller ones its set-up per parse (`npm run bench -- --only=reader`).
 */
const CHUNK = 4_000;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^\s*(`{3,}|~{3,})/;
const HTML_OPEN = /<!--|<(?:pre|script|style|textarea)\b/gi;
const HTML_CLOSE = /-->|<\/(?:pre|script|style|textarea)\s*>/gi;

const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;

/** The start offsets of the pieces (the first is 0). */
export function chunkStarts(source: string): number[] {
  if (source.length <= CHUNK * 1.5 || DEFINITION.test(source)) return [0];
  const starts = [0];
  let fence: string | null = null;
  let offset = 0;
  let blank = true;
  for (const line of source.split("\n")) {
    const marker = FENCE.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0]!.repeat(marker.length);
      else if (marker.startsWith(fence)) fence = null;
    } else if (fence === null && blank && HEADING.test(line) && offset - starts[starts.length - 1]! >= CHUNK) {
      const piece = source.slice(starts[starts.length - 1], offset);
      if (count(HTML_OPEN, piece) <= count(HTML_CLOSE, piece)) starts.push(offset);
    }
    blank = line.trim() === "";
    offset += line.length + 1;
  }
  return starts;
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

/** Parses `source` piece by piece with `parse`, positions pointing into the whole source. */
export function parseInChunks(source: string, parse: (text: string) => Root): Root {
  const starts = chunkStarts(source);
  if (starts.length === 1) return parse(source);
  const children: RootContent[] = [];
  let lines = 0;
  starts.forEach((start, i) => {
    const text = source.slice(start, starts[i + 1] ?? source.length);
    const tree = parse(text);
    for (const c of tree.children) shift(c, lines, start);
    children.push(...tree.children);
    lines += text.split("\n").length - 1;
  });
  return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines + 1, column: 1, offset: source.length } } };
}
