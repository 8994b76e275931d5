import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createImportSession } from "@/lib/import/handle";
import { responseSchema } from "@/lib/import/protocol";
import { SQL_JS_VERSION } from "@/lib/import/wasm";
import { fixture, loadSql } from "./anki-fixtures";

const anki = (id: number) => ({ type: "anki", id, bytes: fixture("history.colpkg"), fileName: "h.colpkg", slug: "u-h", topicsFrom: "deck", withReviews: true });
const tsv = { fieldSeparator: "\t", rowSeparator: "\n", quotes: false };
const table = (id: number, rest: Record<string, unknown>) => ({ type: "table", id, fileName: "p.txt", slug: "u-p", title: "P", options: tsv, mapping: null, ...rest });

describe("import worker protocol: previews", () => {
  it("answers an Anki request with a preview, not the deck", async () => {
    const handle = createImportSession({ loadSql });
    const checked = responseSchema.parse(await handle(anki(7)));
    if (!checked.ok || checked.result.kind !== "anki") throw new Error("expected an Anki preview");
    const { result } = checked;
    expect(result).toMatchObject({ key: 7, layout: "anki21", preview: { cards: 9 }, reviews: { count: 7 } });
    expect(result.preview.topics.map((t) => t.cards)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(result.preview.topics.reduce((n, t) => n + t.cards, 0)).toBe(9);
    expect(result.preview.sample).toHaveLength(5);
    expect(result.preview.sample[0]!.id.startsWith("u-h/")).toBe(true);
    expect(result.reviews!.skipped.manual + result.reviews!.skipped.filtered + result.reviews!.skipped.rescheduled).toBe(3);
    expect(JSON.stringify(result)).not.toContain('"deck"');
  });

  it("reads a chosen file itself (the page sends the File, not its bytes) to the same preview", async () => {
    const fromBytes = responseSchema.parse(await createImportSession({ loadSql })(anki(2)));
    const file = new File([new Uint8Array(fixture("history.colpkg"))], "h.colpkg");
    const fromFile = responseSchema.parse(await createImportSession({ loadSql })({ ...anki(2), bytes: file }));
    expect(fromFile).toEqual(fromBytes);
    const text = new Blob(["Q1\tA1\nQ2\tA2\n"]);
    const res = responseSchema.parse(await createImportSession({ loadSql })(table(3, { bytes: text })));
    expect(res.ok && res.result.kind === "table" ? res.result.rows : "no").toBe(2);
  });

  it("says cards only when the history is left out", async () => {
    const res = responseSchema.parse(await createImportSession({ loadSql })({ ...anki(1), withReviews: false }));
    expect(res.ok && res.result.kind === "anki" ? res.result.reviews : "no").toBeNull();
  });

  it("answers a table request with the guessed mapping and the first rows", async () => {
    const res = responseSchema.parse(await createImportSession({ loadSql })(table(1, { text: "term\tdef\nA\tB\n" })));
    expect(res.ok && res.result.kind === "table" ? res.result.head : null).toEqual([["term", "def"], ["A", "B"]]);
  });

  it("maps a kept table again without the text being sent again", async () => {
    const handle = createImportSession({ loadSql });
    const text = "Question\tAnswer\tTopic\nWhat is A?\ta\tOne\nWhat is B?\tb\tTwo\n";
    const mapping = { question: 0, answer: 1, topic: 2, tags: null, header: true, format: "markdown" };
    const first = responseSchema.parse(await handle(table(1, { text, mapping })));
    expect(first.ok && first.result.kind === "table" ? first.result.preview?.topics.length : null).toBe(2);
    const again = responseSchema.parse(await handle(table(2, { from: 1, mapping: { ...mapping, topic: null } })));
    if (!again.ok || again.result.kind !== "table") throw new Error("expected a table answer");
    expect(again.result).toMatchObject({ key: 2, rows: 3, preview: { cards: 2, topics: [{ cards: 2 }] } });
    expect(again.result.preview?.sample.map((c) => c.prompt)).toEqual(["What is A?", "What is B?"]);
  });

  it("asks for the file again when a kept table is gone", async () => {
    const res = await createImportSession({ loadSql })(table(5, { from: 99 }));
    expect(res).toMatchObject({ ok: false, id: 5, message: expect.stringMatching(/Choose it again/) });
  });

  it("reports a mapping with no questions beside the mapping, not as a failure", async () => {
    const res = await createImportSession({ loadSql })(
      table(2, { text: ",x\n,y\n", fileName: "p.csv", options: { fieldSeparator: ",", rowSeparator: "", quotes: true }, mapping: { question: 0, answer: 1, topic: null, tags: null, header: false, format: "markdown" } }),
    );
    expect(res.ok && res.result.kind === "table" ? res.result.problem : null).toMatch(/question column/);
    expect(res.ok && res.result.kind === "table" ? res.result.preview : "no").toBeNull();
  });

  it("refuses a malformed request and turns importer errors into messages", async () => {
    const handle = createImportSession({ loadSql });
    expect(await handle({ type: "anki", id: 3 })).toMatchObject({ ok: false });
    const bad = await handle({ ...anki(4), bytes: new Uint8Array([1, 2, 3]), fileName: "x.apkg" });
    expect(bad).toMatchObject({ ok: false, id: 4, message: expect.stringMatching(/not an Anki package/) });
  });

  it("the page refuses a preview whose sample cards or counts are malformed", async () => {
    const res = await createImportSession({ loadSql })(anki(8));
    if (!res.ok || res.result.kind !== "anki") throw new Error("expected an Anki result");
    const { preview } = res.result;
    const badCard = { ...res, result: { ...res.result, preview: { ...preview, sample: [{ id: 1 }] } } };
    const badCount = { ...res, result: { ...res.result, preview: { ...preview, cards: -1 } } };
    const tooMany = { ...res, result: { ...res.result, preview: { ...preview, sample: Array.from({ length: 50 }, () => preview.sample[0]) } } };
    expect(responseSchema.safeParse(res).success).toBe(true);
    expect(responseSchema.safeParse(badCard).success).toBe(false);
    expect(responseSchema.safeParse(badCount).success).toBe(false);
    expect(responseSchema.safeParse(tooMany).success).toBe(false);
  });

  it("serves the wasm of the installed sql.js", () => {
    expect(JSON.parse(readFileSync("node_modules/sql.js/package.json", "utf8")).version).toBe(SQL_JS_VERSION);
  });
});
