import { readDeck } from "@/lib/content";

/** Issue 22's kinds of misreads (noise, headings, answers), each on a tiny bank of its own. */
async function cardsOf(text: string) {
  const r = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text }] });
  return r.deck?.topics.flatMap((t) => t.cards.map((c) => ({ topic: t.title, prompt: c.prompt, answered: c.hasAnswer, answer: c.answerHtml ?? "" }))) ?? [];
}
const prompts = async (text: string) => (await cardsOf(text)).map((c) => c.prompt);

describe("headings the way other renderers wrote them", () => {
  it("reads HTML <h2>/<h3> headings as sections and questions", async () => {
    const cards = await cardsOf("<h2>JavaScript</h2>\n\n<h3>What is a closure?</h3>\n\nA function with its scope.\n\n<h3>What is hoisting?</h3>\n\nDeclarations move up.\n");
    expect(cards.map((c) => [c.topic, c.prompt, c.answered])).toEqual([
      ["JavaScript", "What is a closure?", true],
      ["JavaScript", "What is hoisting?", true],
    ]);
  });

  it("reads HTML question headings under more numerous HTML topic headings, keeping their inline code and emphasis", async () => {
    const topics = ["Arrays", "Strings", "Maps"].map((t, i) => `<h2>${t}</h2>\n\n<h3>What does <code>f${i}()</code> return?</h3>\n\nIt returns <b>one</b>.\n`);
    const cards = await cardsOf(`<h2>Intro</h2>\n\nAbout.\n\n${topics.join("\n")}\n<h3>Why is <em>this</em> &lt;b&gt; so?</h3>\n\nBecause.\n`);
    expect(cards.map((c) => [c.topic, c.prompt])).toEqual([
      ["Arrays", "What does f0() return?"],
      ["Strings", "What does f1() return?"],
      ["Maps", "What does f2() return?"],
      ["Maps", "Why is this <b> so?"],
    ]);
    const html = (await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text: topics[0]! }] })).deck!.topics[0]!.cards[0]!.promptHtml;
    expect(html).toBe("What does <code>f0()</code> return?");
  });

  it("leaves HTML headings that are asides, not questions, as they are: they split no topic", async () => {
    const cards = await cardsOf("## Exercises\n\n**Exercise:** Build the image.\n\nWith docker build.\n\n<h3>Extra: some history</h3>\n\n**Exercise:** Push the image.\n\nWith docker push.\n");
    expect(cards.map((c) => [c.topic, c.prompt])).toEqual([
      ["Exercises", "Build the image."],
      ["Exercises", "Push the image."],
    ]);
  });

  it("reads ATX headings with no space after the hashes (`####1. Question`), not `#include` in code", async () => {
    const cards = await cardsOf("####1. What is a closure?\n\nA function with its scope.\n\n####2. What is hoisting?\n\n```c\n#include <stdio.h>\n```\n");
    expect(cards.map((c) => c.prompt)).toEqual(["What is a closure?", "What is hoisting?"]);
    expect(cards[1]!.answer).toContain("#include");
  });

  it("reads a right-to-left bank: questions end in ؟ and open with no English word", async () => {
    const cards = await cardsOf("## مقدمه\n\n### جاوا اسکریپت چیست؟\n\nیک زبان برنامه نویسی.\n\n### کلوژر چیست؟\n\nتابعی با محیطش.\n");
    expect(cards.map((c) => [c.topic, c.prompt, c.answered])).toEqual([
      ["مقدمه", "جاوا اسکریپت چیست؟", true],
      ["مقدمه", "کلوژر چیست؟", true],
    ]);
  });

  it("drops numbering in any script's digits, as it drops `1.`", async () => {
    expect(await prompts("### ۱. جاوا اسکریپت چیست؟\n\nیک زبان.\n\n### ۲) کلوژر چیست؟\n\nتابعی با محیطش.\n\n### ٣- ما هو الإغلاق؟\n\nدالة.\n")).toEqual([
      "جاوا اسکریپت چیست؟",
      "کلوژر چیست؟",
      "ما هو الإغلاق؟",
    ]);
  });
});

