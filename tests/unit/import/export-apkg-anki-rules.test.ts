import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import type { Card, Deck } from "@/lib/content/models";
import { ankiMediaName, deckNames } from "@/lib/import/anki-names";
import { stripHtmlMedia } from "@/lib/import/anki-checksum";
import { deckToApkg } from "@/lib/import/export-apkg";
import { loadSql } from "./anki-fixtures";

/*
 * What Anki itself does to a note, a media name or a deck name on import (rslib notes/mod.rs,
 * text.rs, media/files.rs, the unicase decks table), checked on our .apkg: anything Anki would
 * change is something our export got wrong (a broken picture, a note that fails to import, a
 * checksum "Check Database" rewrites).
 */

const NOW = Date.UTC(2026, 0, 2);
const PNG = "data:image/png;base64,iVBORw0KGgo=";

function card(id: string, promptHtml: string, answerHtml: string, tags: string[] = []): Card {
  return {
    id, deckSlug: "u-t", topicSlug: "t", prompt: promptHtml.replace(/<[^>]*>/g, ""), promptHtml, frontHtml: null,
    answerHtml, hasAnswer: true, keyPoints: [], tags, links: [], file: "t.md", line: 1,
  };
}

function deck(topics: { title: string; cards: Card[] }[]): Deck {
  return { slug: "u-t", title: "Test", topics: topics.map((t, i) => ({ slug: `t${i}`, title: t.title, order: i, cards: t.cards })) };
}

async function open(d: Deck, assets: Record<string, string> = {}) {
  const files = unzipSync(await deckToApkg(d, await loadSql(), NOW, assets));
  const db = new (await loadSql()).Database(files["collection.anki2"]!);
  const notes = db.exec("SELECT flds, sfld, csum, tags FROM notes ORDER BY id")[0]!.values.map(([flds, sfld, csum, tags]) => ({
    fields: String(flds).split("\x1f"), sfld: String(sfld), csum: Number(csum), tags: String(tags),
  }));
  const deckJson = JSON.parse(String(db.exec("SELECT decks FROM col")[0]!.values[0]![0])) as Record<string, { name: string }>;
  db.close();
  const media = JSON.parse(new TextDecoder().decode(files.media)) as Record<string, string>;
  return { notes, decks: Object.values(deckJson).map((x) => x.name), media, files };
}

const sha1csum = (text: string) => parseInt(createHash("sha1").update(text).digest("hex").slice(0, 8), 16);

describe("an exported .apkg as Anki keeps it", () => {
  it("keeps two fields per note when a card's text holds control characters (Anki strips all but \\n and \\t)", async () => {
    const { notes } = await open(deck([{ title: "T", cards: [card("u-t/t/a", "Split\x1fhere?", "<pre><code>a\r\nb\tc\x07</code></pre>")] }]));
    expect(notes[0]!.fields).toEqual(["Splithere?", "<pre><code>a\nb\tc</code></pre>"]);
    expect(notes[0]!.csum).toBe(sha1csum("Splithere?"));
  });

  it("stores fields in NFC, so the checksum is the one Anki computes", async () => {
    const { notes } = await open(deck([{ title: "T", cards: [card("u-t/t/a", "Cafe\u0301?", "ok")] }]));
    expect(notes[0]!.fields[0]).toBe("Caf\u00e9?");
    expect(notes[0]!.csum).toBe(sha1csum("Caf\u00e9?"));
  });

  it("strips the sort field as Anki does: media tags keep their file name, decoded no-break spaces become spaces", () => {
    expect(stripHtmlMedia('Play <audio controls src="a.mp3"></audio> and <img alt="x" src=b.png>')).toBe("Play  a.mp3  and  b.png ");
    expect(stripHtmlMedia("Q&#x26;A\u00a0now")).toBe("Q&A now");
    // Without an "&", Anki decodes nothing and leaves a no-break space alone.
    expect(stripHtmlMedia("<b>A</b>\u00a0B")).toBe("A\u00a0B");
  });

  it("names media files as Anki would keep them, and the fields point at those names", async () => {
    const assets = { "img/a:b?.png": PNG, "CON.png": PNG, "img/a_b.png": PNG, "img_a_b.png": PNG };
    const html = Object.keys(assets).map((k) => `<img src="${k}">`).join("");
    const { notes, media, files } = await open(deck([{ title: "T", cards: [card("u-t/t/a", "Which?", html)] }]), assets);
    const names = Object.values(media);
    expect(new Set(names).size).toBe(4);
    for (const name of names) {
      expect(ankiMediaName(name)).toBe(name);
      expect(notes[0]!.fields[1]).toContain(`src="${name}"`);
    }
    expect(names).toEqual(expect.arrayContaining(["img_ab.png", "CON_.png", "img_a_b.png"]));
    for (const k of Object.keys(media)) expect(files[k]).toBeDefined();
  });

  it("normalises media names by Anki's rules", () => {
    expect(ankiMediaName('con.jpg[]><:"/?*^\\|\x00\r\n')).toBe("con_.jpg");
    expect(ankiMediaName("test.")).toBe("test._");
    expect(ankiMediaName("test ")).toBe("test _");
    expect(ankiMediaName(`${"x".repeat(240)}.jpg`)).toBe(`${"x".repeat(115)}.jpg`);
    expect(ankiMediaName("e\u0301\u00a0.png")).toBe("\u00e9 .png");
  });

  it("gives topics whose titles differ only in case their own subdecks", async () => {
    const { decks } = await open(deck([{ title: "Intro", cards: [card("u-t/t/a", "A?", "a")] }, { title: "intro", cards: [card("u-t/t/b", "B?", "b")] }]));
    expect(decks).toEqual(expect.arrayContaining(["Test", "Test::Intro", "Test::intro (2)"]));
    expect(deckNames(" A::B ", ["x::y", "  "])).toEqual({ root: "A:B", topics: ["A:B::x:y", "A:B::blank"] });
  });

  it("writes tags without spaces, quotes or control characters", async () => {
    const { notes } = await open(deck([{ title: "T", cards: [card("u-t/t/a", "A?", "a", ['say "hi"', "two words", "\x01x"])] }]));
    expect(notes[0]!.tags).toBe(" say_hi two_words x ");
  });
});
