/**
 * Writes two Anki packages with our exporter, the way Settings makes them, for
 * scripts/check-apkg-with-anki.py to open:
 *
 *   npx tsx --conditions=react-server scripts/export-apkg-samples.ts [out-dir]   (default /tmp/prepdeck-apkg)
 *
 * - django.apkg: the built-in Django deck, rebuilt from its /data payloads by the import worker's
 *   handler (a "built-in" export request, as the Settings button sends it);
 * - added.apkg: a deck added from a folder (two markdown files, a code block, a nested picture path,
 *   a file name Anki would rename, a Windows device name), with its pictures, exported as a
 *   "deck" request with its assets.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import initSqlJs from "sql.js";
import { loadBankFrom } from "../src/build/load";
import { linkLocalImages } from "../src/lib/add-deck/local-images";
import { readDeck } from "../src/lib/content";
import type { Deck } from "../src/lib/content/models";
import { answerDataUrl, answerPayload, topicDataUrl, topicPayload } from "../src/lib/deck/payload";
import { createImportSession } from "../src/lib/import/handle";
import { type ImportRequest, responseSchema } from "../src/lib/import/protocol";

const out = process.argv[2] ?? "/tmp/prepdeck-apkg";
const NOW = Date.now();
const PNG = Uint8Array.from(Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8ffff3f0005fe02fea7d605a10000000049454e44ae426082", "hex"));

/** The /data files the build writes for a deck, served from memory. */
function dataFetcher(deck: Deck) {
  const files = new Map<string, unknown>();
  for (const t of deck.topics) {
    files.set(topicDataUrl(deck.slug, t.slug), JSON.parse(JSON.stringify(topicPayload(deck, t))));
    t.cards.forEach((c, i) => files.set(answerDataUrl(deck.slug, t.slug, i), answerPayload(c)));
  }
  return async (url: string) => ({ ok: files.has(url), status: files.has(url) ? 200 : 404, json: async () => files.get(url) });
}

async function exportWith(deck: Deck, source: Extract<ImportRequest, { type: "export" }>["source"]): Promise<Uint8Array> {
  const session = createImportSession({ loadSql: () => initSqlJs(), fetcher: dataFetcher(deck) });
  const res = responseSchema.parse(await session({ type: "export", id: 1, format: "apkg", source, now: NOW }));
  if (!res.ok || res.result.kind !== "export") throw new Error(res.ok ? res.result.kind : res.message);
  return res.result.bytes;
}

const ADDED = [
  {
    path: "python.md",
    text: [
      "# Python",
      "",
      "## What does this print?",
      "",
      "```python",
      "def f(x=[]):",
      "    x.append(1)",
      "    return x",
      "print(f(), f())  # a <tag> & \"quotes\"",
      "```",
      "",
      "`[1, 1] [1, 1]`: the default list is made once. See ![the diagram](<img/default args.png>).",
      "",
      "## Which logo is this?",
      "",
      "![logo](img/logo:v2.png) Python's.",
      "",
    ].join("\n"),
  },
  { path: "more/windows.md", text: "# Windows\n\n## Which name is reserved?\n\n![con](../CON.png) CON, with `NUL` and `PRN`.\n" },
];

async function main() {
  mkdirSync(out, { recursive: true });
  const django = (await loadBankFrom()).decks.find((d) => d.slug === "django");
  if (!django) throw new Error("no django deck in content/");
  const ref = { slug: django.slug, title: django.title, topics: django.topics.map((t) => ({ slug: t.slug, title: t.title })) };
  writeFileSync(path.join(out, "django.apkg"), await exportWith(django, { kind: "built-in", ref }));

  const read = await readDeck({ slug: "u-sample", title: "Sample added deck", files: ADDED });
  if (!read.deck) throw new Error(`the sample deck did not read: ${JSON.stringify(read.problems)}`);
  const images = new Map(["img/default args.png", "img/logo:v2.png", "CON.png"].map((p) => [p, PNG] as const));
  const { deck, assets, dropped } = linkLocalImages(read.deck, images);
  if (dropped.length) throw new Error(`pictures dropped: ${dropped.join(", ")}`);
  writeFileSync(path.join(out, "added.apkg"), await exportWith(deck, { kind: "deck", deck, assets }));
  console.log(`wrote ${out}/django.apkg (${django.topics.length} topics) and ${out}/added.apkg (${Object.keys(assets).length} pictures)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
