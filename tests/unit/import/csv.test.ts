import { describe, expect, it } from "vitest";
import { CSV_OPTIONS, decodeText, guessMapping, parseTable, QUIZLET_OPTIONS, tableToDeck } from "@/lib/import/csv";
import { ImportError } from "@/lib/import/errors";
import { csvFixture } from "./anki-fixtures";

const meta = { slug: "u-csv", title: "CSV", source: "cards.csv" };
const text = (name: string) => decodeText(csvFixture(name));

describe("CSV / TSV / Quizlet import", () => {
  it("reads quoted fields with commas, quotes and newlines, and maps named columns from the header", () => {
    const table = parseTable(text("quoted.csv"), CSV_OPTIONS);
    const mapping = guessMapping(table);
    expect(mapping).toMatchObject({ question: 0, answer: 1, topic: 2, tags: 3, header: true });
    const result = tableToDeck(table, mapping, meta);
    expect(result.deck.topics.map((t) => t.title)).toEqual(["JavaScript", "Databases"]);
    const [closure, commas] = result.deck.topics[0]!.cards;
    expect(closure?.prompt).toBe('What is a "closure"?');
    expect(closure?.answerHtml).toContain("<pre><code class=\"language-js\">");
    expect(closure?.tags).toEqual(["js", "functions"]);
    expect(commas?.prompt).toBe("Commas, in a question?");
    expect(result.skipped).toBe(1);
  });

  it("reads Quizlet's tab-separated export, quotes as plain text", () => {
    const table = parseTable(text("quizlet.txt"), QUIZLET_OPTIONS);
    const result = tableToDeck(table, guessMapping(table), meta);
    const cards = result.deck.topics[0]!.cards;
    expect(cards.map((c) => c.prompt)).toEqual(["GIL", "idempotent", "REST"]);
    expect(cards[1]?.answerHtml).toContain("“twice”".replace(/[“”]/g, '"'));
  });

  it("reads Quizlet text with custom field and row separators", () => {
    const table = parseTable(text("quizlet-custom.txt"), { fieldSeparator: " - ", rowSeparator: ";", quotes: false });
    expect(table.rows).toEqual([["GIL", "one thread at a time"], ["idempotent", "same result twice"], ["REST", "state transfer"]]);
  });

  it("detects tabs in a TSV and names the header columns front/back", () => {
    const table = parseTable(text("cards.tsv"), CSV_OPTIONS);
    expect(guessMapping(table)).toMatchObject({ question: 0, answer: 1, header: true });
    expect(tableToDeck(table, guessMapping(table), meta).deck.topics[0]?.cards).toHaveLength(2);
  });

  it("counts ragged rows", () => {
    const table = parseTable("a,b\nc\nd,e,f\n", CSV_OPTIONS);
    expect(table.ragged).toBe(2);
  });

  it("keeps card ids on a second import of the same rows", () => {
    const once = tableToDeck(parseTable(text("quoted.csv"), CSV_OPTIONS), guessMapping(parseTable(text("quoted.csv"), CSV_OPTIONS)), meta);
    const twice = tableToDeck(parseTable(text("quoted.csv"), CSV_OPTIONS), guessMapping(parseTable(text("quoted.csv"), CSV_OPTIONS)), meta);
    expect(twice.deck).toEqual(once.deck);
  });

  it("sanitizes HTML cells with the answers' schema", () => {
    const table = parseTable('q,a\n"<img src=x onerror=alert(1)>Q?","<script>x</script><b>ok</b>"\n', CSV_OPTIONS);
    const result = tableToDeck(table, { ...guessMapping(table), question: 0, answer: 1, header: true, format: "html" }, meta);
    const json = JSON.stringify(result.deck);
    expect(json).not.toMatch(/onerror|<script/);
    expect(result.deck.topics[0]?.cards[0]?.answerHtml).toBe("<b>ok</b>");
  });

  it("refuses a file that is not UTF-8, saying how to save it", () => {
    expect(() => decodeText(csvFixture("latin1.csv"))).toThrow(/UTF-8/);
  });

  it("refuses a mapping whose question column is empty", () => {
    const table = parseTable(",a\n,b\n", CSV_OPTIONS);
    expect(() => tableToDeck(table, { question: 0, answer: 1, topic: null, tags: null, header: false, format: "markdown" }, meta)).toThrow(ImportError);
  });
});
