import type { Html, PhrasingContent, RootContent, Table, TableCell, TableRow } from "mdast";
import { toString } from "mdast-util-to-string";
import { inlineOf } from "./loose-headings";
import { parseMarkdown } from "./markdown";
import { readsAsQuestion } from "./question-text";

/**
 * A raw HTML `<table>` in a bank (`<tr><th>Question</th><th>Answer</th></tr><tr><td>What…?</td>…`)
 * as the markdown table it stands for, so that table.ts judges and reads it as it does a pipe table.
 * Its rows may run over blank lines, with markdown between the tags (`<td>⏎⏎What is X?⏎⏎</td>`):
 * those blocks are the cell's. Each cell's words, with `<code>`, bold and italics, are its inline
 * content (a question's front); its HTML as written, parsed and later sanitized as every answer's
 * is, is its blocks (an answer: links, lists and code kept). A first row of `<th>` is the header.
 */
declare module "mdast" {
  interface TableCellData {
    /** A cell of an HTML table (html-table.ts): its content as blocks, the answer as written. */
    blocks?: RootContent[];
  }
}

const TAG = /<(\/?)(table|thead|tbody|tfoot|tr|td|th)\b[^>]*>/gi;
const BLOCK_TAG = /<(?:p|div|ul|ol|li|pre|blockquote|h[1-6]|table|hr)\b/i;

interface CellDraft {
  header: boolean;
  parts: (string | RootContent)[];
}
interface RowDraft {
  position: Html["position"];
  cells: CellDraft[];
}

/** Removes the indentation the non-blank lines of a cell share, so indented HTML is not code. */
function dedent(text: string): string {
  const lines = text.split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join("\n").trim();
}

const plainOf = (parts: CellDraft["parts"]) => parts.map((p) => (typeof p === "string" ? p.replace(/<[^>]*>/g, " ") : toString(p))).join(" ").replace(/\s+/g, " ").trim();

function cellOf(draft: CellDraft): TableCell {
  const blocks = draft.parts.flatMap((p) => (typeof p !== "string" ? [p] : p.trim() === "" ? [] : parseMarkdown(dedent(p)).children));
  const only = draft.parts.length === 1 && typeof draft.parts[0] === "string" ? draft.parts[0] : null;
  // A cell of words and inline tags: its inline content as markdown; else its first paragraph's.
  const inline = only !== null && !BLOCK_TAG.test(only) ? parseMarkdown(inlineOf(only.replace(/<br\s*\/?>/gi, " "))).children[0] : blocks[0];
  const children: PhrasingContent[] = inline?.type === "paragraph" ? inline.children : [{ type: "text", value: plainOf(draft.parts) }];
  return { type: "tableCell", children, data: { blocks } };
}

function tableOf(rows: RowDraft[]): Table | null {
  if (rows.length < 2) return null;
  const width = Math.max(...rows.map((r) => r.cells.length));
  const headed = rows[0]!.cells.length > 0 && rows[0]!.cells.every((c) => c.header);
  const toRow = (r: RowDraft): TableRow => ({ type: "tableRow", children: r.cells.map(cellOf), position: r.position });
  const header: TableRow = headed ? toRow(rows[0]!) : { type: "tableRow", children: Array.from({ length: width }, (): TableCell => ({ type: "tableCell", children: [] })) };
  return { type: "table", children: [header, ...(headed ? rows.slice(1) : rows).map(toRow)] };
}

/** Where a tag stands in an HTML node: its line, for the row's card. */
function positionAt(node: Html, index: number): Html["position"] {
  const start = node.position?.start;
  if (!start) return undefined;
  const line = start.line + (node.value.slice(0, index).match(/\n/g)?.length ?? 0);
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}

/**
 * The HTML table that opens at `nodes[start]`, with the index of the node that closes it, when it may
 * be cards: the bank forces tables, or its first cells ask, or it is long enough to be a glossary.
 * Null for any other node, a nested table, or a table never closed.
 */
export function htmlTableAt(nodes: RootContent[], start: number, forced: boolean): { table: Table; end: number } | null {
  const first = nodes[start];
  if (first?.type !== "html" || !/^\s*(?:<(?:div|center|p)\b[^>]*>\s*)*<table\b/i.test(first.value)) return null;
  const rows: RowDraft[] = [];
  let cell: CellDraft | null = null;
  let depth = 0;
  for (let i = start; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== "html") {
      if (!cell) return null; // markdown between rows: not a table this reads
      cell.parts.push(node);
      continue;
    }
    let at = 0;
    for (const m of node.value.matchAll(TAG)) {
      if (cell) cell.parts.push(node.value.slice(at, m.index));
      at = m.index + m[0].length;
      const close = m[1] === "/";
      const name = m[2]!.toLowerCase();
      if (name === "table") {
        depth += close ? -1 : 1;
        if (depth > 1) return null;
        if (depth === 0) {
          const asks = rows.some((r) => r.cells.slice(0, 2).some((c) => readsAsQuestion(plainOf(c.parts))));
          const table = forced || asks || rows.length >= 9 ? tableOf(rows) : null;
          return table ? { table, end: i } : null;
        }
      } else if (name === "tr" && !close) {
        rows.push({ position: positionAt(node, m.index), cells: [] });
        cell = null;
      } else if ((name === "td" || name === "th") && !close) {
        const row = rows[rows.length - 1];
        if (!row) return null;
        cell = { header: name === "th", parts: [] };
        row.cells.push(cell);
      } else if (close) cell = null;
    }
    if (cell) cell.parts.push(node.value.slice(at));
  }
  return null;
}
