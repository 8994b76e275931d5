import { describe, expect, it } from "vitest";
import type { Deck } from "@/lib/content/models";
import { importAnki } from "@/lib/import/anki";
import { CSV_OPTIONS, parseTable, tableToDeck } from "@/lib/import/csv";
import { deckToApkg } from "@/lib/import/export-apkg";
import { deckToCsv } from "@/lib/import/export-csv";
import { reviewsToCsv } from "@/lib/import/export-progress-csv";
import { fixture, loadSql } from "./anki-fixtures";

const NOW = Date.UTC(2026, 0, 2);

async function sample(): Promise<Deck> {
  return importAnki(fixture("basic.apkg"), await loadSql(), { slug: "u-sample", fileName: "basic.apkg", topicsFrom: "deck", withReviews: false }).deck;
}

const cardsOf = (d: Deck) => d.topics.flatMap((t) => t.cards.map((c) => ({ id: c.id, topic: t.title, prompt: c.prompt, answerHtml: c.answerHtml, tags: c.tags })));

describe("Export", () => {
  it("an exported .apkg reads back as the same cards, topics and ids", async () => {
    const deck = await sample();
    const bytes = await deckToApkg(deck, await loadSql(), NOW);
    const back = importAnki(bytes, await loadSql(), { slug: deck.slug, fileName: "x.apkg", topicsFrom: "deck", withReviews: true });
    expect(back.title).toBe(deck.title);
    expect(cardsOf(back.deck)).toEqual(cardsOf(deck));
    expect(back.reviews?.reviews).toEqual([]);
  });

  it("an exported CSV reads back (HTML columns) as the same cards and ids", async () => {
    const deck = await sample();
    const table = parseTable(deckToCsv(deck), CSV_OPTIONS);
    const back = tableToDeck(table, { question: 0, answer: 1, topic: 2, tags: 3, header: true, format: "html" }, { slug: deck.slug, title: deck.title, source: "x.csv" });
    expect(cardsOf(back.deck).map(({ id, topic, prompt }) => ({ id, topic, prompt }))).toEqual(cardsOf(deck).map(({ id, topic, prompt }) => ({ id, topic, prompt })));
  });

  it("progress CSV has one row per review with the grade word and days since the card's last review", () => {
    const csv = reviewsToCsv(
      [
        { id: "a", cardId: "d/t/q", rating: 3, at: NOW, mode: "due" },
        { id: "b", cardId: "d/t/q", rating: 1, at: NOW + 86_400_000 * 1.5, mode: "due" },
      ],
      new Map([["d/t/q", 'Say "hi", please']]),
    );
    expect(csv.split("\r\n")).toEqual([
      "card id,prompt,time,grade,interval (days)",
      'd/t/q,"Say ""hi"", please",2026-01-02T00:00:00.000Z,Good,',
      'd/t/q,"Say ""hi"", please",2026-01-03T12:00:00.000Z,Again,1.50',
    ]);
  });
});
