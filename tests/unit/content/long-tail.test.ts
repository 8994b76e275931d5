import { readDeck } from "@/lib/content";

/** Issue 22's kinds of misreads, each on a tiny bank of its own. */
async function cardsOf(text: string) {
  const r = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text }] });
  return r.deck?.topics.flatMap((t) => t.cards) ?? [];
}

async function prompts(text: string) {
  return (await cardsOf(text)).map((c) => ({ prompt: c.prompt, answered: c.hasAnswer }));
}

describe("the loader's long tail", () => {
  it("a question heading stays one card when its answer lines read like questions", async () => {
    const bank = "## What is a closure?\n\n- When is it created?\n- Where does it live?\n\nA function with its scope.\n\n## What is hoisting?\n\nDeclarations move up.\n";
    expect(await prompts(bank)).toEqual([
      { prompt: "What is a closure?", answered: true },
      { prompt: "What is hoisting?", answered: true },
    ]);
  });

  it("reads one question per paragraph when the file is made of them", async () => {
    const bank = "What is a closure?\n\nWhat is hoisting?\n\nWhy is the event loop single-threaded?\n\nHow does garbage collection work?\n";
    expect((await prompts(bank)).map((c) => c.prompt)).toHaveLength(4);
  });

  it("does not take a quiz's numbered questions among their options for one question per paragraph", async () => {
    const bank = "## What is a closure?\n\nA function with its scope.\n\n### Quiz\n\n**1.** Which is right?\n\n- a) this\n- b) that\n\n**2.** Which is wrong?\n\n- a) this\n- b) that\n\n**3.** Which is best?\n\n- a) this\n";
    expect((await prompts(bank)).map((c) => c.prompt)).toEqual(["What is a closure?"]);
  });

  it("reads a question | answer table, and not a contents table that lists questions", async () => {
    expect(await prompts("| Question | Answer |\n| --- | --- |\n| What is a closure? | A function with its scope. |\n| What is hoisting? | Declarations move up. |\n")).toHaveLength(2);
    expect(await prompts("| # | Questions |\n| --- | --- |\n| 1 | [What is a closure?](#closure) |\n| 2 | [What is hoisting?](#hoisting) |\n")).toEqual([]);
  });

  it("reads a glossary (term | meaning in sentences) as cards, its in-page links notwithstanding", async () => {
    const rows = Array.from({ length: 9 }, (_, i) => `| term${i} | The meaning of term ${i}, with a [link](#term${(i + 1) % 9}) to another. |`).join("\n");
    expect(await prompts(`| Term | Meaning |\n| --- | --- |\n${rows}\n`)).toHaveLength(9);
  });

  it("keeps a picture a question heading shows, beside the question; a badge or an icon in it stays out", async () => {
    const bank =
      "## What does this diagram show? ![the OSI layers](img/osi.png)\n\nThe seven layers.\n\n" +
      '## Which layer is this? <img src="img/layer.png" width="300">\n\nTransport.\n\n' +
      '## What is TCP? ![build](https://img.shields.io/badge/x-y-green) <img src="img/icons/net.svg" width="20">\n\nA protocol.\n';
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.prompt, c.frontHtml])).toEqual([
      ["What does this diagram show?", '<p><img src="img/osi.png" alt="the OSI layers"></p>'],
      ["Which layer is this?", '<p><img src="img/layer.png" width="300"></p>'],
      ["What is TCP?", null],
    ]);
  });

  it("reads a quoted instruction the bank anchors as a question; an unanchored one stays an aside", async () => {
    const bank =
      '## Promises\n\n> <a name="q-1"></a> What does then return?\n\nA new promise.\n\n> <a name="q-2"></a> Implement a promise that resolves after a delay.\n\n```js\nconst delay = (ms) => new Promise((r) => setTimeout(r, ms));\n```\n\n' +
      "> Outline a high level design.\n\nThe design, in prose.\n";
    expect((await prompts(bank)).map((c) => c.prompt)).toEqual(["What does then return?", "Implement a promise that resolves after a delay."]);
  });

  it("shows the code a lead-in points at (\"Make this work:\") with the question; a task's code after \"Write …:\" is its answer", async () => {
    const bank =
      "1. Make this work:\n\n   ```js\n   duplicate([1, 2]); // [1, 2, 1, 2]\n   ```\n\n" +
      "2. What does the following print:\n\n   ```js\n   console.log(typeof null);\n   ```\n\n   `object`, a historical bug.\n\n" +
      "3. Write a function that reverses a string:\n\n   ```js\n   const rev = (s) => [...s].reverse().join(\"\");\n   ```\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.prompt, c.frontHtml?.includes("<pre>") ?? false, c.hasAnswer])).toEqual([
      ["Make this work:", true, false],
      ["What does the following print:", true, true],
      ["Write a function that reverses a string:", false, true],
    ]);
    expect(cards[1]!.answerHtml).toContain("a historical bug");
  });

  it("cuts a banner that links out from the end of the last answer, with or without a rule before it; a diagram linked to itself stays", async () => {
    const answers = async (text: string) => (await cardsOf(text)).map((c) => c.answerHtml);
    const banner = "[![Get the full course](https://cdn.example.com/banner.png)](https://course.example.com)";
    const html = '<a href="https://course.example.com"><img src="https://cdn.example.com/banner.png" width="600"></a>';
    for (const tail of [banner, html, `---\n\n${banner}`]) {
      expect(await answers(`## What is a closure?\n\nA function with its scope.\n\n${tail}\n`)).toEqual(["<p>A function with its scope.</p>"]);
    }
    const diagram = "[![layers](https://cdn.example.com/osi.png)](https://cdn.example.com/osi.png)";
    expect((await answers(`## What are the OSI layers?\n\nSeven.\n\n${diagram}\n`))[0]).toContain("osi.png");
  });

  it("takes `Q:` headings as questions, statements included, with full-width colons", async () => {
    const bank = "## Q: What is the name of this project?\n\nA: Demo\n\n## Q：Priority of the task\n\nA: It depends.\n\n## Q : Recommended memory\n\nA: 4 GB.\n";
    expect((await prompts(bank)).map((c) => c.prompt)).toEqual(["What is the name of this project?", "Priority of the task", "Recommended memory"]);
  });
});
