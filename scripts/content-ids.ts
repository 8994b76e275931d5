/**
 * Writes content/ids.json: every card id the bank produces, plus the ids already retired.
 * Run after adding questions (`npm run content:ids`); the build fails if a listed id vanishes.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { loadBankFrom } from "../src/build/load";

const file = "content/ids.json";
const previous = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { ids?: string[]; retired?: string[] }) : {};
const bank = await loadBankFrom();
const ids = bank.decks.flatMap((d) => d.topics.flatMap((t) => t.cards.map((c) => c.id)));
const added = ids.filter((id) => !(previous.ids ?? []).includes(id));
writeFileSync(file, `${JSON.stringify({ ids, retired: previous.retired ?? [] }, null, 2)}\n`);
console.log(`${file}: ${ids.length} ids (${added.length} new)`);
