import { readDeck, type BankFile } from "@/lib/content";

/** Shapes of bank read in the fourth round, each on a tiny bank of its own: what a user sees on the cards. */
async function readFiles(files: BankFile[]) {
  const r = await readDeck({ slug: "d", title: "Bank", files });
  const cards = r.deck?.topics.flatMap((t) => t.cards.map((c) => ({ topic: t.title, prompt: c.prompt, answered: c.hasAnswer, answer: c.answerHtml ?? "", front: c.frontHtml ?? "" }))) ?? [];
  return { cards, warnings: r.warnings };
}
const cardsOf = async (text: string) => (await readFiles([{ path: "README.md", text }])).cards;

describe("an answer that opens with its label under a heading question (\"### What is X?⏎**Ans:** It is Y.\")", () => {
  it("shows the answer without the label, plain, bold, with a dash or in a block quote", async () => {
    const bank = [
      "# OS",
      "### Q. What is a process?\nAns - It is a program in execution.",
      "### What is a thread?\n**Ans:** It is a unit of execution.",
      "### What is paging?\n**Answer:** It is a memory scheme.",
      "### What is a deadlock?\n> **ANS:** It is a wait that never ends.",
      "### What is a semaphore?\nA: It is a counter.",
      "### What does `typeof null` give?\nAnswer:\n\n```js\n\"object\"\n```",
    ].join("\n\n");
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a process?", "<p>It is a program in execution.</p>"],
      ["What is a thread?", "<p>It is a unit of execution.</p>"],
      ["What is paging?", "<p>It is a memory scheme.</p>"],
      ["What is a deadlock?", "<blockquote>\n<p>It is a wait that never ends.</p>\n</blockquote>"],
      ["What is a semaphore?", "<p>It is a counter.</p>"],
      ["What does typeof null give?", '<pre><code class="language-js">"object"\n</code></pre>'],
    ]);
  });

  it("leaves an answer that only opens with a word like it, and option lines, as written", async () => {
    const bank = "# OS\n\n### What is a mutex?\nAnswers vary: a lock.\n\n### Which is a scheduler?\nA. FIFO\n\n### What is a pipe?\nA) one-way channel.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a mutex?", "<p>Answers vary: a lock.</p>"],
      ["Which is a scheduler?", "<p>A. FIFO</p>"],
      ["What is a pipe?", "<p>A) one-way channel.</p>"],
    ]);
  });
});
