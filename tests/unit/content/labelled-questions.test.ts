import { readDeck } from "@/lib/content";

/** Issue 22: questions and answers the author labels (`**Q1. …**`, `Answer: …`), each on a tiny bank of its own. */
async function cardsOf(text: string) {
  const r = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text }] });
  return r.deck?.topics.flatMap((t) => t.cards) ?? [];
}

describe("a question labelled inside its bold (`**Q1. What…?**`)", () => {
  it("keeps the question once the label is cut, as it does for `**Q1.** What…?`", async () => {
    const cards = await cardsOf("**Q1. What is a closure?**\n\nA function with its scope.\n\n**Q2.** What is hoisting?\n\nDeclarations move up.\n");
    expect(cards.map((c) => [c.prompt, c.answerHtml])).toEqual([
      ["What is a closure?", "<p>A function with its scope.</p>"],
      ["What is hoisting?", "<p>Declarations move up.</p>"],
    ]);
  });
});

describe("code between a question and its `Answer:` line", () => {
  it("goes on the front, with the question it belongs to; the labelled answer stays behind", async () => {
    const cards = await cardsOf("## Quiz\n\n### What's the output?\n\n```js\nconsole.log([...'ab']);\n```\n\nAnswer: `['a', 'b']`.\n\n### What's the output?\n\n```js\nconsole.log({ ...null });\n```\n\nAnswer: `{}`.\n\n### How do you copy an array?\n\n```js\nconst copy = [...a];\n```\n\nSpread it.\n");
    expect(cards.map((c) => [c.prompt, c.frontHtml?.includes("<code") ?? false, c.answerHtml?.startsWith("<p>Answer:") ?? false])).toEqual([
      ["What's the output?", true, true],
      ["What's the output?", true, true],
      ["How do you copy an array?", false, false],
    ]);
    expect(cards[0]!.frontHtml).toContain("console.log([...'ab'])");
    expect(cards[2]!.answerHtml).toContain("const copy");
  });
});

describe("a <details> summary that opens like a task but names the hidden answer", () => {
  it.each([["Show the answer"], ["Check the solution"], ["Show me the answer"]])("is the answer of the question above: %j", async (summary) => {
    const cards = await cardsOf(`**What is a closure?**\n\n<details><summary>${summary}</summary>\n\nA function with its scope.\n\n</details>\n\n**What is hoisting?**\n\n<details><summary>${summary}</summary>\n\nDeclarations move up.\n\n</details>\n`);
    expect(cards.map((c) => [c.prompt, c.answerHtml])).toEqual([
      ["What is a closure?", "<p>A function with its scope.</p>"],
      ["What is hoisting?", "<p>Declarations move up.</p>"],
    ]);
  });

  it("stays a question when it asks one, or says more than a label", async () => {
    const cards = await cardsOf("<details><summary>What is the answer to everything?</summary>\n\n42.\n\n</details>\n\n<details><summary>Show how you would design the solution for a URL shortener</summary>\n\nA hash and a table.\n\n</details>\n");
    expect(cards.map((c) => c.prompt)).toEqual(["What is the answer to everything?", "Show how you would design the solution for a URL shortener"]);
  });
});
