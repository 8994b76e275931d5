import { readBank } from "./read-bank";

/** Shapes of bank read in the third round, each on a tiny bank of its own: what a user sees on the cards. */
const readFiles = readBank;
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

describe("a question on its line, its answer on the lines under it in the same item or paragraph (\"1. What is X?⏎\\tIt is Y.\")", () => {
  it("in a numbered list, the answer indented with a tab or spaces, is the card's answer, not part of its question", async () => {
    const bank = "# JS\n\n1. What is a closure?\n\tA function that remembers its scope.\n2. What is hoisting?\n   Declarations move to the top.\n3. What does `typeof null` give?  \n   Answer: \"object\".\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a closure?", "<p>A function that remembers its scope.</p>"],
      ["What is hoisting?", "<p>Declarations move to the top.</p>"],
      ["What does typeof null give?", "<p>\"object\".</p>"],
    ]);
  });

  it("in plain paragraphs, a question wrapped over two lines too, gives a card a paragraph and no card for the answer's lines", async () => {
    const bank = "# JS\n\nWhat is a closure?\n\tA function that remembers its scope.\n\nWhat is the difference between\nlet and var?\n\tlet is block-scoped.\n\tvar is function-scoped.\n\nWhat is an event loop?\n\tIt runs callbacks when the stack is empty.\n\n```js\nsetTimeout(f);\n```\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a closure?", "<p>A function that remembers its scope.</p>"],
      ["What is the difference between let and var?", "<p>let is block-scoped.\nvar is function-scoped.</p>"],
      ["What is an event loop?", '<p>It runs callbacks when the stack is empty.</p>\n<pre><code class="language-js">setTimeout(f);\n</code></pre>'],
    ]);
  });

  it("a task that goes on from the question on the next line (\"Give an example.\") stays part of it", async () => {
    const bank = "# JS\n\n1. What is a closure?\n   Give an example.\n2. What is hoisting?\n   Explain with code.\n3. What is the event loop?\n   It runs callbacks.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a closure? Give an example.", ""],
      ["What is hoisting? Explain with code.", ""],
      ["What is the event loop?", "<p>It runs callbacks.</p>"],
    ]);
  });

  it("a paragraph of one question per line stays a card per line", async () => {
    const bank = "# JS\n\nWhat is a closure?\nWhat is hoisting?\nWhat is an event loop?\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answered])).toEqual([
      ["What is a closure?", false],
      ["What is hoisting?", false],
      ["What is an event loop?", false],
    ]);
  });
});

describe("a question wrapped over more than four source lines", () => {
  it("in a paragraph of one question per line, is one question, not a card per line", async () => {
    const bank =
      "# OS\n\nWhat is the difference between a process\nand a thread, and when would you\nchoose one over the other in a\nserver that handles many requests\nat once?\nWhat is a semaphore?\nWhat is a deadlock and how do\nyou avoid one?\n";
    expect((await cardsOf(bank)).map((c) => c.prompt)).toEqual([
      "What is the difference between a process and a thread, and when would you choose one over the other in a server that handles many requests at once?",
      "What is a semaphore?",
      "What is a deadlock and how do you avoid one?",
    ]);
  });

  it("in a block quote, is the question, the prose after it its answer", async () => {
    const bank = "# OS\n\n> What is the difference between a process\n> and a thread, and when would you\n> choose one over the other in a\n> server that handles many requests?\n\nThreads share memory.\n\n> What is a mutex?\n\nA lock.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is the difference between a process and a thread, and when would you choose one over the other in a server that handles many requests?", "<p>Threads share memory.</p>"],
      ["What is a mutex?", "<p>A lock.</p>"],
    ]);
  });
});

describe("a quiz's answer given after its options (\"A) …⏎B) …\" then \"Answer: B\")", () => {
  const marked = (html: string) => [...html.matchAll(/<li>✓ <strong>(.*?)<\/strong><\/li>/g)].map((m) => m[1]);

  it("marks the right option whatever the key's wording, options in a list or as the lines of a paragraph", async () => {
    const bank =
      "# Quiz\n\n### 1. Which stores objects?\n\n- A) EC2\n- B) S3\n- C) RDS\n\n**Answer:** B\n\n" +
      "### 2. Which is a database?\n\nA) EC2  \nB) S3  \nC) RDS\n\nCorrect answer: C\n\n" +
      "### 3. Which is compute?\n\nA. EC2\nB. S3\nC. RDS\n\n**Answer: A**\n\n" +
      "### 4. Which runs functions?\n\nA. EC2\nB. Lambda\nC. RDS\n\nAns. B\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.prompt, marked(c.answer)])).toEqual([
      ["Which stores objects?", ["B) S3"]],
      ["Which is a database?", ["C) RDS"]],
      ["Which is compute?", ["A. EC2"]],
      ["Which runs functions?", ["B. Lambda"]],
    ]);
    expect(cards[1]!.answer).toBe("<ul>\n<li>✓ <strong>C) RDS</strong></li>\n</ul>");
  });

  it("in a numbered item, the options on the lines under its question, marks the one the key names", async () => {
    const bank = "# Quiz\n\n1. Which stores objects?\n   A) EC2\n   B) S3\n\n   Answer: B\n2. Which runs functions?\n   A) EC2\n   B) Lambda\n\n   **Correct option:** B\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, marked(c.answer), c.front.includes("A) EC2")])).toEqual([
      ["Which stores objects?", ["B) S3"], true],
      ["Which runs functions?", ["B) Lambda"], true],
    ]);
  });

  it("leaves option lines without a key as they were written", async () => {
    const bank = "# Quiz\n\n### Which stores objects?\n\nA) EC2  \nB) S3\n\n### Which runs functions?\n\nA) EC2  \nB) Lambda\n";
    expect((await cardsOf(bank)).map((c) => c.answer)).toEqual(["<p>A) EC2<br>\nB) S3</p>", "<p>A) EC2<br>\nB) Lambda</p>"]);
  });
});

