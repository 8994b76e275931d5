import { readDeck, type BankFile } from "@/lib/content";

/** Shapes of bank read in the third round, each on a tiny bank of its own: what a user sees on the cards. */
async function readFiles(files: BankFile[]) {
  const r = await readDeck({ slug: "d", title: "Bank", files });
  const cards = r.deck?.topics.flatMap((t) => t.cards.map((c) => ({ topic: t.title, prompt: c.prompt, answered: c.hasAnswer, answer: c.answerHtml ?? "", front: c.frontHtml ?? "" }))) ?? [];
  return { cards, warnings: r.warnings };
}
const cardsOf = async (text: string) => (await readFiles([{ path: "README.md", text }])).cards;

describe("a folder of one-question files whose only heading numbers the question (\"# 1\", \"# Question 3\")", () => {
  it("reads the paragraph under the number as the question, the rest as its answer", async () => {
    const { cards } = await readFiles([
      { path: "q1/README.md", text: "# 1\n\nWhat does `typeof null` give?\n\n```js\nconsole.log(typeof null)\n```\n\nAnswer: \"object\".\n" },
      { path: "q2/README.md", text: "# 2\n\nHow do you deep clone an object?\n\nUse structuredClone.\n" },
      { path: "q3/README.md", text: "# Question 3\n\nExplain event delegation.\n\nOne listener on the parent.\n" },
      { path: "q4/README.md", text: "# #4\n\n**What is a closure?**\n\nA function with its scope.\n" },
    ]);
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["What does typeof null give?", "<p>Answer: \"object\".</p>"],
      ["How do you deep clone an object?", "<p>Use structuredClone.</p>"],
      ["Explain event delegation.", "<p>One listener on the parent.</p>"],
      ["What is a closure?", "<p>A function with its scope.</p>"],
    ]);
    expect(cards[0]!.front).toContain("console");
  });
});
