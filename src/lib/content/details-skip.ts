import type { RootContent } from "mdast";
import { HTML_CLOSE, HTML_OPEN, leftOpen, shift } from "./chunks";
import { foldDetailsIn } from "./details";
import { parseMarkdown } from "./markdown";

/**
 * A file's markdown parsed and its `<details>` folded (details.ts), without parsing the details'
 * bodies twice. Folding parses each body again on its own (it may be indented, wrapped in `<p>`,
 * hold headings), so what the file's own parse made of a body is thrown away: in a bank of
 * `<details>` answers that was an eighth of the reader's parse (`npm run bench -- --only=reader`).
 *
 * So a body the file's parse cannot need is blanked first: each of its characters but line breaks
 * becomes a space, and every other node keeps its offsets and lines (parseAround: the blank lines
 * are left out of the parse, the nodes moved into place). A body is blanked only when
 * that cannot change what the rest of the file parses to:
 * - its `<details` and `</details>` stand at column 0 (so no list or quote holds them), outside code
 *   fences and open HTML blocks, and nothing between them names `details` (so the fold pairs them);
 * - between them, code fences and HTML blocks that run past blank lines (`<pre>`, `<!--`, …) close
 *   again (so neither swallows the `</details>`);
 * - the file defines no link references or footnotes (a body's definition serves the whole file).
 * After the fold, every blanked range must lie inside one folded details node; if one does not,
 * the file is parsed as it is, bodies and all.
 */
const OPEN_LINE = /^<details\b/i;
const CLOSE_LINE = /^<\/details\s*>/i;
const NAMES_DETAILS = /<\/?details\b/i;
const FENCE = /^\s*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^\s*(`{3,}|~{3,})\s*$/;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;

export interface Range {
  from: number; // the first blanked offset (the line after `<details`)
  to: number; // the offset of the `</details>` line, not blanked
}

/** Tracks code fences line by line: after each line, is a fence open, and was the line part of one? */
function fenceTracker() {
  let fence: string | null = null;
  return (line: string): { open: boolean; fenced: boolean } => {
    const marker = FENCE.exec(line)?.[1];
    if (fence === null) {
      if (marker) fence = marker[0]!.repeat(marker.length);
      return { open: fence !== null, fenced: marker !== undefined };
    }
    if (marker && marker.startsWith(fence) && FENCE_CLOSE.test(line)) fence = null;
    return { open: fence !== null, fenced: true };
  };
}

interface Body {
  from: number;
  html: number; // HTML blocks of kinds 1-5 opened in the body and not closed
  fence: ReturnType<typeof fenceTracker>;
  fenceOpen: boolean;
}

/** The details bodies that may be blanked (see above), in order. */
export function blankableBodies(source: string): Range[] {
  if (!NAMES_DETAILS.test(source) || DEFINITION.test(source)) return [];
  const ranges: Range[] = [];
  const fence = fenceTracker();
  let openHtml = 0; // HTML blocks of kinds 1-5 opened and not closed, outside fences
  let body: Body | null = null;
  let offset = 0;
  for (const line of source.split("\n")) {
    const next = offset + line.length + 1;
    if (body) {
      if (CLOSE_LINE.test(line) && count(/<\/?details\b/gi, line) === 1 && !body.fenceOpen && body.html === 0) {
        if (offset > body.from) ranges.push({ from: body.from, to: offset });
        body = null;
      } else if (NAMES_DETAILS.test(line)) {
        body = null; // nested, or named in the text: the file's own parse pairs these
      } else {
        const f = body.fence(line);
        body.fenceOpen = f.open;
        if (!f.fenced) body.html += count(HTML_OPEN, line) - count(HTML_CLOSE, line);
      }
    }
    const { fenced } = fence(line);
    if (!fenced) openHtml = Math.max(0, openHtml + count(HTML_OPEN, line) - count(HTML_CLOSE, line));
    if (body === null && !fenced && openHtml === 0 && OPEN_LINE.test(line) && count(/<\/?details\b/gi, line) === 1) {
      body = { from: next, html: 0, fence: fenceTracker(), fenceOpen: false };
    }
    offset = next;
  }
  return ranges;
}

/**
 * The top-level nodes of `source` parsed with each range's characters, line breaks aside, turned into
 * spaces, without parsing those blank lines at all: the text between two ranges is parsed on its own
 * and moved into place (micromark reads a run of blank lines character by character, as long as the
 * body it stands for). After the blank lines of a range every block has ended (a range starts after
 * a `<details` line at column 0 and stops before a `</details>` line at column 0, the file has no
 * definitions) unless a fence or an HTML block of kinds 1-5 was still open when it began, which the
 * line trackers above may miss (a fence opened on a list item's marker line): then null, and the
 * caller parses as before. So each piece parses as it would with the blank lines after it.
 */
function parseAround(source: string, ranges: readonly Range[]): RootContent[] | null {
  const nodes: RootContent[] = [];
  let lines = 0;
  for (let i = 0; i <= ranges.length; i++) {
    const from = i === 0 ? 0 : ranges[i - 1]!.to;
    const to = ranges[i]?.from ?? source.length;
    const text = source.slice(from, to);
    const tree = parseMarkdown(text);
    if (i < ranges.length && leftOpen(tree.children.at(-1), text)) return null;
    for (const c of tree.children) shift(c, lines, from);
    nodes.push(...tree.children);
    const next = ranges[i]?.to ?? source.length; // where the next piece starts: the range's lines are counted, not parsed
    for (let at = source.indexOf("\n", from); at >= 0 && at < next; at = source.indexOf("\n", at + 1)) lines++;
  }
  return nodes;
}

/**
 * Every range inside one top-level details node, and no other top-level node reaching into one.
 * One pass over both: the ranges are in order (blankableBodies) and so are the nodes (siblings of one
 * parse, a folded details spanning the run it replaced), so a node ending before a range ends before
 * every later range too.
 */
export function covered(nodes: readonly RootContent[], ranges: readonly Range[]): boolean {
  if (ranges.length === 0) return true;
  if (nodes.some((n) => n.position?.start.offset === undefined || n.position.end.offset === undefined)) return false;
  let first = 0; // the first node that may reach into the current range or a later one
  for (const r of ranges) {
    while (first < nodes.length && nodes[first]!.position!.end.offset! <= r.from) first++;
    let inside = false;
    for (let i = first; i < nodes.length; i++) {
      const start = nodes[i]!.position!.start.offset!;
      const end = nodes[i]!.position!.end.offset!;
      if (start >= r.to) break;
      if (end <= r.from) continue;
      if (nodes[i]!.type !== "details" || start > r.from || end < r.to) return false;
      inside = true;
    }
    if (!inside) return false;
  }
  return true;
}

/** The file's top-level nodes, parsed and folded, as `foldDetailsIn(parseMarkdown(source).children, source)` gives them. */
export function parseFolded(source: string): RootContent[] {
  const ranges = blankableBodies(source);
  if (ranges.length > 0) {
    const parsed = parseAround(source, ranges);
    const nodes = parsed && foldDetailsIn(parsed, source);
    if (nodes && covered(nodes, ranges)) return nodes;
  }
  return foldDetailsIn(parseMarkdown(source).children, source);
}
