import "server-only";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { BankFile } from "@/lib/content";

/** What the reader may need from a deck folder: its markdown, `_deck.md` and question metadata (.json). */
const WANTED = /\.(mdx?|markdown|json)$/i;

/** Every file of a deck folder the reader reads, with its posix path relative to the folder. */
export function deckFiles(deckDir: string): BankFile[] {
  const walk = (dir: string): BankFile[] =>
    readdirSync(dir)
      .filter((name) => !name.startsWith(".") && name !== "node_modules")
      .flatMap((name) => {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) return walk(full);
        if (!WANTED.test(name)) return [];
        return [{ path: path.relative(deckDir, full).split(path.sep).join("/"), text: readFileSync(full, "utf8") }];
      });
  return walk(deckDir);
}
