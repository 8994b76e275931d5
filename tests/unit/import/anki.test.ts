import { describe, expect, it } from "vitest";
import { type AnkiOptions, importAnki } from "@/lib/import/anki";
import { ImportError } from "@/lib/import/errors";
import { fixture, loadSql } from "./anki-fixtures";

const options: AnkiOptions = { slug: "u-anki", fileName: "basic.apkg", topicsFrom: "deck", withReviews: true };

async function run(name: string, extra: Partial<typeof options> = {}) {
  return importAnki(fixture(name), await loadSql(), { ...options, fileName: name, ...extra });
}

function allCards(deck: { topics: { cards: { prompt: string; answerHtml: string | null; frontHtml: string | null; id: string }[] }[] }) {
  return deck.topics.flatMap((t) => t.cards);
}

describe("Anki import", () => {
  for (const name of ["basic.apkg", "history.colpkg", "current.apkg"]) {
    it(`reads every card of ${name}: basic, both sides of reversed, one per cloze, other types by first field`, async () => {
      const result = await run(name);
      const prompts = allCards(result.deck).map((c) => c.prompt);
      expect(result.title).toBe("Interview");
      expect(result.deck.topics.map((t) => t.title)).toEqual(["Python", "SQL"]);
      expect(prompts).toContain("What is the GIL?");
      expect(prompts).toContain("INNER JOIN");
      expect(prompts).toContain("Rows that match in both tables");
      expect(prompts).toContain("A [%] is unique; a foreign key points to one.".replace("[%]", "[…]"));
      expect(prompts).toContain("A primary key is unique; a [hint] points to one.");
      expect(prompts).toContain("idempotent");
      expect(result.otherNoteTypes).toEqual(["Vocabulary"]);
      expect(allCards(result.deck)).toHaveLength(9);
    });
  }

  it("sanitizes field HTML: scripts and javascript: links go, safe links stay", async () => {
    const { deck } = await run("basic.apkg");
    const card = allCards(deck).find((c) => c.prompt.startsWith("What is safe HTML"));
    expect(card).toBeDefined();
    expect(JSON.stringify(card)).not.toMatch(/script|javascript:/i);
    expect(card?.answerHtml).toContain('href="https://example.com/x"');
  });

  it("keeps pictures as data: URLs and drops sound with a count", async () => {
    for (const name of ["basic.apkg", "current.apkg"]) {
      const result = await run(name);
      expect(Object.keys(result.assets)).toEqual(["logo.png"]);
      expect(result.assets["logo.png"]).toMatch(/^data:image\/png;base64,iVBOR/);
      expect(result.soundsDropped).toBe(1);
      const pic = allCards(result.deck).find((c) => c.frontHtml?.includes("logo.png"));
      expect(pic?.frontHtml).toContain('src="logo.png"');
    }
  });

  it("turns the review log into reviews: grades 1:1, manual, rescheduled and filtered skipped and counted", async () => {
    const { reviews, deck } = await run("history.colpkg");
    expect(reviews?.reviews).toHaveLength(7);
    expect(reviews?.skipped).toEqual({ manual: 1, filtered: 1, rescheduled: 1, unknownCard: 0 });
    expect(reviews?.first).toBe(1_700_000_000_000);
    const gil = allCards(deck).find((c) => c.prompt === "What is the GIL?");
    expect(reviews?.reviews.filter((r) => r.cardId === gil?.id).map((r) => r.rating)).toEqual([3, 3, 1, 4]);
    expect(reviews?.reviews.every((r) => /^[0-9a-z]+-anki[0-9a-z]{6}$/.test(r.id))).toBe(true);
  });

  it("imports cards only when asked", async () => {
    expect((await run("history.colpkg", { withReviews: false })).reviews).toBeNull();
  });

  it("gives the same card and review ids on a second import", async () => {
    const a = await run("history.colpkg");
    const b = await run("history.colpkg");
    expect(allCards(b.deck).map((c) => c.id)).toEqual(allCards(a.deck).map((c) => c.id));
    expect(b.reviews?.reviews.map((r) => r.id)).toEqual(a.reviews?.reviews.map((r) => r.id));
  });

  it("makes topics from tags when asked", async () => {
    const { deck } = await run("basic.apkg", { topicsFrom: "tags" });
    expect(deck.topics.map((t) => t.title)).toContain("python");
    expect(deck.topics.map((t) => t.title)).toContain("Untagged");
  });

  const bad: [string, Uint8Array | (() => Uint8Array), ImportError["code"]][] = [
    ["an encrypted zip", () => fixture("encrypted.apkg"), "encrypted"],
    ["an unknown collection version", () => fixture("future-version.apkg"), "unknown-version"],
    ["a zip without a collection", () => fixture("no-collection.apkg"), "not-a-package"],
    ["a file that is not a zip", new TextEncoder().encode("question,answer"), "not-a-package"],
    ["a truncated package", () => fixture("history.colpkg").slice(0, 900), "corrupt"],
  ];
  for (const [what, input, code] of bad) {
    it(`refuses ${what} with a plain message`, async () => {
      const bytes = typeof input === "function" ? input() : input;
      const err = await run("x.apkg").then(() => null, () => null); // warm sql.js
      expect(err).toBeNull();
      let caught: unknown = null;
      try {
        importAnki(bytes, await loadSql(), options);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ImportError);
      expect((caught as ImportError).code).toBe(code);
      expect((caught as ImportError).message).toMatch(/\.\s|\.$/);
    });
  }
});
