import { baseName } from "./paths";

/**
 * Which files of a deck are banks: every `.md`, `.mdx` and `.markdown`, `README.md` included (public
 * banks usually are a README). Not: the deck's own `_deck.md`, and a repository's housekeeping files
 * (licence, contributing guide, changelog, code of conduct, the `SOURCE.md` credit we keep with
 * copied banks), which hold no questions.
 */
export const DECK_META = "_deck.md";
const HOUSEKEEPING = /^(license|licence|copying|contributing|changelog|history|code_of_conduct|code-of-conduct|security|support|authors|contributors|source|pull_request_template|issue_template)(\.[a-z]+)?\.(mdx?|markdown)$/i;

export const MARKDOWN_FILE = /\.(mdx?|markdown)$/i;

export function isHousekeeping(name: string): boolean {
  return HOUSEKEEPING.test(name);
}

/** A bank file, by its posix path inside the deck. */
export function isBankFile(path: string): boolean {
  const parts = path.split("/");
  if (parts.some((p) => p.startsWith(".") || p === "node_modules")) return false;
  const name = baseName(path);
  return MARKDOWN_FILE.test(name) && name !== DECK_META && !isHousekeeping(name);
}