describe("noise is cut wherever it stands", () => {
  it("drops a back-to-top footer written as an HTML <div> from every answer", async () => {
    const footer = '<div align="right">\n    <b><a href="#table-of-contents">↥ back to top</a></b>\n</div>\n';
    const cards = await cardsOf(`## What is a closure?\n\nA function with its scope.\n\n${footer}\n## What is hoisting?\n\nDeclarations move up.\n\n${footer}`);
    expect(cards).toHaveLength(2);
    for (const c of cards) expect(c.answer).not.toMatch(/back to top/);
  });

  it("never takes 'Table of Contents' or 'Disclaimer' headings for questions among question headings", async () => {
    const bank = "## Table of Contents\n\n1. What is a closure?\n2. What is hoisting?\n\n## Disclaimer\n\nThese answers are my own opinions.\n\n## What is a closure?\n\nA function with its scope.\n\n## What is hoisting?\n\nDeclarations move up.\n";
    expect(await prompts(bank)).toEqual(["What is a closure?", "What is hoisting?"]);
  });

  it("cuts a promotional banner after the last rule from the last answer", async () => {
    const bank = "## What is a closure?\n\nA function with its scope.\n\n## What is hoisting?\n\nDeclarations move up.\n\n---\n\n[![Get the PDF](https://example.com/banner.png)](https://example.com/buy)\n\n**Want more? Get the full course at [example.com](https://example.com/buy)!**\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => c.prompt)).toEqual(["What is a closure?", "What is hoisting?"]);
    expect(cards[1]!.answer).toBe("<p>Declarations move up.</p>");
  });
});

describe("a text-only promotional line closing the file", () => {
  const bank = (tail: string) => `## What is a closure?\n\nA function with its scope.\n\n## What is hoisting?\n\nDeclarations move up.\n\n${tail}\n`;

  it.each([
    ["If you found this useful, give the repo a star ⭐ and follow me on [Twitter](https://twitter.com/someone)."],
    ["**Want the full course?** Get the book at [example.com](https://example.com/buy)."],
    ["Pull requests are welcome!\n\nThanks for reading."],
  ])("is cut from the last answer, with no rule before it: %j", async (tail) => {
    const cards = await cardsOf(bank(tail));
    expect(cards.map((c) => c.prompt)).toEqual(["What is a closure?", "What is hoisting?"]);
    expect(cards[1]!.answer).toBe("<p>Declarations move up.</p>");
  });

  it("stays when it tells about the subject, even linking out", async () => {
    const cards = await cardsOf(bank("Read more in the [MDN guide](https://developer.mozilla.org/en-US/docs/Glossary/Hoisting)."));
    expect(cards[1]!.answer).toContain("MDN guide");
  });

  it("stays when it is the whole answer", async () => {
    const cards = await cardsOf("## What is a closure?\n\nA function with its scope.\n\n## How do I support the project?\n\nGive the repo a star ⭐.\n");
    expect(cards[1]!.answer).toContain("star");
  });
});

describe("answers are what the author wrote, no more, no less", () => {
  it("a bold numbered question answered only by a picture has an answer", async () => {
    const cards = await cardsOf("**1. What does this diagram show?**\n\n![diagram](https://example.com/a.png)\n\n**2. What is a load balancer?**\n\nIt spreads requests.\n");
    expect(cards.map((c) => [c.prompt, c.answered])).toEqual([
      ["What does this diagram show?", true],
      ["What is a load balancer?", true],
    ]);
    expect(cards[0]!.answer).toContain("<img");
  });

  it("an answer that is only a placeholder link ('✎ Full Text Answer') is no answer", async () => {
    const cards = await cardsOf("## What is a closure?\n\n[✎ Full Text Answer](https://example.com/closures)\n\n## What is hoisting?\n\nDeclarations move up.\n");
    expect(cards.map((c) => [c.prompt, c.answered])).toEqual([
      ["What is a closure?", false],
      ["What is hoisting?", true],
    ]);
  });

  it("a bold lead-in ('**Make this work:**') followed by code, among bold questions, is a task with its code on the front", async () => {
    const r = await readDeck({
      slug: "d",
      files: [{ path: "README.md", text: "**What is a closure?**\n\nA function with its scope.\n\n**Make this work:**\n\n```js\nduplicate([1, 2]);\n```\n\nConcat the array with itself.\n\n**What is hoisting?**\n\nDeclarations move up.\n" }],
    });
    const cards = r.deck!.topics.flatMap((t) => t.cards);
    expect(cards.map((c) => c.prompt)).toEqual(["What is a closure?", "Make this work:", "What is hoisting?"]);
    expect(cards[1]!.frontHtml).toContain("duplicate([1, 2]);");
    expect(cards[1]!.answerHtml).toBe("<p>Concat the array with itself.</p>");
    expect(cards[0]!.answerHtml).toBe("<p>A function with its scope.</p>");
  });

  it("keeps code written at column 0 under an indented list answer", async () => {
    const cards = await cardsOf("1. What is a closure?\n\n   A function with its scope:\n\n```js\nfunction f() { return () => 1; }\n```\n\n2. What is hoisting?\n\n   Declarations move up.\n");
    expect(cards.map((c) => c.prompt)).toEqual(["What is a closure?", "What is hoisting?"]);
    expect(cards[0]!.answer).toMatch(/return \(\) =(>|&gt;) 1/);
  });
});

