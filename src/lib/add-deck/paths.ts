/*
 * Which paths of a folder, zip or repository are read, and that they stay inside the deck. A path
 * comes from the user's disk, a zip's directory or GitHub's tree: none of them is trusted.
 */

const BANK = /\.(md|mdx|markdown)$/i;
const HOUSEKEEPING = /^(license|licence|copying|contributing|changelog|history|code_of_conduct|code-of-conduct|security|support|authors|contributors|source|pull_request_template|issue_template)(\.[a-z]+)?\.(md|mdx|markdown)$/i;
const IGNORED_DIRS = new Set(["node_modules", ".git", ".github", "vendor"]);

/**
 * A posix path relative to the deck root, or null when it is absolute, climbs out with `..`, or
 * holds characters no bank needs (NUL, backslash-escapes on Windows zips are turned into `/`).
 */
export function safePath(raw: string): string | null {
  const path = raw.replace(/\\/g, "/");
  if (path.startsWith("/") || /^[a-z]:/i.test(path) || path.includes("\0")) return null;
  const parts = path.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.length === 0 || parts.some((p) => p === "..")) return null;
  return parts.join("/");
}

export function fileName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** A file the reader takes: a markdown bank, the deck's `_deck.md`, a question's `metadata.json`. */
export function isReadable(path: string): boolean {
  const parts = path.split("/");
  if (parts.some((p) => p.startsWith(".") || IGNORED_DIRS.has(p))) return false;
  const name = fileName(path);
  if (name === "_deck.md" || name === "metadata.json") return true;
  return BANK.test(name) && !HOUSEKEEPING.test(name);
}

export function isMarkdownName(name: string): boolean {
  return BANK.test(name);
}

/**
 * GitHub's "Download ZIP" and most folder drops put everything under one top folder
 * (`repo-main/`): it is the deck's name, not part of its paths.
 */
export function stripCommonFolder(paths: string[]): { prefix: string; strip: (p: string) => string } {
  const first = paths[0]?.split("/")[0];
  const shared = first !== undefined && paths.length > 0 && paths.every((p) => p.startsWith(`${first}/`));
  const prefix = shared ? `${first}/` : "";
  return { prefix, strip: (p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p) };
}
