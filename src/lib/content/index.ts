/**
 * The pure reader: markdown question banks in, a validated deck out. No file system, no Node APIs:
 * it runs at build time (src/build reads the files from disk and passes them in) and in a Web Worker
 * in the browser (the add-deck page), so a bank reads the same both ways.
 */
export { readDeck, type BankFile, type ReadDeckInput, type ReadDeckResult } from "./read";
export type { CodeHighlighter } from "./highlight";
export type { LocatedId } from "./validate";
export type { Bank, Card, Deck, Topic } from "./models";
export { ContentError, formatProblem, formatProblems, formatWarnings, type ContentProblem } from "./errors";
export { readerHintsSchema, type ReaderHints } from "./hints";
