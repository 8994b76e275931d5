import { readBank } from "./read-bank";

/** Shapes of bank read in the fifth round, each on a tiny bank of its own: what a user sees on the cards. */
const readFiles = readBank;
const cardsOf = async (text: string) => (await readFiles([{ path: "README.md", text }])).cards;

describe("a question wrapped whole in quotes (`\"What is X?\"`, “What is X?”)", () => {
  it("shows the question without the quotes", async () => {
    const bank = '# Q\n\n## "What is a closure?"\n\nA function with its scope.\n\n## “What is hoisting?”\n\nMoving declarations up.\n\n## 「什么是闭包？」\n\n函数和作用域。\n';
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a closure?", "<p>A function with its scope.</p>"],
      ["What is hoisting?", "<p>Moving declarations up.</p>"],
      ["什么是闭包？", "<p>函数和作用域。</p>"],
    ]);
  });

  it("keeps quotes that wrap only part of the question", async () => {
    const bank = '# Q\n\n## What does "use strict" do?\n\nIt opts in.\n\n## "this" vs "that"?\n\nTwo words.\n\n## "Closures" are what?\n\nFunctions.\n';
    expect((await cardsOf(bank)).map((c) => c.prompt)).toEqual(['What does "use strict" do?', '"this" vs "that"?', '"Closures" are what?']);
  });
});

describe("Chinese and Japanese numbering (\"1、\", \"一、\", \"2．\") before a question or a section title", () => {
  it("is dropped as other numbering is", async () => {
    const bank = "# 面试题\n\n## 一、基础\n\n### 1、什么是闭包？\n\n函数和作用域。\n\n### 2．什么是原型链？\n\n继承机制。\n\n## 二、进阶\n\n### 三、什么是事件循环？\n\n调度机制。\n\n### 1、2 个线程能共享内存吗？\n\n能。\n";
    expect((await cardsOf(bank)).map((c) => [c.topic, c.prompt])).toEqual([
      ["基础", "什么是闭包？"],
      ["基础", "什么是原型链？"],
      ["进阶", "什么是事件循环？"],
      ["进阶", "2 个线程能共享内存吗？"],
    ]);
  });

  it("is dropped in brackets, circled, or as 第N题 too", async () => {
    const bank = "# 面试题\n\n### （1）什么是闭包？\n\n函数和作用域。\n\n### ②什么是原型链？\n\n继承机制。\n\n### 第3题：什么是事件循环？\n\n调度机制。\n\n### Q4、什么是 Promise？\n\n异步值。\n\n### (5) What is a generator?\n\nA function that pauses.\n";
    expect((await cardsOf(bank)).map((c) => c.prompt)).toEqual(["什么是闭包？", "什么是原型链？", "什么是事件循环？", "什么是 Promise？", "What is a generator?"]);
  });
});

