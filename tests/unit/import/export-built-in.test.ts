import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import { loadBankFrom } from "@/build";
import type { Deck } from "@/lib/content/models";
import { answerDataUrl, answerPayload, topicDataUrl, topicPayload } from "@/lib/deck/payload";
import { importAnki } from "@/lib/import/anki";
import { stripHtmlMedia } from "@/lib/import/anki-checksum";
import { CSV_OPTIONS, parseTable, tableToDeck } from "@/lib/import/csv";
import { createImportSession } from "@/lib/import/handle";
import { responseSchema } from "@/lib/import/protocol";
import { loadSql } from "./anki-fixtures";

/*
 * The built-in deck exported as the Settings buttons do: the worker's handler rebuilds it from the
 * /data files (served here from the real Django deck, as the build writes them) and writes .apkg
 * or CSV, which the importers read back as the same cards. The .apkg's notes carry Anki's own
 * sort field and checksum (SHA-1 computed here with node:crypto, not with our code).
 */

const NOW = Date.UTC(2026, 0, 2);

function dataFetcher(deck: Deck) {
  const files = new Map<string, unknown>();
  for (const t of deck.topics) {
    files.set(topicDataUrl(deck.slug, t.slug), JSON.parse(JSON.stringify(topicPayload(deck, t))));
    t.cards.forEach((c, i) => files.set(answerDataUrl(deck.slug, t.slug, i), answerPayload(c)));
  }
  return async (url: string) => ({ ok: files.has(url), status: files.has(url) ? 200 : 404, json: async () => files.get(url) });
}

async function exportDjango(format: "apkg" | "csv-html" | "csv-markdown", django: Deck): Promise<Uint8Array> {
  const ref = { slug: django.slug, title: django.title, topics: django.topics.map((t) => ({ slug: t.slug, title: t.title })) };
  const res = responseSchema.parse(await createImportSession({ loadSql, fetcher: dataFetcher(django) })({ type: "export", id: 1, format, source: { kind: "built-in", ref }, now: NOW }));
  if (!res.ok || res.result.kind !== "export") throw new Error(res.ok ? res.result.kind : res.message);
  expect(res.result.cards).toBe(65);
  return res.result.bytes;
}

// Ids differ by design: an imported deck is a new (u-) deck with its own ids.
const shape = (d: Deck) => d.topics.flatMap((t) => t.cards.map((c) => ({ topic: t.title, prompt: c.prompt })));

describe("exporting the built-in deck", { timeout: 90_000 }, () => {
  let django: Deck;
  beforeAll(async () => {
    django = (await loadBankFrom()).decks.find((d) => d.slug === "django")!;
  }, 90_000);

  it("writes an .apkg with Anki's sort field and checksum that reads back as the same 65 cards", async () => {
    const bytes = await exportDjango("apkg", django);
    const SQL = await loadSql();
    const db = new SQL.Database(unzipSync(bytes)["collection.anki2"]!);
    const rows = db.exec("SELECT flds, sfld, csum FROM notes ORDER BY id")[0]!.values;
    const decks = JSON.parse(String(db.exec("SELECT decks FROM col")[0]!.values[0]![0])) as Record<string, { name: string }>;
    db.close();
    expect(rows).toHaveLength(65);
    for (const [flds, sfld, csum] of rows) {
      const first = String(flds).split("\x1f")[0]!;
      expect(sfld).toBe(stripHtmlMedia(first));
      expect(csum).toBe(parseInt(createHash("sha1").update(String(sfld)).digest("hex").slice(0, 8), 16));
    }
    expect(Object.values(decks).map((d) => d.name)).toContain(`${django.title}::${django.topics[0]!.title}`);
    const back = importAnki(bytes, SQL, { slug: "u-django", fileName: "django.apkg", topicsFrom: "deck", withReviews: false });
    expect(shape(back.deck)).toEqual(shape(django));
    // Code blocks survive (the answers' <pre>), as Anki would show them.
    expect(back.deck.topics.flatMap((t) => t.cards).filter((c) => c.answerHtml?.includes("<pre")).length).toBeGreaterThan(5);
  });

  it.each(["csv-html", "csv-markdown"] as const)("writes %s that reads back as the same cards", async (format) => {
    const text = new TextDecoder().decode(await exportDjango(format, django));
    const table = parseTable(text, CSV_OPTIONS);
    const mapping = { question: 0, answer: 1, topic: 2, tags: 3, header: true, format: format === "csv-html" ? ("html" as const) : ("markdown" as const) };
    const back = tableToDeck(table, mapping, { slug: "u-django", title: django.title, source: "django.csv" });
    expect(shape(back.deck)).toEqual(shape(django));
    if (format === "csv-markdown") expect(text).toContain("```");
  });

  it("names the missing file when the deck's data cannot be fetched", async () => {
    const ref = { slug: "django", title: "Django", topics: [{ slug: "nope", title: "Nope" }] };
    const res = await createImportSession({ loadSql, fetcher: dataFetcher(django) })({ type: "export", id: 2, format: "apkg", source: { kind: "built-in", ref }, now: NOW });
    expect(res).toMatchObject({ ok: false, message: expect.stringContaining("/data/django/nope.json: HTTP 404") });
  });
});
