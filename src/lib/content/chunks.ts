import type { Root, RootContent } from "mdast";

/**
 * Splitting a long file before parsing: micromark's cost and memory grow with the document it
 * holds at once, so a 500 KB README is parsed as pieces of up to about CHUNK characters, outside
 * code fences and HTML blocks that span blank lines, cut just before
 * - an ATX heading that follows a blank line, or
 * - any line that follows a blank line and starts a block at column 0, at least BLOCK_GAP characters
 *   after the previous cut. Banks whose questions are not headings (bold lines, `<details>`, list
 *   items) have few headings: cut at headings only, one was a single 34 KB piece, parsed several
 *   times slower per character than 4 KB pieces. Spaced out, so a bank of headings keeps its
 *   sections whole (each of one kind, below) rather than one piece per paragraph; but only by
 *   500 characters (it was 2,000): a paragraph with a bare URL or a table then takes the costly
 *   extensions to a piece of about its own size, not to 2,000 characters around it (on the
 *   generated bench bank, 57 KB parsed with literal autolinks instead of 140 KB, 44 KB with tables
 *   instead of 113 KB, in 386 parses instead of 325).
 * After a blank line, such a line ends every open block (a paragraph, a quote, a table, an HTML
 * block of kinds 6-7, indented code, a list item: its content would be indented), so the pieces
 * parse as the whole would. Not before a list item marker: it could continue the list above (one
 * loose list, not two). What the line tracker cannot see (a fence marker swallowed by an HTML block
 * above it) parseInChunks catches after the parse (leftOpen). A file with link reference
 * definitions or footnotes (used across the whole file) is parsed whole.
 *
 * Pieces also follow the parser's kind of text (`kindOf`, parser.ts): sections that cannot hold a
 * literal autolink or a table are not joined to ones that can, so the costly GFM extensions run
 * only over the sections that need them (in real banks, links gather in some answers).
 * About 4,000 characters (a few questions) was fastest on the 500 KB bench bank: larger pieces pay
 * micromark's growing cost per piece, smaller ones its set-up per parse (`npm run bench -- --only=reader`).
 */
const CHUNK = 4_000;
const BLOCK_GAP = 500;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
/** A line at column 0 that is not blank and not a list item's marker (`-`, `+`, `*`, `1.`, `1)` then a blank or the end). */
const BLOCK_START = /^(?![-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))\S/;
const FENCE = /^\s*(`{3,}|~{3,})/;
/** HTML blocks that run past blank lines (CommonMark kinds 1-5): their openings and closings. */
export const HTML_OPEN = /<!--|<(?:pre|script|style|textarea)\b/gi;
export const HTML_CLOSE = /-->|<\/(?:pre|script|style|textarea)\s*>/gi;

const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;

/** Where a piece may start: 0, then before headings and spaced-out block starts after a blank line, outside fences and open HTML blocks. */
function cutPoints(source: string): number[] {
  const cuts = [0];
  let fence: string | null = null;
  let html = 0; // HTML blocks of kinds 1-5 opened and not closed, outside fences
  let offset = 0;
  let blank = true;
  for (const line of source.split("\n")) {
    const marker = FENCE.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0]!.repeat(marker.length);
      else if (marker.startsWith(fence)) fence = null;
    } else if (fence === null) {
      if (blank && html === 0 && offset > 0 && (HEADING.test(line) || (offset - cuts[cuts.length - 1]! >= BLOCK_GAP && BLOCK_START.test(line)))) cuts.push(offset);
      if (line.includes("<") || line.includes("-->")) html = Math.max(0, html + count(HTML_OPEN, line) - count(HTML_CLOSE, line));
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

/** Moves a parsed node (and all below it) down `lines` lines and `chars` characters: a piece's tree into its place in the whole. */
export function shift(node: { position?: { start: Point; end: Point }; children?: unknown }, lines: number, chars: number): void {
  if (node.position) {
    for (const p of [node.position.start, node.position.end]) {
      p.line += lines;
      if (p.offset !== undefined) p.offset += chars;
    }
  }
  if (Array.isArray(node.children)) for (const c of node.children) shift(c as Parameters<typeof shift>[0], lines, chars);
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that end at a closing string rather than a blank line (CommonMark kinds 1-5): opener, closer. */
const LONG_HTML: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Whether a piece's last block (or the last block inside its last list item or quote) was left open
 * at the piece's end: a fenced code block with no closing fence, or an HTML block of kinds 1-5 with
 * no closing string. Whole, the file would run it on into
 * the next piece (cutPoints tracks fences and such blocks line by line, but cannot see every way a
 * fence marker is swallowed, e.g. by an HTML block written right above it), so the two pieces are
 * parsed again as one.
 */
export function leftOpen(node: RootContent | undefined, text: string): boolean {
  // Inside a list item or a quote too: the fence then runs to the item's end, blank lines and all.
  if (node && "children" in node && node.type !== "paragraph" && node.type !== "heading") return leftOpen(node.children.at(-1) as RootContent | undefined, text);
  const from = node?.position?.start.offset;
  const to = node?.position?.end.offset;
  if (!node || from === undefined || to === undefined) return false;
  const raw = text.slice(from, to);
  if (node.type === "code") {
    const marker = FENCE_OPEN.exec(raw)?.[1];
    if (!marker) return false; // indented code ends at any line less indented
    const last = raw.slice(raw.lastIndexOf("\n") + 1).trim();
    const closed = raw.includes("\n") && last.length >= marker.length && last === marker[0]!.repeat(last.length);
    return !closed;
  }
  if (node.type === "html") return LONG_HTML.some(([open, close]) => open.test(raw) && !close.test(raw.slice(raw.search(open) + 2)));
  return false;
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
  for (let i = 0; i < starts.length; ) {
    const start = starts[i]!;
    let next = i + 1;
    let text = source.slice(start, starts[next] ?? source.length);
    let tree = parse(text);
    // Twice as many pieces each time: a block left open to the end of a hostile file is parsed again
    // a few times over (at most twice its length in all), not once per piece (quadratic).
    for (let span = 2; next < starts.length && leftOpen(tree.children.at(-1), text); span *= 2) {
      next = Math.min(i + span, starts.length);
      text = source.slice(start, starts[next] ?? source.length);
      tree = parse(text);
    }
    for (const c of tree.children) shift(c, lines, start);
    children.push(...tree.children);
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
    i = next;
  }
  return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines + 1, column: 1, offset: source.length } } };
}