describe("a fenced example inside a tab-indented answer (\"\\t```js\" … \"\\t```\")", () => {
  it("is a code block in its language, its fence lines gone, the sentences around it paragraphs", async () => {
    const bank =
      "# JS\n\nWhat is a closure?\n\n\tA closure is a function that remembers the scope it was made in.\n\n\t```js\n\tconst add = (a) => (b) => a + b;\n\t```\n\n" +
      "What is hoisting?\n\n\tHoisting moves declarations to the top.\n\nWhat is the event loop?\n\n\t```\n\t    setTimeout(f);\n\t```\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a closure?", '<p>A closure is a function that remembers the scope it was made in.</p>\n<pre><code class="language-js">const add = (a) => (b) => a + b;\n</code></pre>'],
      ["What is hoisting?", "<p>Hoisting moves declarations to the top.</p>"],
      ["What is the event loop?", "<pre><code>    setTimeout(f);\n</code></pre>"],
    ]);
  });
});

describe("a heading that labels the answer beside its question's (\"### Q1. What is X?\" then \"### Answer\")", () => {
  it("is that question's answer, the label not shown; no \"Answer\" cards and no unanswered questions", async () => {
    const bank =
      "# Linux\n\n## stat\n\n### Q1. What is the `stat` command?\n\n### Answer\n\nIt shows file metadata.\n\n```bash\nstat file.txt\n```\n\n" +
      "### Q2. How do you see only the size?\n\nOne flag does it.\n\n### Solution:\n\nUse `stat -c %s`.\n\n#### Example\n\n`stat -c %s a.txt`\n\n### Q3. What is an inode?\n\n### Ответ\n\nA record of file metadata.\n";
    const { cards, warnings } = await readFiles([{ path: "README.md", text: bank }]);
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["What is the stat command?", '<p>It shows file metadata.</p>\n<pre><code class="language-bash">stat file.txt\n</code></pre>'],
      ["How do you see only the size?", "<p>One flag does it.</p>\n<p>Use <code>stat -c %s</code>.</p>\n<h4>Example</h4>\n<p><code>stat -c %s a.txt</code></p>"],
      ["What is an inode?", "<p>A record of file metadata.</p>"],
    ]);
    expect(warnings).toEqual([]);
  });
});

describe("questions labelled \"QUES 1:\" or \"Qn 2.\" over \"ANS:\" answers", () => {
  it("lose their label from the question, the answer its label", async () => {
    const bank = "# Project\n\n**QUES 1:** What was the first model tried?\n\n**ANS:** LeNet.\n\n**QUES 2:** What went wrong with it?\n\n**ANS:** It overfitted.\n\nQn 3. How did you fix it?\n\nAns. Dropout.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer.trim()])).toEqual([
      ["What was the first model tried?", "<p>LeNet.</p>"],
      ["What went wrong with it?", "<p>It overfitted.</p>"],
      ["How did you fix it?", "<p>Dropout.</p>"],
    ]);
  });
});

describe("a numbered \"**Question:** …\" item over a nested \"* **Answer:** …\" bullet", () => {
  it("is the question without its label, the bullet's content the answer without its own", async () => {
    const bank =
      "# Spring\n\n### Interview-Level Questions\n\n1.  **Question:** What does `@DataJpaTest` load?\n    *   **Answer:** Only the JPA layer.\n\n" +
      "2.  **Question:** How do you test a 404?\n    *   **Answer:** Assert the status with MockMvc.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What does @DataJpaTest load?", "<p>Only the JPA layer.</p>"],
      ["How do you test a 404?", "<p>Assert the status with MockMvc.</p>"],
    ]);
  });
});