describe("a quiz's options on the question's own line in a numbered item (\"1. Which is a DB? a) S3 b) RDS\" over \"Answer: b\")", () => {
  it("shows the question alone, and the options as a list with the right one ticked, whatever their marks", async () => {
    const bank = [
      "# AWS",
      "1. Which is a database? a) S3 b) RDS c) EC2\n   Answer: b",
      "2. Which stores objects? a. S3 b. RDS c. EC2\n   Answer: a",
      "3. Which runs code? 1) S3 2) Lambda 3) RDS\n   Answer: 2",
      "4. Which is a queue? (A) SQS (B) SNS\n   Correct answer: A",
    ].join("\n\n");
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["Which is a database?", "<ul>\n<li>✓ <strong>b) RDS</strong></li>\n</ul>"],
      ["Which stores objects?", "<ul>\n<li>✓ <strong>a. S3</strong></li>\n</ul>"],
      ["Which runs code?", "<ul>\n<li>✓ <strong>2) Lambda</strong></li>\n</ul>"],
      ["Which is a queue?", "<ul>\n<li>✓ <strong>(A) SQS</strong></li>\n</ul>"],
    ]);
  });

  it("without a key, or with marks out of order, leaves the item one question as written", async () => {
    const bank = "# AWS\n\n1. Which is a database? a) S3 b) RDS c) EC2\n2. Which is it? b) S3 a) RDS\n   Answer: a\n3. Is a) an option? b) is one too.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["Which is a database? a) S3 b) RDS c) EC2", ""],
      ["Which is it? b) S3 a) RDS Answer: a", ""],
      ["Is a) an option? b) is one too.", ""],
    ]);
  });

  it("does the same for a question labelled Q1., in bold, or in a heading, its key under it with or without its label", async () => {
    const bank = "# AWS\n\n## Part 1\n\nQ1. Which is a database? a) S3 b) RDS c) EC2\nAns: b\n\n**Q2. Which runs code?** a) S3 b) Lambda c) RDS\nAnswer: b\n\n### Q3. Which is a queue? (a) SQS (b) SNS\n\nAnswer: (a)\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["Which is a database?", "<ul>\n<li>✓ <strong>b) RDS</strong></li>\n</ul>"],
      ["Which runs code?", "<ul>\n<li>✓ <strong>b) Lambda</strong></li>\n</ul>"],
      ["Which is a queue?", "<ul>\n<li>✓ <strong>(a) SQS</strong></li>\n</ul>"],
    ]);
  });

  it("ticks numbered options written as a list (\"1) S3⏎2) Lambda\") over a key alone (\"Answer: 2\"), and leaves steps over a sentence as written", async () => {
    const bank = "# AWS\n\n### Which runs code?\n\n1) S3\n2) Lambda\n3) RDS\n\nAnswer: 2\n\n### What are the steps?\n\n1. Plan\n2. Build\n\nThe answer: 2 steps.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["Which runs code?", "<ul>\n<li>✓ <strong>2. Lambda</strong></li>\n</ul>"],
      ["What are the steps?", "<ol>\n<li>Plan</li>\n<li>Build</li>\n</ol>\n<p>The answer: 2 steps.</p>"],
    ]);
  });

  it("reads a key written \"Answer: Option B\", as IndiaBix-style banks write it", async () => {
    const bank = "# AWS\n\n### Which runs code?\n\n- A) S3\n- B) Lambda\n\nAnswer: Option B\n\n## Queues\n\n1. Which is a queue?\n   A. SQS\n   B. SNS\n\nAnswer: option a\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["Which runs code?", "<ul>\n<li>✓ <strong>B) Lambda</strong></li>\n</ul>"],
      ["Which is a queue?", "<ul>\n<li>✓ <strong>A. SQS</strong></li>\n</ul>"],
    ]);
  });

  it("keeps the \"A.\" of a labelled question's first option (\"Q3. …?⏎A. Apple⏎B. Carrot⏎Answer: A\"), not read as an answer label", async () => {
    const bank = "# Quiz\n\n## Part 1\n\nQ3. Which is a fruit?\nA. Apple\nB. Carrot\nAnswer: A\n\nQ4. What is a carrot?\nA. A root vegetable.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["Which is a fruit?", "<ul>\n<li>✓ <strong>A. Apple</strong></li>\n</ul>"],
      ["What is a carrot?", "<p>A root vegetable.</p>"],
    ]);
  });

  it("ticks options written on the lines under the question over their key, and a key at column 0 under the list", async () => {
    const bank = "# AWS\n\n1. Which is a queue?\n   a) SQS\n   b) SNS\n   Answer: (a)\n2. Which is DNS?\n   A. VPC\n   B. Route 53\n\nCorrect answer: B\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["Which is a queue?", "<ul>\n<li>✓ <strong>a) SQS</strong></li>\n</ul>"],
      ["Which is DNS?", "<ul>\n<li>✓ <strong>B. Route 53</strong></li>\n</ul>"],
    ]);
  });
});

