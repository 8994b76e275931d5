import { readBank } from "./read-bank";

/** What a bank's web page is dressed in (labels, spacers, banners, a title in HTML, words in angle brackets), on a card. */
async function read(text: string) {
  const { topics, cards } = await readBank(text);
  return { topics, cards: cards.map((c) => [c.prompt, c.answer]) };
}

describe("a heading that only labels the answer", () => {
  it("is not shown above the answer (### Answer under ## the question)", async () => {
    const bank = "# JS\n\n## 1. What is a closure?\n\n### Answer\n\nA function with the scope it was made in.\n\n## 2. What is hoisting?\n\n### Key points\n\n- declarations move up";
    expect((await read(bank)).cards).toEqual([
      ["What is a closure?", "<p>A function with the scope it was made in.</p>"],
      ["What is hoisting?", "<h3>Key points</h3>\n<ul>\n<li>declarations move up</li>\n</ul>"],
    ]);
  });
});

describe("the last answer's closing heading that sends the reader elsewhere", () => {
  it("is cut (\"Explore all 50 answers here 👉\"), while a heading of the answer stays", async () => {
    const bank = [
      "# JS",
      "## What is let?\n\nBlock-scoped.\n\n#### Example\n\n`let x = 1`",
      "## What is var?\n\nFunction-scoped.\n\n#### Explore all 50 answers here 👉 [Site - JavaScript](https://example.com/js)",
    ].join("\n\n");
    const { cards } = await read(bank);
    expect(cards[0]?.[1]).toContain("<h4>Example</h4>");
    expect(cards[1]?.[1]).toBe("<p>Function-scoped.</p>");
  });
});

describe("a spacer closing an answer's last paragraph", () => {
  it("is dropped (\"…scoped.⏎<br>\"), and a break between its lines stays", async () => {
    const bank = "# JS\n\n## What is let?\n\nBlock-scoped.<br>\nNot hoisted to use.\n<br>\n\n## What is var?\n\nFunction-scoped.";
    expect((await read(bank)).cards[0]?.[1]).toBe("<p>Block-scoped.<br>\nNot hoisted to use.</p>");
  });
});

describe("a title written in HTML at the top of the file", () => {
  it("names the topic rather than the file's name, and a markdown title still wins", async () => {
    const html = '<div align="center">\n  <img height="60" src="https://example.com/js.png">\n  <h1>JavaScript Questions</h1>\n</div>\n\n###### 1. What is let?\n\nBlock-scoped.';
    expect((await read(html)).topics).toEqual(["JavaScript Questions"]);
    expect((await read(`# Mine\n\n${html}`)).topics).toEqual(["Mine"]);
    expect((await read("###### 1. What is let?\n\nBlock-scoped.")).topics).toEqual(["README"]);
  });
});

describe("words in angle brackets that are not HTML", () => {
  it("are shown as written (`<Readable> …`, `List<String>`), while real tags still render or go", async () => {
    const bank = "# Node\n\n## What kinds of streams are there?\n\n<Readable> to read.<br/>\n<Writable> to write, as in List<String>.\n\n## What is bold?\n\nIt is <b>this</b> and <Custom>not this</Custom>.";
    const [streams, bold] = (await read(bank)).cards;
    expect(streams?.[1]).toBe("<p>&#x3C;Readable> to read.<br>\n&#x3C;Writable> to write, as in List&#x3C;String>.</p>");
    expect(bold?.[1]).toBe("<p>It is <b>this</b> and not this.</p>");
  });
});

describe("an anchor on the line above the next question", () => {
  it("is not left at the end of the answer before it (`<a name=\"q2\"></a>` over `#### Q2: …`)", async () => {
    const bank = '# Docker\n\n## Basics\n\n<a name="q1"></a>\n#### Q1: What is Docker?\n\nA container platform.\n\n<a name="q2"></a>\n#### Q2: What is an image?\n\nA read-only template.';
    expect((await read(bank)).cards).toEqual([
      ["What is Docker?", "<p>A container platform.</p>"],
      ["What is an image?", "<p>A read-only template.</p>"],
    ]);
  });
});
