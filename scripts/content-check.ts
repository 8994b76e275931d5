/**
 * The bank doctor: what the loader makes of a bank, without building the site.
 *
 *   npm run content:check -- <file-or-folder> [--json | --summary]
 *
 * `--summary` prints the counts and the notes only: the build runs it first (npm's prebuild), so
 * the notes are printed once per build rather than once per build worker.
 * A file is read as a one-file deck; a folder holding .md/.mdx files as a deck; a folder of deck
 * folders (like content/) as a whole bank. Exits 0 when the bank loads, 1 when it fails.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ContentError, formatProblem, formatWarnings } from "../src/lib/content/errors";
import { loadBankFrom } from "../src/build/load";
import type { Bank } from "../src/lib/content/models";

const args = process.argv.slice(2);
const json = args.includes("--json");
const summary = args.includes("--summary");
const target = args.find((a) => !a.startsWith("--"));

if (!target || !existsSync(target)) {
  console.error(target ? `No such file or folder: ${target}` : "Usage: npm run content:check -- <file-or-folder> [--json]");
  process.exit(2);
}

const short = (text: string, max = 72) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Where the loader should look: a content folder and the deck folders in it. */
function layout(p: string): { dir: string; decks?: string[]; cleanup?: () => void; display: string } {
  const full = path.resolve(p);
  if (statSync(full).isFile()) {
    const tmp = mkdtempSync(path.join(tmpdir(), "prepdeck-check-"));
    const deck = path.basename(path.dirname(full)) || "bank";
    cpSync(full, path.join(tmp, deck, path.basename(full)));
    return { dir: tmp, decks: [deck], cleanup: () => rmSync(tmp, { recursive: true, force: true }), display: path.dirname(path.dirname(p)) || "." };
  }
  // A content folder (decks inside) has its ids.json or is called content/; any other folder is one deck.
  if (!existsSync(path.join(full, "ids.json")) && path.basename(full) !== "content") {
    return { dir: path.dirname(full), decks: [path.basename(full)], display: path.dirname(p) || "." };
  }
  return { dir: full, display: p.replace(/\/$/, "") };
}

function asJson(bank: Bank | null, warnings: string[], errors: string[]) {
  return {
    decks: (bank?.decks ?? []).map((d) => ({
      slug: d.slug,
      title: d.title,
      topics: d.topics.map((t) => ({
        slug: t.slug,
        title: t.title,
        cards: t.cards.map((c) => ({ id: c.id, prompt: c.prompt, hasAnswer: c.hasAnswer })),
      })),
    })),
    warnings,
    errors,
  };
}

const where = layout(target);
let bank: Bank | null = null;
let errors: string[] = [];
try {
  bank = await loadBankFrom({ dir: where.dir, displayDir: where.display, deckDirs: where.decks });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  errors = error.problems.map(formatProblem);
} finally {
  where.cleanup?.();
}
const warnings = bank?.warnings ?? [];

if (json) {
  console.log(JSON.stringify(asJson(bank, warnings, errors), null, 2));
} else {
  for (const d of bank?.decks ?? []) {
    const cards = d.topics.flatMap((t) => t.cards);
    console.log(`${summary ? "" : "\n"}${d.title} (${d.slug}): ${d.topics.length} topic${d.topics.length === 1 ? "" : "s"}, ${cards.length} questions, ${cards.filter((c) => c.hasAnswer).length} with answers`);
    if (summary) continue;
    for (const t of d.topics) {
      console.log(`\n  ${t.title} (${t.cards.length})`);
      for (const c of t.cards) console.log(`    ${c.hasAnswer ? "✓" : "·"} ${short(c.prompt)}`);
    }
  }
  if (warnings.length) console.log(`\nNotes (${warnings.length}): what was skipped or guessed; none stops the bank from loading\n${formatWarnings(warnings)}`);
  if (errors.length) console.error(`\nThe bank cannot be loaded (${errors.length} problem${errors.length === 1 ? "" : "s"}):\n${errors.slice(0, 20).join("\n")}${errors.length > 20 ? `\n…and ${errors.length - 20} more` : ""}`);
  else if (!summary) console.log("\n✓ the bank loads (✓ = has an answer, · = question only)");
}
process.exit(errors.length ? 1 : 0);
