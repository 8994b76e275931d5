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

describe("tags a question names", () => {
  it("keeps a declaration or a bare tag nothing closes as text, and still drops markup", async () => {
    const bank = "- Why does HTML5 need only <!DOCTYPE HTML>?\n\n      Because it is not SGML.\n\n- What is the difference between <b> and <strong>?\n\n      Meaning.\n\n- <a name=\"q3\"></a>What is <em>semantic</em> markup?<br>\n\n      Tags that say what they hold.\n";
    expect(await prompts(bank)).toEqual(["Why does HTML5 need only <!DOCTYPE HTML>?", "What is the difference between <b> and <strong>?", "What is semantic markup?"]);
  });
});

describe("a numbered question heading alone in its list item", () => {
  it("opens a section as the bare heading would: a deeper heading under it (a translation) is its answer's, not a card", async () => {
    const bank = "## Core\n\nIntro.\n\n1. ### What is React?\n#### (React란 무엇인가요?)\nA library.\n\n2. ### What is JSX?\n####(JSX란 무엇인가요?)\nA syntax.\n\n## Hooks\n\n1. ### What is a hook?\n\nA function.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.topic, c.prompt])).toEqual([
      ["Core", "What is React?"],
      ["Core", "What is JSX?"],
      ["Hooks", "What is a hook?"],
    ]);
    expect(cards[0]!.answer).toBe("<h4>(React란 무엇인가요?)</h4>\n<p>A library.</p>");
  });
});

describe("a stray fence at the end of the file", () => {
  it("leaves no empty code block in the last answer", async () => {
    const cards = await cardsOf("1. **What is a closure?**  \n   A function with its scope.\n\n2. **What is hoisting?**  \n   Declarations move up.\n\n````\n");
    expect(cards.map((c) => c.answer)).toEqual(["<p>A function with its scope.</p>", "<p>Declarations move up.</p>"]);
  });
});

describe("a file's # title whose body is only its table of contents", () => {
  it("still names the file's topic in a deck of several files", async () => {
    const r = await readDeck({
      slug: "d",
      files: [
        { path: "chaos.md", text: "# Chaos Engineering\n\n- [Questions](#questions)\n  - [Basics](#basics)\n\n## Questions\n\n### Basics\n\n#### What is chaos engineering?\n\nBreaking things on purpose.\n" },
        { path: "ci.md", text: "# Circle CI\n\n## What is Circle CI?\n\nA CI service.\n" },
      ],
    });
    expect(r.deck!.topics.map((t) => t.title)).toEqual(["Chaos Engineering", "Circle CI"]);
  });
});

describe("a count that opens a title", () => {
  it("stays when a lowercase word follows it; a bare number before a capital is still numbering", async () => {
    const cards = await cardsOf("## 4 principles of a good diagram\n\n### 1 What is a diagram?\n\nA picture.\n\n### 2 Why draw one?\n\nTo explain.\n\n## 3 ways to sort\n\n### What is a stable sort?\n\nOne that keeps order.\n");
    expect(cards.map((c) => [c.topic, c.prompt])).toEqual([
      ["4 principles of a good diagram", "What is a diagram?"],
      ["4 principles of a good diagram", "Why draw one?"],
      ["3 ways to sort", "What is a stable sort?"],
    ]);
  });

  it("stays in a Title Case title when a plural noun follows it with more words; numbering before a question is still dropped", async () => {
    const bank = "## 10 Tips For Faster Builds\n\n### 1 What Is Caching?\n\nKeeping results.\n\n### 2. How Does It Help?\n\nFewer steps.\n\n## 3 Simple Ways To Sort An Array\n\n### 1 Which Sort Is Stable?\n\nMerge sort.\n\n### 2 How Does Merge Sort Work?\n\nIt merges halves.\n\n## 4 Sorting\n\n### 3 Explain Quick Sort\n\nPivots.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.topic, c.prompt])).toEqual([
      ["10 Tips For Faster Builds", "What Is Caching?"],
      ["10 Tips For Faster Builds", "How Does It Help?"],
      ["3 Simple Ways To Sort An Array", "Which Sort Is Stable?"],
      ["3 Simple Ways To Sort An Array", "How Does Merge Sort Work?"],
      ["Sorting", "Explain Quick Sort"],
    ]);
  });
});

describe("a file that opens with a byte order mark", () => {
  it("reads as the same file without it, parsed in pieces: cards, lines, answers and notes", async () => {
    const questions = Array.from({ length: 40 }, (_, i) => `### What is thing ${i}?\n\nA thing with [a link](https://example.com/${i}).\n\n<details><summary>Answer</summary>\n\nHidden answer ${i}, ${"with words ".repeat(8)}\n\n</details>\n`);
    const bank = `# Bank\n\n## Basics\n\n${questions.slice(0, 20).join("\n")}\n## Words\n\nNo question here.\n\n## More\n\n${questions.slice(20).join("\n")}`;
    expect(bank.length).toBeGreaterThan(6_000);
    const read = async (text: string) => {
      const r = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text }] });
      return { cards: r.deck?.topics.flatMap((t) => t.cards.map((c) => [t.title, c.line, c.prompt, c.answerHtml])), warnings: r.warnings, problems: r.problems };
    };
    for (const text of [bank, `---\ntitle: Bank\n---\n${bank}`]) {
      const plain = await read(text);
      expect(plain.cards).toHaveLength(40);
      expect(await read(`\uFEFF${text}`)).toEqual(plain);
    }
  });
});

describe("a cheat-sheet table whose first column reads as questions", () => {
  it("is not cards when every other column holds short values; question | answer tables still are", async () => {
    const lookup = "## Cheatsheet\n\n| Question to answer | Diagram | Mermaid |\n|---|---|---|\n| What is the system made of? | Architecture / component | `flowchart` |\n| Who calls whom, in what order? | Sequence | `sequenceDiagram` |\n| How do the tables relate? | ERD | `erDiagram` |\n";
    const prose = "## Quiz\n\n| Question | Answer | Level |\n|---|---|---|\n| What is a closure? | A function with the scope it was made in. | Easy |\n| What is hoisting? | Declarations move to the top of their scope. | Easy |\n";
    const short = "## Stack\n\n| Question | Answer |\n|---|---|\n| Which part is the frontend? | React.js |\n| Which part stores the data? | MongoDB |\n";
    expect(await prompts(`${lookup}\n${prose}\n${short}`)).toEqual(["What is a closure?", "What is hoisting?", "Which part is the frontend?", "Which part stores the data?"]);
  });
});
