import { readDeck } from "@/lib/content";

/** Kinds of misread, each on a tiny bank of its own: tables, quoted instructions, promotional lines. */
async function cardsOf(text: string) {
  const r = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text }] });
  return r.deck?.topics.flatMap((t) => t.cards.map((c) => ({ topic: t.title, prompt: c.prompt, answer: c.answerHtml ?? "" }))) ?? [];
}
const prompts = async (text: string) => (await cardsOf(text)).map((c) => c.prompt);

describe("a question | short answer | level table whose answer column is not headed as the answer", () => {
  it("is cards: a column of levels is not a second attribute of a cheat sheet", async () => {
    const headed = "## Ports\n\n| Question | Response | Difficulty |\n|---|---|---|\n| What port does HTTP use? | 80 | Easy |\n| What port does HTTPS use? | 443 | Medium |\n| What port does SSH use? | 22 | Hard |\n";
    // Levels that repeat a few values down the rows are labels, whatever the column's name.
    const repeated = "## 端口\n\n| 问题 | 参考 | 备注 |\n|---|---|---|\n| HTTP 用哪个端口？ | 80 | 基础 |\n| HTTPS 用哪个端口？ | 443 | 基础 |\n| SSH 用哪个端口？ | 22 | 基础 |\n| DNS 用哪个端口？ | 53 | 进阶 |\n";
    const cards = await cardsOf(`${headed}\n${repeated}`);
    expect(cards.map((c) => c.prompt)).toEqual(["What port does HTTP use?", "What port does HTTPS use?", "What port does SSH use?", "HTTP 用哪个端口？", "HTTPS 用哪个端口？", "SSH 用哪个端口？", "DNS 用哪个端口？"]);
    expect(cards[0]!.answer).toBe("<p><strong>Response</strong>: 80</p>\n<p><strong>Difficulty</strong>: Easy</p>");
  });

  it("leaves a cheat sheet of distinct short values, a command table and a contents table as they were: no cards", async () => {
    const lookup = "## Cheatsheet\n\n| Question to answer | Diagram | Mermaid |\n|---|---|---|\n| What is the system made of? | Architecture / component | `flowchart` |\n| Who calls whom, in what order? | Sequence | `sequenceDiagram` |\n| How do the tables relate? | ERD | `erDiagram` |\n";
    const commands = "## Git\n\n| Command | Meaning | Level |\n|---|---|---|\n| `git add` | stage | Easy |\n| `git commit` | record | Easy |\n";
    const contents = "## Contents\n\n| No. | Questions |\n|---|---|\n| 1 | [What is Node?](#what-is-node) |\n| 2 | [What is npm?](#what-is-npm) |\n";
    expect(await prompts(`${lookup}\n${commands}\n${contents}\n## Real\n\n### What is a port?\n\nA number.\n`)).toEqual(["What is a port?"]);
  });
});

describe("a question | answer table with a first column of row numbers", () => {
  it("reads the question from the next column; a numbered contents table is still no cards", async () => {
    const numbered = "## Basics\n\n| # | Question | Answer |\n|---|---|---|\n| 1 | What is a closure? | A function with the scope it was made in. |\n| 2. | What is hoisting? | Declarations move to the top. |\n";
    const contents = "## Contents\n\n| No. | Questions |\n|---|---|\n|   | **Node** |\n| 1 | [What is Node?](#what-is-node) |\n| 2 | [What is npm?](#what-is-npm) |\n";
    const cards = await cardsOf(`${contents}\n${numbered}`);
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a closure?", "<p>A function with the scope it was made in.</p>"],
      ["What is hoisting?", "<p>Declarations move to the top.</p>"],
    ]);
  });
});

