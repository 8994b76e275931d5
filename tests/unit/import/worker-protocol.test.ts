import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { handleRequest } from "@/lib/import/handle";
import { packReviews, unpackReviews } from "@/lib/import/packed-reviews";
import { responseSchema } from "@/lib/import/protocol";
import { SQL_JS_VERSION } from "@/lib/import/wasm";
import { fixture, loadSql } from "./anki-fixtures";

describe("import worker protocol", () => {
  it("answers an Anki request with a response the page's schema accepts", async () => {
    const res = await handleRequest({ type: "anki", id: 7, bytes: fixture("history.colpkg"), fileName: "h.colpkg", slug: "u-h", topicsFrom: "deck", withReviews: true }, loadSql);
    const checked = responseSchema.parse(res);
    expect(checked).toMatchObject({ ok: true, id: 7, result: { kind: "anki", layout: "anki21" } });
  });

  it("answers a table request with the guessed mapping and the first rows", async () => {
    const res = responseSchema.parse(await handleRequest({ type: "table", id: 1, text: "term\tdef\nA\tB\n", fileName: "p.txt", slug: "u-p", title: "P", options: { fieldSeparator: "\t", rowSeparator: "\n", quotes: false }, mapping: null }, loadSql));
    expect(res.ok && res.result.kind === "table" ? res.result.head : null).toEqual([["term", "def"], ["A", "B"]]);
  });

  it("reports a mapping with no questions beside the mapping, not as a failure", async () => {
    const res = await handleRequest({ type: "table", id: 2, text: ",x\n,y\n", fileName: "p.csv", slug: "u-p", title: "P", options: { fieldSeparator: ",", rowSeparator: "", quotes: true }, mapping: { question: 0, answer: 1, topic: null, tags: null, header: false, format: "markdown" } }, loadSql);
    expect(res.ok && res.result.kind === "table" ? res.result.problem : null).toMatch(/question column/);
  });

  it("refuses a malformed request and turns importer errors into messages", async () => {
    expect(await handleRequest({ type: "anki", id: 3 }, loadSql)).toMatchObject({ ok: false });
    const bad = await handleRequest({ type: "anki", id: 4, bytes: new Uint8Array([1, 2, 3]), fileName: "x.apkg", slug: "u-x", topicsFrom: "deck", withReviews: true }, loadSql);
    expect(bad).toMatchObject({ ok: false, id: 4, message: expect.stringMatching(/not an Anki package/) });
  });

  it("the page refuses an answer whose deck or reviews are malformed", async () => {
    const res = await handleRequest({ type: "anki", id: 8, bytes: fixture("history.colpkg"), fileName: "h.colpkg", slug: "u-h", topicsFrom: "deck", withReviews: true }, loadSql);
    if (!res.ok || res.result.kind !== "anki" || !res.result.reviews) throw new Error("expected an Anki result");
    const badCard = { ...res, result: { ...res.result, deck: { ...res.result.deck, topics: [{ ...res.result.deck.topics[0], cards: [{ id: 1 }] }] } } };
    const badReview = { ...res, result: { ...res.result, reviews: { ...res.result.reviews, packed: { ...packReviews([{ id: "x", cardId: "y", at: 1, rating: 3, mode: "due" }]), rating: new Uint8Array([5]) } } } };
    expect(responseSchema.safeParse(badCard).success).toBe(false);
    expect(responseSchema.safeParse(badReview).success).toBe(false);
  });

  it("packs a history in columns that unpack to the same reviews", async () => {
    const { importAnki } = await import("@/lib/import/anki");
    const reviews = importAnki(fixture("history.colpkg"), await loadSql(), { slug: "u-h", fileName: "h.colpkg", topicsFrom: "deck", withReviews: true }).reviews!.reviews;
    expect(reviews.length).toBe(7);
    const res = await handleRequest({ type: "anki", id: 9, bytes: fixture("history.colpkg"), fileName: "h.colpkg", slug: "u-h", topicsFrom: "deck", withReviews: true }, loadSql);
    const checked = responseSchema.parse(res);
    if (!checked.ok || checked.result.kind !== "anki" || !checked.result.reviews) throw new Error("expected reviews");
    expect(unpackReviews(checked.result.reviews.packed)).toEqual(reviews);
  });

  it("serves the wasm of the installed sql.js", () => {
    expect(JSON.parse(readFileSync("node_modules/sql.js/package.json", "utf8")).version).toBe(SQL_JS_VERSION);
  });
});