describe("a numbered question and its answer in one line (\"1. What is X? It is Y.\")", () => {
  it("shows the question sentence on the front and the rest as its answer", async () => {
    const bank = "# JS\n\n1. What is a closure? A function that keeps its scope.\n2. Why use `let`? `let` is block scoped.\n3. How many event loops run per tab? One, on the main thread.\n4. 什么是闭包？闭包是函数和其作用域。\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a closure?", "<p>A function that keeps its scope.</p>"],
      ["Why use let?", "<p><code>let</code> is block scoped.</p>"],
      ["How many event loops run per tab?", "<p>One, on the main thread.</p>"],
      ["什么是闭包？", "<p>闭包是函数和其作用域。</p>"],
    ]);
  });

  it("keeps the line whole when an instruction or a note goes on from the question, and drops an \"Answer:\" label", async () => {
    const bank = "# Design\n\n1. How would you design a cache? Consider scale and latency.\n2. What is sharding? Hint: think of keys.\n3. Why use queues? Discuss trade-offs.\n4. What is a CDN? Follow-up: what about edge caching\n5. What is a replica? Answer: A copy of the data.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["How would you design a cache? Consider scale and latency.", ""],
      ["What is sharding? Hint: think of keys.", ""],
      ["Why use queues? Discuss trade-offs.", ""],
      ["What is a CDN? Follow-up: what about edge caching", ""],
      ["What is a replica?", "<p>A copy of the data.</p>"],
    ]);
  });

  it("drops a dash between the question and its answer (\"What is X? - It is Y.\")", async () => {
    const bank = "# JS\n\n1. What is a closure? - A function that keeps its scope.\n2. What is hoisting? — Declarations move up.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a closure?", "<p>A function that keeps its scope.</p>"],
      ["What is hoisting?", "<p>Declarations move up.</p>"],
    ]);
  });

  it("reads a Chinese list of them, the answer right after the full-width \"？\"", async () => {
    const bank = "# 面试题\n\n## 基础\n\n### 什么是作用域？\n\n变量可见的范围。\n\n## 进阶\n\n1. 什么是闭包？闭包是函数和其作用域。\n2. 什么是原型链？原型链是继承机制。\n";
    expect((await cardsOf(bank)).map((c) => [c.topic, c.prompt, c.answer])).toEqual([
      ["基础", "什么是作用域？", "<p>变量可见的范围。</p>"],
      ["进阶", "什么是闭包？", "<p>闭包是函数和其作用域。</p>"],
      ["进阶", "什么是原型链？", "<p>原型链是继承机制。</p>"],
    ]);
  });

  it("keeps one question whole when what follows goes on with it, and a note that asks among statements as written", async () => {
    const bank = "# JS\n\n1. What is the difference between var and let? Explain with an example.\n2. What is hoisting? and why does it happen?\n3. Which loop is fastest? (2 marks)\n4. Consider this code. What does it print? It prints 1.\n5. What does this print? See the code below:\n\n## Notes\n\n- Arrays are objects.\n- Do you know an answer? Please open a PR.\n- Strings are primitives.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["What is the difference between var and let? Explain with an example.", ""],
      ["What is hoisting? and why does it happen?", ""],
      ["Which loop is fastest? (2 marks)", ""],
      ["Consider this code. What does it print? It prints 1.", ""],
      ["What does this print? See the code below:", ""],
    ]);
  });
});

