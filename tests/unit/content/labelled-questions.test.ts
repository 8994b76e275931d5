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