describe("<details> answers the way the biggest banks write them", () => {
  const item = (q: string, a: string) => `<details>\n<summary>${q}</summary><br><b>\n\n${a}\n</b></details>\n`;

  it("closes a details at `</b></details>`, even where the markdown parser keeps it in a paragraph or a list item", async () => {
    const bank = `## Basics\n\n${item("What is a closure?", "A function with its scope.")}\n${item("Name the scopes", "* Global: the page\n* Local: the function")}\n${item("What is hoisting?", "Declarations move up.")}`;
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.prompt, c.answered])).toEqual([
      ["What is a closure?", true],
      ["Name the scopes", true],
      ["What is hoisting?", true],
    ]);
    expect(cards[0]!.answer).toBe("<p>A function with its scope.</p>");
    expect(cards[1]!.answer).not.toMatch(/<b>|details|hoisting/);
  });

  it("takes a summary that is a sentence for a question among details questions, and a short label for the answer above", async () => {
    const bank = `${item("What is chaos engineering?", "Breaking things on purpose.")}\n${item("Cite a few tools used to run chaos experiments", "Chaos Monkey, Litmus.")}\n**What is a game day?**\n\n<details><summary>Click to see the answer</summary>\n\nA rehearsal of a failure.\n\n</details>\n`;
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["What is chaos engineering?", "<p>Breaking things on purpose.</p>"],
      ["Cite a few tools used to run chaos experiments", "<p>Chaos Monkey, Litmus.</p>"],
      ["What is a game day?", "<p>A rehearsal of a failure.</p>"],
    ]);
  });
});

describe("a bold question with its answer after a line break, in one paragraph", () => {
  it("splits numbered items at the break (two spaces, <br> or a new line): the bold question is the prompt, the rest its answer", async () => {
    const bank = "## Basics\n\n1. **What is a closure?**  \n   A function with its scope.\n\n2. **How do you hoist?**<br>You declare.\n\n3. **Why use `let`?**\n   Block scope.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a closure?", "<p>A function with its scope.</p>"],
      ["How do you hoist?", "<p>You declare.</p>"],
      ["Why use let?", "<p>Block scope.</p>"],
    ]);
  });

  it("splits bold paragraphs the same way, and leaves a bold term over its text in the answer", async () => {
    const cards = await cardsOf("**What is a closure?**  \nA function with its scope.\n\n**Tip**  \nSay it in one line.\n\n**What is hoisting?**  \nDeclarations move up.\n");
    expect(cards.map((c) => c.prompt)).toEqual(["What is a closure?", "What is hoisting?"]);
    expect(cards[0]!.answer).toMatch(/^<p>A function with its scope.<\/p>\n<p><strong>Tip<\/strong>/);
    expect(cards[1]!.answer).toBe("<p>Declarations move up.</p>");
  });
});

describe("an answer that is HTML written as code", () => {
  it("is an answer, whether a code block or inline code of tags alone", async () => {
    const cards = await cardsOf('## How do you draw a 1px line without a border?\n\n```html\n<div style="height:1px;background:red"></div>\n```\n\n## Which tag breaks a line?\n\n`<br>`\n\n## What is hoisting?\n\nTODO\n');
    expect(cards.map((c) => [c.prompt, c.answered])).toEqual([
      ["How do you draw a 1px line without a border?", true],
      ["Which tag breaks a line?", true],
      ["What is hoisting?", false],
    ]);
  });
});