describe("a lone paragraph question after a bulleted list of questions, or in a section's prose (\"What is X?\" over its answer)", () => {
  it("is a card when its answer is written below it", async () => {
    const bank = "# JS\n\n## What is scope?\n\nWhere names live.\n\n## Basics\n\n- What is a closure?\n- What is hoisting?\n\nWhat is a promise?\n\nA value that arrives later.\n\n## Event loop\n\nThis section covers timers.\n\nHow does the event loop work?\n\nIt runs queued callbacks.\n";
    const { cards, warnings } = await readFiles([{ path: "README.md", text: bank }]);
    expect(cards.map((c) => [c.topic, c.prompt, c.answer])).toEqual([
      ["JS", "What is scope?", "<p>Where names live.</p>"],
      ["Basics", "What is a closure?", ""],
      ["Basics", "What is hoisting?", ""],
      ["Basics", "What is a promise?", "<p>A value that arrives later.</p>"],
      ["Event loop", "How does the event loop work?", "<p>It runs queued callbacks.</p>"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("is a card after a list of statements too, when it plainly asks", async () => {
    const bank = "# JS\n\n## What is scope?\n\nWhere names live.\n\n## Basics\n\n- Arrays\n- Strings\n\nWhat is a promise?\n\nA value that arrives later.\n";
    expect((await cardsOf(bank)).map((c) => [c.topic, c.prompt, c.answer])).toEqual([
      ["JS", "What is scope?", "<p>Where names live.</p>"],
      ["Basics", "What is a promise?", "<p>A value that arrives later.</p>"],
    ]);
  });

  it("stays prose in a question's own answer, whatever sections the answer holds", async () => {
    const bank = "# JS\n\n## What is a closure?\n\nIntro text here.\n\nWhat does it do?\n\nIt keeps scope.\n\nHow is it used?\n\nFor private state.\n\n### Examples\n\n#### What does this print?\n\nIt prints 1.\n\n## What is hoisting?\n\nDeclarations move up.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => c.prompt)).toEqual(["What is a closure?", "What is hoisting?"]);
    expect(cards[0]!.answer).toContain("<p>How is it used?</p>");
  });

  it("stays prose in a file's introduction under its `#` title, and in front or back matter (\"## About\")", async () => {
    const bank = "# Interview questions\n\nWhat is inside?\n\nQuestions on JavaScript.\n\n## About\n\nWhat is this repo?\n\nA collection of questions.\n\n## Basics\n\n### What is a closure?\n\nA function with its scope.\n";
    const { cards, warnings } = await readFiles([{ path: "README.md", text: bank }]);
    expect(cards.map((c) => c.prompt)).toEqual(["What is a closure?"]);
    expect(warnings).toEqual(['README.md:7: section "About" has no questions and was skipped']);
  });

  it("without an answer below, is skipped with a note; a question that does not plainly ask stays prose", async () => {
    const bank = "# JS\n\n## What is scope?\n\nWhere names live.\n\n## Basics\n\n- What is a closure?\n- What is hoisting?\n\nWhat is a symbol?\n\n## Timers\n\nThis section covers timers.\n\nWhat is a timer?\n\nA delayed call.\n\nMore prose on timers.\n\nWhat is setTimeout?\n\n## Notes\n\nFound a bug?\n\nOpen an issue.\n";
    const { cards, warnings } = await readFiles([{ path: "README.md", text: bank }]);
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["What is scope?", "<p>Where names live.</p>"],
      ["What is a closure?", ""],
      ["What is hoisting?", ""],
      ["What is a timer?", "<p>A delayed call.</p>\n<p>More prose on timers.</p>"],
    ]);
    expect(warnings).toEqual([
      'README.md:12: "What is a symbol?" after a bulleted list has no answer below it and was skipped',
      'README.md:24: "What is setTimeout?" has no answer below it and was skipped',
      'README.md:26: section "Notes" has no questions and was skipped',
    ]);
  });
});

describe("a note about a section whose title names no topic (\"## Contents\", \"## Contributing\", an empty \"## \")", () => {
  it("names the section by its heading's words, or says it has none", async () => {
    const bank = "# JS\n\n## Contents\n\nRead on for the questions.\n\n## What is a closure?\n\nA function with its scope.\n\n## Contributing\n\nOpen a pull request.\n\n## \n\nStray words.\n";
    const { cards, warnings } = await readFiles([{ path: "README.md", text: bank }]);
    expect(cards.map((c) => c.prompt)).toEqual(["What is a closure?"]);
    expect(warnings).toEqual([
      'README.md:3: section "Contents" has no questions and was skipped',
      'README.md:11: section "Contributing" has no questions and was skipped',
      "README.md:15: a section without a title has no questions and was skipped",
    ]);
  });
});

describe("a glossary list (\"- **Term**: definition\", \"- `term` — definition\") with items that are not terms", () => {
  it("reads terms in code as terms, and names each item that is no term in a note instead of dropping it silently", async () => {
    const bank = "# Terms\n\n- **TCP**: a reliable ordered byte stream.\n- **UDP**: unreliable datagrams without a connection.\n- `DNS` — the system that maps names to addresses.\n- See also the RFC index for the rest.\n- `git pull` - fetch and merge in one step.\n";
    const { cards, warnings } = await readFiles([{ path: "README.md", text: bank }]);
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["TCP", "<p>a reliable ordered byte stream.</p>"],
      ["UDP", "<p>unreliable datagrams without a connection.</p>"],
      ["DNS", "<p>the system that maps names to addresses.</p>"],
      ["git pull", "<p>fetch and merge in one step.</p>"],
    ]);
    expect(warnings).toEqual(['README.md:6: "See also the RFC index for the rest." in a glossary list is no term with its definition and was skipped']);
  });
});

describe("a bank written with Windows line ends (\"\\r\\n\") and a byte-order mark", () => {
  it("reads as the same bank with plain new lines: no stray \\r in options or answers", async () => {
    const bank = "# AWS\n\n1. Which is a queue?\n   a) SQS\n   b) SNS\n   Answer: (a)\n2. What is a VPC?\n   A private network.\n   It holds subnets.\n";
    const windows = `\uFEFF${bank.replace(/\n/g, "\r\n")}`;
    const cards = await cardsOf(windows);
    expect(cards).toEqual(await cardsOf(bank));
    expect(cards.map((c) => c.answer)).toEqual([
      "<ul>\n<li>✓ <strong>a) SQS</strong></li>\n</ul>",
      "<p>A private network.\nIt holds subnets.</p>",
    ]);
  });
});

describe("robustness probes that already read right (kept so they stay so)", () => {
  it("reads setext headings, tab-indented answers, emoji before a question and task-list questions with and without answers", async () => {
    const bank = "Bank\n====\n\nWhat is a closure?\n------------------\n\n\tA function bundled with the scope it was made in.\n\n## 🔹 What is hoisting?\n\nDeclarations move up.\n\n## Tasks\n\n- [ ] What is a promise?\n  A value that arrives later.\n- [x] What is a generator?\n  A function that pauses.\n\n## Open\n\n- [ ] What is a symbol?\n- [ ] What is a proxy?\n- [ ] What is a realm?\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.prompt, c.answered, c.answer])).toEqual([
      ["What is a closure?", true, "<p>A function bundled with the scope it was made in.</p>"],
      ["What is hoisting?", true, "<p>Declarations move up.</p>"],
      ["What is a promise?", true, "<p>A value that arrives later.</p>"],
      ["What is a generator?", true, "<p>A function that pauses.</p>"],
      ["What is a symbol?", false, ""],
      ["What is a proxy?", false, ""],
      ["What is a realm?", false, ""],
    ]);
  });
});