describe("a quoted instruction in a bank of quoted questions", () => {
  const bank = "## Events\n\n> What is the event loop?\n\nA loop that runs callbacks.\n\n> Explain the difference between setImmediate and setTimeout.\n\nOne runs after I/O, the other after a delay.\n\n> Implement a sleep function.\n\n```js\nconst sleep = (ms) => new Promise((r) => setTimeout(r, ms));\n```\n\nAs the docs say:\n\n> Note that timers are not exact.\n\n> Check the docs for details.\n\nMore text.\n\n> Describe a timer.\n\n> Why is Node single-threaded?\n\nIts JavaScript runs on one thread.\n";

  it("is a question when an answer follows it; a quoted note or a weak opener stays in the answer above", async () => {
    const cards = await cardsOf(bank);
    expect(cards.map((c) => c.prompt)).toEqual(["What is the event loop?", "Explain the difference between setImmediate and setTimeout.", "Implement a sleep function.", "Why is Node single-threaded?"]);
    expect(cards[1]!.answer).toBe("<p>One runs after I/O, the other after a delay.</p>");
    // With no answer before the next quote, "Describe a timer." is part of the answer above it.
    expect(cards[2]!.answer).toContain("<p>Check the docs for details.</p>\n</blockquote>\n<p>More text.</p>\n<blockquote>\n<p>Describe a timer.</p>");
  });

  it("stays in the answer in a bank whose questions are not quoted", async () => {
    const headings = "## Events\n\n### What is the event loop?\n\nA loop.\n\n> Explain it to a child.\n\nIt takes turns.\n\n### What is a timer?\n\n> What does the spec say?\n\nA delay.\n";
    const cards = await cardsOf(headings);
    expect(cards.map((c) => c.prompt)).toEqual(["What is the event loop?", "What is a timer?"]);
    expect(cards[0]!.answer).toBe("<p>A loop.</p>\n<blockquote>\n<p>Explain it to a child.</p>\n</blockquote>\n<p>It takes turns.</p>");
  });
});

describe("a line asking the reader for something at the end of an answer", () => {
  const bank = (tail: string) => `## What is a closure?\n\nA function with its scope.\n\n## What is hoisting?\n\nDeclarations move up.\n\n${tail}\n`;

  it.each([
    ["If this helped you, show some love by starring it on GitHub."],
    ["Support me on [Patreon](https://patreon.com/someone)."],
    ["Check out my Udemy course: [Node Interview Prep](https://www.udemy.com/course/node-prep/)"],
    ["[Node Interview Prep on Gumroad](https://someone.gumroad.com/l/node)"],
    ["Consider sponsoring me on [GitHub](https://github.com/sponsors/someone)."],
    ["Connect with me on [LinkedIn](https://linkedin.com/in/someone)."],
    ["Found this useful? Share it with your friends!"],
    ["Use the code INTERVIEW for 30% off the book."],
    ["如果觉得有帮助，请点个 Star 支持一下！"],
    ["Sign up for our newsletter to get a question a week."],
    ["Please donate to keep this list going."],
    ["Use the coupon code PREP2026 at checkout."],
  ])("is cut from the file's last answer: %j", async (tail) => {
    const cards = await cardsOf(bank(tail));
    expect(cards.map((c) => c.prompt)).toEqual(["What is a closure?", "What is hoisting?"]);
    expect(cards[1]!.answer).toBe("<p>Declarations move up.</p>");
  });

  it("is cut from a section's last answer, before the next section", async () => {
    const cards = await cardsOf("# Basics\n\n## What is a closure?\n\nA function with its scope.\n\nIf you like this, subscribe to my channel for more!\n\n# Advanced\n\n## What is hoisting?\n\nDeclarations move up.\n");
    expect(cards.map((c) => c.answer)).toEqual(["<p>A function with its scope.</p>", "<p>Declarations move up.</p>"]);
  });

  it.each([
    ["Subscribe to the store to get updates."],
    ["Publishers publish; consumers subscribe."],
    ["Kubernetes can support this project layout too."],
    ["Lock the file so no other process can share it with others."],
    ["If it is useful to cache the result, add an index."],
    ["발행-구독 모델을 사용합니다."],
    ["The newsletter service sends its emails in batches."],
    ["Store donations in their own table."],
    ["Then the user can download the PDF guide."],
    ["Apply the coupon code at checkout."],
    ["If you find it slow, add an index."],
    ["Level: ⭐⭐"],
    ["Andrew Ng's [machine learning course](https://www.coursera.org/learn/machine-learning) covers it."],
  ])("stays when it is part of the answer: %j", async (tail) => {
    const cards = await cardsOf(bank(tail));
    expect(cards[1]!.answer).not.toBe("<p>Declarations move up.</p>");
  });
});
