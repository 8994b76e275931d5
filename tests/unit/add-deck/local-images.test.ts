import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { resolveLocal } from "@/lib/add-deck/local-images";
import { deckReport } from "@/lib/add-deck/report";
import { serveRead } from "@/lib/add-deck/serve-read";
import { readZip } from "@/lib/add-deck/zip";
import { readDeck } from "@/lib/content/read";
import { deckWithAssets } from "@/lib/deck/user-deck-assets";
import { deckToApkg } from "@/lib/import/export-apkg";
import { loadSql } from "../import/anki-fixtures";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const BANK = [
  "# Diagrams",
  "",
  "## What does the request cycle look like?",
  "",
  "![the cycle](../img/cycle.png) and ![missing](nowhere.png) and ![remote](https://example.com/x.png)",
  "",
].join("\n");

async function read(zip: Uint8Array) {
  const collected = readZip("bank-main.zip", zip);
  // As the page gets it: through the worker's answer (which turns remote pictures into links).
  const done = await serveRead({ type: "read", id: 1, input: { slug: "u-bank", title: collected.title, files: collected.files, hints: {} } }, (input) => readDeck(input), () => 0);
  if (done?.type !== "done") throw new Error("the reader failed");
  return deckReport(done, collected.images);
}

describe("a zip bank's own pictures", () => {
  it("resolves relative paths inside the bank only", () => {
    expect(resolveLocal("../img/a.png", "docs/q.md")).toBe("img/a.png");
    expect(resolveLocal("./a%20b.png?x=1", "q.md")).toBe("a b.png");
    expect(resolveLocal("../../a.png", "docs/q.md")).toBeNull();
    expect(resolveLocal("https://example.com/a.png", "q.md")).toBeNull();
    expect(resolveLocal("data:image/png;base64,AA", "q.md")).toBeNull();
    expect(resolveLocal("/a.png", "q.md")).toBeNull();
  });

  it("keeps a picture the cards show, keyed by its bank path, and shows it as a data: URL", async () => {
    const report = await read(zipSync({ "bank-main/docs/q.md": strToU8(BANK), "bank-main/img/cycle.png": PNG, "bank-main/img/unused.png": PNG }));
    expect(Object.keys(report.assets)).toEqual(["img/cycle.png"]);
    expect(report.picturesDropped).toEqual(["docs/nowhere.png"]);
    const card = report.deck!.topics[0]!.cards[0]!;
    const html = `${card.promptHtml}${card.answerHtml ?? ""}`;
    expect(html).toContain('src="img/cycle.png"');
    expect(html).not.toContain('<img src="https://'); // remote: a link, never an <img>
    const shown = deckWithAssets(report.deck!, report.assets).topics[0]!.cards[0]!;
    expect(`${shown.promptHtml}${shown.answerHtml ?? ""}`).toContain(`src="data:image/png;base64,${btoa(String.fromCharCode(...PNG))}"`);
  });

  it("goes into an Anki package as flat media names, in the fields and the media map", async () => {
    const report = await read(zipSync({ "bank-main/docs/q.md": strToU8(BANK), "bank-main/img/cycle.png": PNG }));
    const files = unzipSync(await deckToApkg(report.deck!, await loadSql(), Date.UTC(2026, 0, 1), report.assets));
    expect(JSON.parse(new TextDecoder().decode(files.media))).toEqual({ "0": "img_cycle.png" });
    expect(files["0"]).toEqual(PNG);
    const SQL = await loadSql();
    const db = new SQL.Database(files["collection.anki2"]);
    const flds = String(db.exec("SELECT flds FROM notes")[0]!.values[0]![0]);
    db.close();
    expect(flds).toContain('src="img_cycle.png"');
  });
});

describe("pictures as shown", () => {
  it("names a picture without alt text after its file", async () => {
    const { cardWithAssets } = await import("@/lib/deck/user-deck-assets");
    const card = { id: "u-a/t/q", deckSlug: "u-a", topicSlug: "t", prompt: "Q", promptHtml: "Q", frontHtml: '<p>Q<img src="media/cat.png"></p>', answerHtml: null, hasAnswer: false, keyPoints: [], tags: [], links: [], file: "a", line: 1 };
    const shown = cardWithAssets(card, { "media/cat.png": "data:image/png;base64,AA" });
    expect(shown.frontHtml).toBe('<p>Q<img alt="cat.png" src="data:image/png;base64,AA"></p>');
  });
});
