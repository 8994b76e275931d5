import "server-only";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Which files of a deck folder are banks: every `.md` and `.mdx`, `README.md` included (public banks
 * usually are a README). Not: the deck's own `_deck.md`, and a repository's housekeeping files
 * (licence, contributing guide, changelog, code of conduct, the `SOURCE.md` credit we keep with
 * copied banks), which hold no questions.
 */
export const DECK_META = "_deck.md";
const HOUSEKEEPING = /^(license|licence|copying|contributing|changelog|history|code_of_conduct|code-of-conduct|security|support|authors|contributors|source|pull_request_template|issue_template)(\.[a-z]+)?\.mdx?$/i;

export function isHousekeeping(name: string): boolean {
  return HOUSEKEEPING.test(name);
}

export function bankFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith(".") && name !== "node_modules")
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return bankFiles(full);
      return /\.mdx?$/i.test(name) && name !== DECK_META && !isHousekeeping(name) ? [full] : [];
    });
}
