import { readDeck, type ReaderHints } from "@/lib/content";

/** Each steering hint on a tiny bank where detection alone reads it differently. */
async function read(text: string, hints?: ReaderHints, extra: { path: string; text: string }[] = []) {
  const result = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text }, ...extra], hints });
  const cards = result.deck?.topics.flatMap((t) => t.cards) ?? [];
  return { ...result, prompts: cards.map((c) => c.prompt), cards, topics: result.deck?.topics.map((t) => t.title) ?? [] };
}

const HEADINGS = "# Bank\n\n## Closures\n\n### Scope\n\nLexical.\n\n### Hoisting\n\nDeclarations move up.\n";

describe("steering hints", () => {
  it("questions: auto is detection as usual (statement headings are not questions)", async () => {
    expect((await read(HEADINGS, { questions: "auto" })).prompts).toEqual([]);
  });

  it("questions: heading makes the deepest heading level the questions, shallower ones topics", async () => {
    const r = await read(HEADINGS, { questions: "heading" });
    expect(r.prompts).toEqual(["Scope", "Hoisting"]);
    expect(r.topics).toEqual(["Bank"]); // the file's single top heading names the one topic
    expect(r.cards[0]!.answerHtml).toBe("<p>Lexical.</p>");
  });

  it("headingLevel picks the level of questions; deeper headings are part of the answer", async () => {
    const r = await read(HEADINGS, { questions: "heading", headingLevel: 2 });
    expect(r.prompts).toEqual(["Closures"]);
    expect(r.cards[0]!.answerHtml).toContain("<h3>Hoisting</h3>");
  });

  it("questions: bold takes every whole-bold paragraph, question mark or not", async () => {
    const r = await read("**Closures**\n\nA function with its scope.\n\n**Hoisting**\n\n- declarations move up\n", { questions: "bold" });
    expect(r.prompts).toEqual(["Closures", "Hoisting"]);
    expect(r.cards[1]!.answerHtml).toContain("<li>declarations move up</li>");
  });

  it("questions: list takes every list item, and only list items", async () => {
    const r = await read("**What is this bank?**\n\nIntro.\n\n- Closures\n  - a function with its scope\n- Hoisting\n", { questions: "list" });
    expect(r.prompts).toEqual(["Closures", "Hoisting"]);
  });

  it("questions: table reads rows as question | answer even when the first column does not read as questions", async () => {
    const table = "| Name | Note |\n| --- | --- |\n| Closure | A function with its scope |\n| Hoisting | Declarations move up |\n";
    expect((await read(table)).prompts).toEqual([]);
    const r = await read(table, { questions: "table" });
    expect(r.prompts).toEqual(["Closure", "Hoisting"]);
    expect(r.cards[0]!.answerHtml).toBe("<p>A function with its scope</p>");
  });

  it("questions: qa-label reads only Q:/A: pairs", async () => {
    const r = await read("**What is ignored?**\n\nProse.\n\nQ: Closure\n\nA: A function with its scope.\n", { questions: "qa-label" });
    expect(r.prompts).toEqual(["Closure"]);
    expect(r.cards[0]!.answerHtml).toBe("<p>A function with its scope.</p>");
  });

  it("questions: details takes every <details> summary, even one that is not a question", async () => {
    const r = await read("<details><summary>Closures</summary>\n\nA function with its scope.\n\n</details>\n", { questions: "details" });
    expect(r.prompts).toEqual(["Closures"]);
    expect(r.cards[0]!.answerHtml).toBe("<p>A function with its scope.</p>");
  });

  it("questions: paragraph makes every paragraph a question, the blocks after it its answer", async () => {
    const r = await read("Closures\n\n```js\nf()\n```\n\nHoisting\n", { questions: "paragraph" });
    expect(r.prompts).toEqual(["Closures", "Hoisting"]);
    expect(r.cards[0]!.answerHtml).toContain("<code");
  });

  it("answers: auto and below keep everything under a question; below also gives list questions the blocks after them", async () => {
    const bank = "1. What is a closure?\n2. What is hoisting?\n\nDeclarations move up.\n";
    expect((await read(bank, { answers: "auto" })).cards.map((c) => c.hasAnswer)).toEqual([false, false]);
    const below = await read(bank, { answers: "below" });
    expect(below.cards.map((c) => c.answerHtml)).toEqual([null, "<p>Declarations move up.</p>"]);
  });

  it("answers: details puts what is shown on the front and what <details> hide in the answer", async () => {
    const bank = "## What does this print?\n\n```js\nconsole.log(1)\n```\n\n<details><summary>Answer</summary>\n\n1\n\n</details>\n";
    const r = await read(bank, { answers: "details" });
    expect(r.cards[0]!.frontHtml).toContain("console.log(1)");
    expect(r.cards[0]!.answerHtml).toBe("<p>1</p>");
  });

  it("answers: next-column reads a two-column table as question | answer", async () => {
    const r = await read("| Term | Meaning |\n| --- | --- |\n| Closure | A function with its scope |\n", { answers: "next-column" });
    expect(r.prompts).toEqual(["Closure"]);
  });

  it("skip leaves out sections by title and files by path or glob", async () => {
    const bank = "## Basics\n\n### What is a closure?\n\nScope.\n\n## Disclaimer\n\n### What is this?\n\nNot ours.\n";
    expect((await read(bank, { skip: ["disclaimer"] })).prompts).toEqual(["What is a closure?"]);
    const files = [{ path: "drafts/x.md", text: "## What is a draft?\n\nUnfinished.\n" }];
    expect((await read("## What is kept?\n\nThis.\n", { skip: ["drafts/**"] }, files)).prompts).toEqual(["What is kept?"]);
  });

  it("title and description override what the bank says", async () => {
    const r = await readDeck({ slug: "d", files: [{ path: "_deck.md", text: "---\ntitle: Theirs\n---\n" }, { path: "a.md", text: "## What is X?\n\nY.\n" }], hints: { title: "Mine", description: "Short" } });
    expect([r.deck?.title, r.deck?.description]).toEqual(["Mine", "Short"]);
  });

  it("reads hints from _deck.md's reader key, and the hints given override them field by field", async () => {
    const deckMd = { path: "_deck.md", text: "---\ntitle: T\nreader:\n  questions: heading\n  headingLevel: 3\n---\n" };
    const fromFile = await readDeck({ slug: "d", files: [deckMd, { path: "a.md", text: HEADINGS }] });
    expect(fromFile.deck?.topics.flatMap((t) => t.cards.map((c) => c.prompt))).toEqual(["Scope", "Hoisting"]);
    const overridden = await readDeck({ slug: "d", files: [deckMd, { path: "a.md", text: HEADINGS }], hints: { headingLevel: 2 } });
    expect(overridden.deck?.topics.flatMap((t) => t.cards.map((c) => c.prompt))).toEqual(["Closures"]);
  });

  it("a bad reader hint in _deck.md is a problem at its line, naming the values allowed", async () => {
    const r = await readDeck({ slug: "d", displayPrefix: "content/d", files: [{ path: "_deck.md", text: "---\ntitle: T\nreader:\n  questions: headings\n---\n" }, { path: "a.md", text: "## What is X?\n\nY.\n" }] });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: "content/d/_deck.md", line: 4 });
    expect(r.problems[0]!.message).toMatch(/questions/);
    expect(r.problems[0]!.fix).toMatch(/paragraph/);
  });
});
