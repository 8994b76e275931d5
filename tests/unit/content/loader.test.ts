import { readFileSync } from "node:fs";
import { loadBankFrom } from "@/build";
import { ContentError, type Bank } from "@/lib/content";
import { seedSections } from "../../support/seed";

const fixture = (name: string) => loadBankFrom({ dir: `tests/fixtures/content/${name}` });
const cards = (bank: Bank) => bank.decks.flatMap((d) => d.topics.flatMap((t) => t.cards));

async function problemOf(name: string) {
  const error = await fixture(`errors/${name}`).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  const problems = (error as ContentError).problems;
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe("bank shapes", () => {
  it("reads the seed's shape: sections become topics, bullets become questions, noise is ignored", async () => {
    const bank = await fixture("seed-shape");
    const topics = bank.decks[0]!.topics;
    expect(topics.map((t) => t.title)).toEqual(["Basics 🐍", "Advanced"]);
    expect(topics[0]!.cards.map((c) => c.prompt)).toEqual([
      "What is a list comprehension?",
      "How do generators differ from lists?",
      "Explain the GIL.",
    ]);
    expect(topics[1]!.cards.map((c) => c.prompt)).toEqual(["What is a metaclass?", "How does asyncio schedule coroutines?"]);
    expect(topics[1]!.cards[1]!.promptHtml).toBe("How does <code>asyncio</code> schedule coroutines?");
    // The table of contents, the badges, the HTML block and the Contributing prose are not cards.
    expect(cards(bank)).toHaveLength(5);
    expect(cards(bank).every((c) => c.answerHtml === null)).toBe(true);
  });

  it("reads question headings with the answer below, keeping code, lists, tables and links", async () => {
    const bank = await fixture("heading-shape");
    const [basics, concurrency] = bank.decks[0]!.topics;
    expect(basics!.title).toBe("Basics");
    expect(basics!.cards.map((c) => c.prompt)).toEqual(["What is a slice?"]);
    expect(concurrency!.title).toBe("Concurrency in Go");
    expect(concurrency!.cards.map((c) => c.prompt)).toEqual([
      "What is a goroutine?",
      "What does a channel do?",
      "Which question has no answer yet?",
    ]);
    const goroutine = concurrency!.cards[0]!;
    expect(goroutine.answerHtml).toContain("<ul>");
    expect(goroutine.answerHtml).toContain("<table>");
    expect(goroutine.answerHtml).toContain("<pre");
    expect(goroutine.answerHtml).toContain("Still part of the first answer.");
    expect(goroutine.links).toEqual(["https://go.dev/doc/effective_go"]);
    expect(goroutine.tags).toEqual(["go", "concurrency"]);
    expect(concurrency!.cards[2]!.answerHtml).toBeNull();
    expect(bank.warnings).toEqual([expect.stringContaining('01-concurrency.md:5: unknown front matter key "draft"')]);
  });

  it("reads <details><summary> blocks, one-line and multi-line", async () => {
    const bank = await fixture("details-shape");
    const faq = bank.decks[0]!.topics[0]!;
    expect(faq.cards.map((c) => c.prompt)).toEqual(["What is an index?", "What is a transaction?", "Why normalise a schema?"]);
    expect(faq.cards[0]!.answerHtml).toContain("CREATE");
    expect(faq.cards[1]!.answerHtml).toBe("<p>A unit of work that commits or rolls back as a whole.</p>");
    expect(faq.cards[2]!.answerHtml).toBe("<p>To remove duplication.</p>");
  });

  it("reads nested answers under bullets and does not take a list of links for questions", async () => {
    const bank = await fixture("nested-bullets");
    const js = bank.decks[0]!.topics[0]!;
    expect(js.cards.map((c) => c.prompt)).toEqual(["What is a closure?", "What does === compare?", "What is hoisting?"]);
    expect(js.cards[0]!.answerHtml).toContain("captured");
    expect(js.cards[1]!.answerHtml).toContain("without coercion");
    expect(js.cards[2]!.answerHtml).toBeNull();
  });
});

describe("card ids", () => {
  it("derives ids from deck, topic and prompt, and honours {#id} pins", async () => {
    const ids = cards(await fixture("heading-shape")).map((c) => c.id);
    expect(ids).toEqual([
      "go/basics/what-is-a-slice",
      "go/concurrency/what-is-a-goroutine",
      "go/concurrency/channels",
      "go/concurrency/which-question-has-no-answer-yet",
    ]);
    expect(cards(await fixture("seed-shape")).map((c) => c.id)).toContain("python/basics/gil");
  });
});

describe("errors fail the build with file, line and a fix", () => {
  it("invalid YAML front matter", async () => {
    const p = await problemOf("bad-yaml");
    expect(p).toMatchObject({ file: "content/x/a.md", message: expect.stringContaining("invalid front matter") });
    expect(p.line).toBeGreaterThan(1);
  });

  it("a front matter field of the wrong type, at its line", async () => {
    expect(await problemOf("bad-field")).toMatchObject({ file: "content/x/a.md", line: 3, message: expect.stringContaining('"order"') });
  });

  it("two questions pinned to one id, naming both places and the pin to change", async () => {
    const p = await problemOf("duplicate-pins");
    expect(p).toMatchObject({ file: "content/x/a.md", line: 9, message: expect.stringContaining("content/x/a.md:5") });
    expect(p.fix).toContain("{#");
  });

  it("a deck with no questions says which file and why, and nothing about Next", async () => {
    const p = await problemOf("empty-topic");
    expect(p).toMatchObject({ file: "content/x", line: 1 });
    expect(p.message).toContain("content/x/a.md: no questions found");
    expect(p.fix).toContain("content:check");
  });

  it("an id listed in ids.json that no question produces (retired ids are fine)", async () => {
    const p = await problemOf("vanished-id");
    expect(p.message).toContain('"x/a/what-is-the-old-wording" vanished');
    expect(p.fix).toContain("{#what-is-the-old-wording}");
    expect(p.fix).toContain("retired");
  });

  it("a pinned id that is not a valid card id, at the question's line", async () => {
    const p = await problemOf("bad-pin");
    expect(p).toMatchObject({ file: "content/x/a.md", line: 7, message: expect.stringContaining('got "x//a/"') });
    expect(p.fix).toContain("{#my-question}");
  });

  it("---js front matter is refused and never evaluated", async () => {
    const p = await problemOf("js-front-matter");
    expect(p).toMatchObject({ file: "content/x/a.md", line: 1, message: expect.stringContaining('"js" is not allowed') });
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it("the error message lists file:line and the fix", async () => {
    const error = await fixture("errors/bad-field").catch((e: Error) => e);
    expect(String((error as Error).message)).toMatch(/content\/x\/a\.md:3: .*\n {2}Fix: /);
  });
});

describe("the real Django deck", { timeout: 60_000 }, () => {
  const sections = seedSections();

  it("has the 18 topics and the 65 seed questions verbatim, in order", async () => {
    const bank = await loadBankFrom();
    const django = bank.decks.find((d) => d.slug === "django")!;
    expect(django.title).toBe("Django");
    expect(django.topics.map((t) => t.title)).toEqual(sections.map((s) => s.title));
    expect(django.topics.map((t) => t.cards.map((c) => c.prompt))).toEqual(sections.map((s) => s.questions));
    expect(django.topics.flatMap((t) => t.cards)).toHaveLength(65);
    expect(bank.warnings).toEqual([]);
  });

  it("content/ids.json lists exactly the ids the bank produces (run `npm run content:ids` after adding questions)", async () => {
    const ids = JSON.parse(readFileSync("content/ids.json", "utf8")) as { ids: string[] };
    const produced = cards(await loadBankFrom()).map((c) => c.id);
    expect([...ids.ids].sort()).toEqual([...produced].sort());
  });
});
