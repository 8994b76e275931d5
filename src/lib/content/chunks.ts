import type { Root, RootContent } from "mdast";

/**
 * Splitting a long file before parsing: micromark's cost and memory grow with the document it
 * holds at once, so a 500 KB README is parsed as pieces of up to about CHUNK characters, cut just
 * before an ATX heading that follows a blank line, outside code fences and HTML blocks that span
 * blank lines. A heading ends every open block there, so the pieces parse as the whole would. A file
 * with link reference definitions or footnotes (used across the whole file) is parsed whole.
 *
 * Pieces also follow the parser's kind of text (`kindOf`, parser.ts): sections that cannot hold a
 * literal autolink or a table are not joined to ones that can, so the costly GFM extensions run
 * only over the sections that need them (in real banks, links gather in some answers).
 * About 4,000 characters (a few questions) was fastest on the 500 KB bench bank: larger pieces pay
 * micromark's growing cost per piece, smaller ones its set-up per parse (`npm run bench -- --only=reader`).
 */
const CHUNK = 4_000;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^\s*(`{3,}|~{3,})/;
/** HTML blocks that run past blank lines (CommonMark kinds 1-5): their openings and closings. */
export const HTML_OPEN = /<!--|<(?:pre|script|style|textarea)\b/gi;
export const HTML_CLOSE = /-->|<\/(?:pre|script|style|textarea)\s*>/gi;

const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;

/** Where a piece may start: 0, then before each ATX heading after a blank line, outside fences and open HTML blocks. */
function cutPoints(source: string): number[] {
  const cuts = [0];
  let fence: string | null = null;
  let offset = 0;
  let blank = true;
  for (const line of source.split("\n")) {
    const marker = FENCE.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0]!.repeat(marker.length);
      else if (marker.startsWith(fence)) fence = null;
    } else if (fence === null && blank && HEADING.test(line) && offset > 0) {
      const piece = source.slice(cuts[cuts.length - 1], offset);
      if (count(HTML_OPEN, piece) <= count(HTML_CLOSE, piece)) cuts.push(offset);
    }
    blank = line.trim() === "";
    offset += line.length + 1;
  }
  return cuts;
}

/**
 * The start offsets of the pieces (the first is 0): neighbouring sections joined while the piece is
 * under CHUNK characters and of the same kind. Joining never changes the tree, only the work.
 */
export function chunkStarts(source: string, kindOf: (text: string) => number = () => 0): number[] {
  if (source.length <= CHUNK * 1.5 || DEFINITION.test(source)) return [0];
  const cuts = cutPoints(source);
  const ends = [...cuts.slice(1), source.length];
  const starts = [0];
  let pieceKind = kindOf(source.slice(0, ends[0]));
  for (let i = 1; i < cuts.length; i++) {
    const kind = kindOf(source.slice(cuts[i], ends[i]));
    if (cuts[i]! - starts[starts.length - 1]! >= CHUNK || kind !== pieceKind) {
      starts.push(cuts[i]!);
      pieceKind = kind;
    }
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

/**
 * Parses `source` piece by piece with `parse` (pieces by `kindOf`, see chunkStarts), positions pointing into the whole source.
 * A byte order mark opening the source is skipped by micromark without being counted, in the first
 * piece only: the text after it is parsed, and every offset moved past it, so all index `source`.
 */
export function parseInChunks(source: string, parse: (text: string) => Root, kindOf?: (text: string) => number): Root {
  if (source.charCodeAt(0) === 0xfeff) {
    const tree = parseInChunks(source.slice(1), parse, kindOf);
    for (const c of tree.children) shift(c, 0, 1);
    const end = tree.position?.end ?? { line: 1, column: 1 };
    return { ...tree, position: { start: { line: 1, column: 1, offset: 0 }, end: { ...end, offset: source.length } } };
  }
  const starts = chunkStarts(source, kindOf);
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