describe("a quiz answer that opens with the right option's letter (\"**B** — The flag…\", \"(c) …\")", () => {
  it("ticks that option", async () => {
    const bank =
      "# uv\n\n**Q1:** Which command initialises a library?\n\n- A) `uv init app`\n- B) `uv init --lib app`\n\n<details>\n<summary><b>Answer</b></summary>\n\n**B** — The `--lib` flag sets up a src layout.\n\n</details>\n\n" +
      "**Q2:** Which command adds a dev dependency?\n\n- A) `uv add --dev pytest`\n- B) `uv dev pytest`\n\n(a) `--dev` puts it in the dev group.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.prompt, [...c.answer.matchAll(/<li>✓ <strong>(.*?)<\/strong>/g)].map((m) => m[1])])).toEqual([
      ["Which command initialises a library?", ["B) <code>uv init --lib app</code>"]],
      ["Which command adds a dev dependency?", ["A) <code>uv add --dev pytest</code>"]],
    ]);
  });
});

describe("a bold question with its answer on the same line (\"1. **What is X?** It is Y.\")", () => {
  it("is the bold question over the rest of the line, in a list or a paragraph", async () => {
    const bank =
      "# Merkle\n\n### Beginner\n\n1. **What is a Merkle tree?** A hash tree over data blocks.\n2. **What is the Merkle root?** — The top hash.\n3. **Who invented it?** Ralph Merkle (1979).\n\n" +
      "### More\n\n**What is a proof?** The sibling hashes up to the root.\n\n**Why use one?** Cheap membership checks.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a Merkle tree?", "<p>A hash tree over data blocks.</p>"],
      ["What is the Merkle root?", "<p>The top hash.</p>"],
      ["Who invented it?", "<p>Ralph Merkle (1979).</p>"],
      ["What is a proof?", "<p>The sibling hashes up to the root.</p>"],
      ["Why use one?", "<p>Cheap membership checks.</p>"],
    ]);
  });

  it("a bold term that does not ask stays part of its line (\"**Bias** is the error…\")", async () => {
    const bank = "# ML\n\n## What is bias?\n\n**Bias** is the error from wrong assumptions.\n\n## What is variance?\n\n**Variance** is sensitivity to the data.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is bias?", "<p><strong>Bias</strong> is the error from wrong assumptions.</p>"],
      ["What is variance?", "<p><strong>Variance</strong> is sensitivity to the data.</p>"],
    ]);
  });
});

describe("a bold question drawn after an arrow or bullet (\"➤ **What is paging?**\")", () => {
  it("is a bold question, the arrow dropped, beside a table of questions too", async () => {
    const bank =
      "# OS\n\n| Question | Answer |\n|---|---|\n| What is a process? | A program in execution. |\n| What is a thread? | A unit inside a process. |\n\n" +
      "➤ **What is paging?**\n\nFixed-size blocks.\n\n► **What is a TLB?**\n\nA cache of page table entries.\n\n• **What is thrashing?**\n\nToo much paging.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a process?", "<p>A program in execution.</p>"],
      ["What is a thread?", "<p>A unit inside a process.</p>"],
      ["What is paging?", "<p>Fixed-size blocks.</p>"],
      ["What is a TLB?", "<p>A cache of page table entries.</p>"],
      ["What is thrashing?", "<p>Too much paging.</p>"],
    ]);
  });
});

describe("a question in HTML bold (\"<b>Q1. What is a process?</b><br>\" then its answer)", () => {
  it("is a bold question, its label dropped, the lines after the break its answer", async () => {
    const bank = "# OS\n\n<b>Q1. What is a process?</b><br>\nA program in execution.\n\n<b>Q2. What is a thread?</b><br>\nA unit inside a process.\n\n<strong>What is a deadlock?</strong>\n\nWaiting forever.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a process?", "<p>A program in execution.</p>"],
      ["What is a thread?", "<p>A unit inside a process.</p>"],
      ["What is a deadlock?", "<p>Waiting forever.</p>"],
    ]);
  });
});

describe("an answer labelled with a dash (\"Answer - It is Y.\", \"Ans – …\") under a labelled question", () => {
  it("loses its label as \"Answer:\" does", async () => {
    const bank = "# JS\n\nQuestion 1: What is a closure?\n\nAnswer - A function with its scope.\n\nQuestion 2: What is hoisting?\n\nAns – Declarations move up.\n\nQ3. What is a thunk?\nAnswer — A deferred call.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a closure?", "<p>A function with its scope.</p>"],
      ["What is hoisting?", "<p>Declarations move up.</p>"],
      ["What is a thunk?", "<p>A deferred call.</p>"],
    ]);
  });
});

describe("an answer indented two tabs (a tab past the code indent) under a paragraph question", () => {
  it("is the answer's text, not a code block; indented code stays code", async () => {
    const bank =
      "# JS\n\nWhat is a closure?\n\n\t\tA closure is a function that remembers the scope it was made in.\n\nWhat is hoisting?\n\n\t\tHoisting moves declarations to the top of their scope.\n\t\tIt applies to var and function declarations.\n\n" +
      "What is an event loop?\n\n\t\tsetTimeout(() => log(1), 0);\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a closure?", "<p>A closure is a function that remembers the scope it was made in.</p>"],
      ["What is hoisting?", "<p>Hoisting moves declarations to the top of their scope.\nIt applies to var and function declarations.</p>"],
      ["What is an event loop?", "<pre><code>\tsetTimeout(() => log(1), 0);\n</code></pre>"],
    ]);
  });
});
