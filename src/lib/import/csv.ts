import Papa from "papaparse";
import { type BuiltDeck, buildDeck, type CardDraft } from "./build-deck";
import { ImportError } from "./errors";
import { MAX_TEXT_BYTES } from "./limits";
import { renderMarkdown, sanitizeHtml } from "./sanitize";
import type { ColumnMapping, TableOptions } from "./table-options";

export { type ColumnMapping, CSV_OPTIONS, QUIZLET_OPTIONS, type TableOptions } from "./table-options";

export interface Table {
  rows: string[][];
  columns: number; // the widest row
  ragged: number; // rows whose width differs from the first row's
}

/** Text cut into rows with Papa Parse; empty lines are dropped. */
export function parseTable(text: string, options: TableOptions): Table {
  if (text.length > MAX_TEXT_BYTES) {
    throw new ImportError("too-big", `This text is over the ${MAX_TEXT_BYTES / 1024 / 1024} MB limit for a CSV or pasted set. Split it into smaller files.`);
  }
  const unescape = (s: string) => s.replace(/\\t/g, "\t").replace(/\\n/g, "\n");
  const clean = text.replace(/^\uFEFF/, "");
  const rowSep = unescape(options.rowSeparator);
  const fieldSep = unescape(options.fieldSeparator);
  let rows: string[][];
  if (rowSep === "" || rowSep === "\n" || rowSep === "\r\n" || rowSep === "\r") {
    const result = Papa.parse<string[]>(clean, {
      delimiter: fieldSep,
      newline: rowSep === "" ? undefined : rowSep,
      quoteChar: options.quotes ? '"' : "\u0000",
      skipEmptyLines: "greedy",
    });
    rows = result.data.map((r) => r.map((c) => c.trim()));
  } else {
    // Papa Parse only cuts rows at line breaks; Quizlet's custom row separator is cut here, and
    // fields are cut at the field separator as given (Quizlet text has no quoting to honour).
    rows = clean
      .split(rowSep)
      .map((r) => (fieldSep ? r.split(fieldSep) : [r]).map((c) => c.trim()))
      .filter((r) => r.some((c) => c !== ""));
  }
  const width = rows[0]?.length ?? 0;
  return { rows, columns: Math.max(0, ...rows.map((r) => r.length)), ragged: rows.filter((r) => r.length !== width).length };
}

/** A first guess at the mapping: named columns if the first row looks like a header, else 0 and 1. */
export function guessMapping(table: Table): ColumnMapping {
  const first = (table.rows[0] ?? []).map((c) => c.toLowerCase());
  const find = (...names: string[]) => {
    const i = first.findIndex((c) => names.includes(c));
    return i >= 0 ? i : null;
  };
  const q = find("question", "front", "term", "prompt", "q");
  const header = q !== null;
  return {
    question: q ?? 0,
    answer: header ? find("answer", "back", "definition", "a") : table.columns > 1 ? 1 : null,
    topic: header ? find("topic", "deck", "category", "section") : null,
    tags: header ? find("tags", "tag") : null,
    header,
    format: "markdown",
  };
}

export interface CsvImport extends BuiltDeck {
  skipped: number; // rows without a question
  ragged: number; // rows shorter or longer than the first
}

/** The table as a deck. Throws ImportError when no row has a question. */
export function tableToDeck(table: Table, mapping: ColumnMapping, meta: { slug: string; title: string; source: string }): CsvImport {
  const render = mapping.format === "html" ? sanitizeHtml : renderMarkdown;
  const drafts: CardDraft[] = [];
  let skipped = 0;
  const body = mapping.header ? table.rows.slice(1) : table.rows;
  body.forEach((row, i) => {
    const cell = (col: number | null) => (col === null ? "" : (row[col] ?? ""));
    const q = cell(mapping.question);
    if (!q) {
      skipped++;
      return;
    }
    const a = cell(mapping.answer);
    const rowNumber = i + 1 + (mapping.header ? 1 : 0);
    drafts.push({
      topic: cell(mapping.topic),
      question: render(q),
      answer: a ? render(a) : null,
      tags: cell(mapping.tags).split(/[\s,;]+/).filter(Boolean),
      source: meta.source,
      line: rowNumber,
    });
  });
  if (drafts.length === 0) {
    throw new ImportError("no-text", "No row has text in the question column. Pick the column that holds the questions, or check the separators.");
  }
  return { ...buildDeck(meta.slug, meta.title, drafts), skipped, ragged: table.ragged };
}

/** Bytes of a text file as UTF-8; anything else is refused with what to do. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError("encoding", "This file is not UTF-8 text. Save it again as “CSV UTF-8” (Excel) or UTF-8 (other editors), then import it.");
  }
}
