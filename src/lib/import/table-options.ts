/* The CSV mapping's shapes and defaults, without the parser: the /import page imports these on load. */

/** How to cut the text into rows and fields. Empty strings mean "guess" (Papa Parse's detection). */
export interface TableOptions {
  fieldSeparator: string; // "," "\t" ";" or any custom string, "" = detect
  rowSeparator: string; // "\n" or a custom string (Quizlet's "row" separator), "" = detect
  quotes: boolean; // honour "…" quoting (CSV); off for Quizlet text, where quotes are just text
}

/** Which column is what (0-based); null = not used. */
export interface ColumnMapping {
  question: number;
  answer: number | null;
  topic: number | null;
  tags: number | null;
  header: boolean; // the first row names the columns
  format: "markdown" | "html"; // how to read question and answer cells
}

/** Quizlet's export: term, tab, definition; one card per line; quotes are plain text. */
export const QUIZLET_OPTIONS: TableOptions = { fieldSeparator: "\t", rowSeparator: "\n", quotes: false };
export const CSV_OPTIONS: TableOptions = { fieldSeparator: "", rowSeparator: "", quotes: true };

