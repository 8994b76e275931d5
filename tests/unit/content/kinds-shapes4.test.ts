import { readBank } from "./read-bank";

/** Shapes of bank read in the fourth round, each on a tiny bank of its own: what a user sees on the cards. */
const readFiles = readBank;
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
    const bank = "# OS\n\n### What is a mutex?\nAnswers vary: a lock.\n\n### Which is a scheduler?\nA. FIFO\n\n### What is a pipe?\nA) one-way channel.\n\n### What is a socket?\nAnswer 1.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a mutex?", "<p>Answers vary: a lock.</p>"],
      ["Which is a scheduler?", "<p>A. FIFO</p>"],
      ["What is a pipe?", "<p>A) one-way channel.</p>"],
      ["What is a socket?", "<p>Answer 1.</p>"],
    ]);
  });
});

describe("a quiz's options all on one line (\"(a) EC2 (b) S3 (c) RDS\") over its key (\"Answer: (b)\", \"Ans: c\")", () => {
  it("shows them as a list with the right option ticked, the key in the paragraph after or on the next line", async () => {
    const bank = "# AWS\n\n### Which service stores objects?\n(a) EC2 (b) S3 (c) RDS\n\nAnswer: (b)\n\n### Which is a relational database?\na) EC2 b) `S3` c) RDS\nAns: c\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["Which service stores objects?", "<ul>\n<li>✓ <strong>(b) S3</strong></li>\n</ul>"],
      ["Which is a relational database?", "<ul>\n<li>✓ <strong>c) RDS</strong></li>\n</ul>"],
    ]);
  });

  it("leaves a line of options without a key, and a sentence that holds \"(a)\", as written", async () => {
    const bank = "# AWS\n\n### Which service stores objects?\n(a) EC2 (b) S3 (c) RDS\n\n### What does (a) mean in a list?\nThe letter (a) marks the first item, and (b) the second. Answer: (b) is second.\n\n### What is a VPC?\n(a) private network, see (c) below (b) for subnets.\n\nAnswer: a\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["Which service stores objects?", "<p>(a) EC2 (b) S3 (c) RDS</p>"],
      ["What does (a) mean in a list?", "<p>The letter (a) marks the first item, and (b) the second. Answer: (b) is second.</p>"],
      ["What is a VPC?", "<ul>\n<li>✓ <strong>(a) private network, see (c) below</strong></li>\n</ul>"],
    ]);
  });
});

describe("a lone paragraph question right after a numbered list of questions (\"1. What is X?\" … then \"What is Y?\")", () => {
  it("is a card when its answer is written below it", async () => {
    const bank = "# JS\n\n1. What is a closure?\n2. What is hoisting?\n3. What is the event loop?\n\nWhat is a promise?\n\nA value that arrives later.\n\n### What is a generator?\n\nA function that can pause.\n";
    const { cards, warnings } = await readFiles([{ path: "README.md", text: bank }]);
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a closure?", ""],
      ["What is hoisting?", ""],
      ["What is the event loop?", ""],
      ["What is a promise?", "<p>A value that arrives later.</p>"],
      ["What is a generator?", "<p>A function that can pause.</p>"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("without an answer below, is skipped with a note; in prose, or after a bulleted list, it stays prose without one", async () => {
    const bank = "# JS\n\n1. What is a closure?\n2. What is hoisting?\n\nWhat is a promise?\n\n### What is a generator?\n\nA function that can pause. Why?\n\nWhy does it matter?\n\nIt saves memory.\n\n### Which are iterables?\n\n- Arrays are.\n- Strings are.\n\nWhat about objects?\n\nThey are not.\n";
    const { cards, warnings } = await readFiles([{ path: "README.md", text: bank }]);
    expect(cards.map((c) => c.prompt)).toEqual(["What is a closure?", "What is hoisting?", "What is a generator?", "Which are iterables?"]);
    expect(cards[2]!.answer).toContain("Why does it matter?");
    expect(warnings).toEqual(['README.md:6: "What is a promise?" after a numbered list has no answer below it and was skipped']);
  });
});
