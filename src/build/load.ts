import "server-only";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { type Bank, ContentError, type ContentProblem, type Deck, type LocatedId, readDeck } from "@/lib/content";
import { slugWithHash } from "@/lib/content/ids";
import { slugify } from "@/lib/content/text";
import { deckFiles } from "./files";
import { shikiHighlighter } from "./highlight";
import { checkVanished } from "./ids-file";

export interface LoadOptions {
  /** Folder holding one sub-folder per deck. @default $PREPDECK_CONTENT_DIR or "<cwd>/content" */
  dir?: string;
  /** Path shown in messages for `dir`. @default "content" (or $PREPDECK_CONTENT_DIR when that is read) */
  displayDir?: string;
  /** Read these deck folders only (the bank doctor). @default every folder under `dir` */
  deckDirs?: string[];
}

/** Loads every deck under `content/` (or `dir`) with the pure reader, validated. Throws ContentError naming file and line. */
export async function loadBankFrom(options: LoadOptions = {}): Promise<Bank> {
  const dir = options.dir ?? process.env.PREPDECK_CONTENT_DIR ?? path.join(process.cwd(), "content");
  const displayDir = options.displayDir ?? (options.dir ? "content" : (process.env.PREPDECK_CONTENT_DIR ?? "content"));
  const problems: ContentProblem[] = [];
  const warnings: string[] = [];
  const decks: Deck[] = [];
  const located: LocatedId[] = [];
  const names =
    options.deckDirs ??
    readdirSync(dir)
      .filter((n) => !n.startsWith(".") && !n.startsWith("_") && n !== "node_modules" && statSync(path.join(dir, n)).isDirectory())
      .sort();
  const highlight = await shikiHighlighter();
  for (const name of names) {
    const read = await readDeck({
      slug: slugify(name) || slugWithHash(name, 40),
      title: name,
      files: deckFiles(path.join(dir, name)),
      displayPrefix: `${displayDir}/${name}`,
      highlight,
    });
    problems.push(...read.problems);
    warnings.push(...read.warnings);
    located.push(...read.located);
    if (read.deck) decks.push(read.deck);
  }
  if (names.length === 0) {
    problems.push({ file: displayDir, line: 1, message: "there are no decks", fix: `make a folder in ${displayDir}/ (its name is the deck's) and put a question bank (.md) in it` });
  }
  checkVanished(dir, displayDir, new Set(located.map((l) => l.id)), problems);
  if (problems.length > 0) throw new ContentError(problems);
  return { decks: decks.sort((a, b) => a.title.localeCompare(b.title)), warnings: [...new Set(warnings)] };
}
