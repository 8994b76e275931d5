import { buildIndex, loadIndex, type SearchDoc, searchCards } from "@/lib/search";

const doc = (id: string, prompt: string, answer: string): SearchDoc => ({ id: `d/t/${id}`, prompt, answer, topic: "Topic · Deck", url: `/d/t#${id}` });

const DOCS = [
  doc("orm", "What's the difference between select_related() and prefetch_related()?", "One JOINs, the other runs a second query."),
  doc("mw", "Explain middleware and how to create one.", "A callable wrapping the view."),
  // Mentions middleware many times, but only in its answer.
  doc("life", "What is the request lifecycle?", "middleware middleware middleware middleware runs around the view."),
  doc("auth", "How does authentication work?", "Passwords are hashed with PBKDF2 by default."),
];

describe("search", () => {
  const index = buildIndex(DOCS);

  it("finds a card by a word that is only in its answer", () => {
    expect(searchCards(index, "PBKDF2").map((h) => h.id)).toEqual(["d/t/auth"]);
  });

  it("forgives a typo and a word still being typed", () => {
    expect(searchCards(index, "midleware")[0]?.id).toBe("d/t/mw");
    expect(searchCards(index, "prefet")[0]?.id).toBe("d/t/orm");
    expect(searchCards(index, "authentcation")[0]?.id).toBe("d/t/auth");
  });

  it("ranks every question match before any answer-only match, however often the answer says it", () => {
    const hits = searchCards(index, "middleware");
    expect(hits.map((h) => [h.id, h.inPrompt])).toEqual([
      ["d/t/mw", true],
      ["d/t/life", false],
    ]);
  });

  it("needs every word of a multi-word query", () => {
    expect(searchCards(index, "middleware view").map((h) => h.id).sort()).toEqual(["d/t/life", "d/t/mw"]);
    expect(searchCards(index, "middleware PBKDF2")).toEqual([]);
  });

  it("returns nothing for an empty query, and at most the limit", () => {
    expect(searchCards(index, "   ")).toEqual([]);
    expect(searchCards(index, "the", 1)).toHaveLength(1);
  });

  it("gives each result what the search box shows: prompt, topic and the card's URL", () => {
    expect(searchCards(index, "PBKDF2")[0]).toEqual({ id: "d/t/auth", prompt: "How does authentication work?", topic: "Topic · Deck", url: "/d/t#auth", inPrompt: false });
  });

  it("loads the serialized index the build writes and answers the same", () => {
    const loaded = loadIndex(JSON.stringify(index));
    for (const q of ["PBKDF2", "midleware", "prefet", "middleware"]) expect(searchCards(loaded, q)).toEqual(searchCards(index, q));
  });

  it("refuses something that is not an index", () => {
    expect(() => loadIndex("<!doctype html>")).toThrow();
    expect(() => loadIndex("{}")).toThrow();
  });
});
