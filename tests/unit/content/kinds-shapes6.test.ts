import { readBank } from "./read-bank";

/** Shapes of bank read in the sixth round, each on a tiny bank of its own: what a user sees on the cards. */
const readFiles = readBank;
const cardsOf = async (text: string) => (await readFiles([{ path: "README.md", text }])).cards;

describe("a difficulty or company tag after a question (\"What is a closure? (Easy)\", \"… [Asked in Amazon]\")", () => {
  it("is not part of the question, bracketed, after a dash, bare after the question mark, or in its own emphasis", async () => {
    const bank = [
      "# Q",
      "## What is a closure? (Easy)\n\nA function with its scope.",
      "## Reverse a linked list [Asked in Amazon]\n\nWalk it once.",
      "## What is hoisting? [Hard] 🔥\n\nDeclarations move up.",
      "## Explain the event loop - Medium\n\nA queue of tasks.",
      "## What is a promise? 🟢 Beginner\n\nA future value.",
      "## What is a shard? (Easy) [Asked in Google]\n\nA slice of the data.",
    ].join("\n\n");
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a closure?", "<p>A function with its scope.</p>"],
      ["Reverse a linked list", "<p>Walk it once.</p>"],
      ["What is hoisting?", "<p>Declarations move up.</p>"],
      ["Explain the event loop", "<p>A queue of tasks.</p>"],
      ["What is a promise?", "<p>A future value.</p>"],
      ["What is a shard?", "<p>A slice of the data.</p>"],
    ]);
  });

  it("is not read as the answer of a bold question, in a paragraph or a list item, nor left in the question", async () => {
    const bank = [
      "# Q",
      "**What is currying?** *(Intermediate, asked by Google)*\n\nOne argument at a time.",
      "**What is a thunk? (Difficulty: Advanced)**\n\nA delayed call.",
      "**What is a closure?** (Easy)\n\nScope.",
    ].join("\n\n");
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is currying?", "<p>One argument at a time.</p>"],
      ["What is a thunk?", "<p>A delayed call.</p>"],
      ["What is a closure?", "<p>Scope.</p>"],
    ]);
    const list = "# Q\n\n- **What is X?** `Hard`\n\n  Y.\n- **What is Z?** [Medium]\n\n  W.\n- **What is V?** (Easy) 🔥\n  It is V.\n";
    expect((await cardsOf(list)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is X?", "<p>Y.</p>"],
      ["What is Z?", "<p>W.</p>"],
      ["What is V?", "<p>It is V.</p>"],
    ]);
  });

  it("keeps a bracket that is part of the question, and a difficulty word the question asks about", async () => {
    const bank = [
      "# Q",
      "## How do you reverse a list (in Python)?\n\n`reversed()`.",
      "## What are arrow functions (ES6)\n\nShort functions.",
      "## Why was this question closed [closed]\n\nOff topic.",
      "## What makes a problem hard?\n\nNo known fast algorithm.",
      "## Which sort is easy to write (bubble sort)?\n\nBubble sort.",
      "## What differs: basic - advanced\n\nDepth.",
    ].join("\n\n");
    expect((await cardsOf(bank)).map((c) => c.prompt)).toEqual([
      "How do you reverse a list (in Python)?",
      "What are arrow functions (ES6)",
      "Why was this question closed [closed]",
      "What makes a problem hard?",
      "Which sort is easy to write (bubble sort)?",
      "What differs: basic - advanced",
    ]);
  });
});

describe("an answer written as marked lines in one paragraph (\"a) one⏎b) two\", \"Step 1: …⏎Step 2: …\")", () => {
  it("shows each line on its own line, whatever the marks", async () => {
    const bank = [
      "# Q",
      "## What are the parts of a URL?\n\na) the scheme\nb) the host\nc) the `path`",
      "## How do you deploy?\n\nStep 1: build the image\nStep 2: push it",
      "## Which are the levels?\n\ni. low\nii. high",
      "## Why is it used?\n\n• fast\n• small",
    ].join("\n\n");
    expect((await cardsOf(bank)).map((c) => c.answer)).toEqual([
      "<p>a) the scheme<br>\nb) the host<br>\nc) the <code>path</code></p>",
      "<p>Step 1: build the image<br>\nStep 2: push it</p>",
      "<p>i. low<br>\nii. high</p>",
      "<p>• fast<br>\n• small</p>",
    ]);
  });

  it("does so for the marks of Chinese and Japanese banks (\"1、\", \"（1）\", \"①\"), the words right after them", async () => {
    const bank = "# 面试题\n\n## 闭包的特点？\n\n1、保存变量\n2、延长作用域\n\n## 原型链？\n\n（1）继承\n（2）查找\n\n## 事件循环？\n\n①宏任务\n②微任务\n";
    expect((await cardsOf(bank)).map((c) => c.answer)).toEqual(["<p>1、保存变量<br>\n2、延长作用域</p>", "<p>（1）继承<br>\n（2）查找</p>", "<p>①宏任务<br>\n②微任务</p>"]);
  });

  it("does so under a first line that leads in to them with a colon", async () => {
    const bank = "# Q\n\n## What are the parts?\n\nThere are two:\na) the scheme\nb) the host\n";
    expect((await cardsOf(bank)).map((c) => c.answer)).toEqual(["<p>There are two:<br>\na) the scheme<br>\nb) the host</p>"]);
  });

  it("leaves wrapped prose, and a paragraph where a line opens with no mark, as GitHub shows it", async () => {
    const bank = "# Q\n\n## What is a URL?\n\nAn address\nof a resource.\n\n## What are the parts?\n\na) the scheme, and\nthe host\nb) the path\n\n## What is e.g.?\n\ne.g. an example\ni.e. that is\n";
    expect((await cardsOf(bank)).map((c) => c.answer)).toEqual(["<p>An address\nof a resource.</p>", "<p>a) the scheme, and\nthe host\nb) the path</p>", "<p>e.g. an example\ni.e. that is</p>"]);
  });
});

describe("a quiz's key line under its ticked options (\"**Answer:** b) final\", \"Answer: B\")", () => {
  it("goes when it only repeats the tick: the letter or number, and maybe the option's text", async () => {
    const bank = [
      "# Quiz",
      "### Which keyword makes a constant?\n\n- a) var\n- b) final\n- c) let\n\n**Answer:** b) final",
      "### Which is a queue?\n\n1. SNS\n2. SQS\n\nAnswer: 2",
      "### Which are storage? (Choose two)\n\n- A) S3\n- B) Lambda\n- C) EBS\n\nCorrect answer: A, C",
    ].join("\n\n");
    expect((await cardsOf(bank)).map((c) => c.answer)).toEqual([
      "<ul>\n<li>✓ <strong>b) final</strong></li>\n</ul>",
      "<ul>\n<li>✓ <strong>2. SQS</strong></li>\n</ul>",
      "<ul>\n<li>✓ <strong>A) S3</strong></li>\n<li>✓ <strong>C) EBS</strong></li>\n</ul>",
    ]);
  });

  it("keeps what it explains beyond the tick, and a key that names no option", async () => {
    const bank = [
      "# Quiz",
      "### Which runs code?\n\n- A) S3\n- B) Lambda\n\nAnswer: B, because Lambda runs functions.",
      "### Which is a queue?\n\n- A) SQS\n- B) SNS\n\nAnswer: A\nExplanation: SNS is pub/sub.",
      "### Which sets the flag?\n\n- A) -x\n- B) -f\n\n**B** — The flag is set by -f.",
      "### Which stores objects?\n\n- A) S3\n- B) EBS\n\nAnswer: A) S3. Lambda runs code.",
      "### Which is a disk?\n\n- A) S3\n- B) EBS\n\nAnswer: E",
    ].join("\n\n");
    expect((await cardsOf(bank)).map((c) => c.answer.replace(/^<ul>[^]*<\/ul>\n?/, ""))).toEqual([
      "<p>Because Lambda runs functions.</p>",
      "<p>Explanation: SNS is pub/sub.</p>",
      "<p>The flag is set by -f.</p>",
      "<p>Lambda runs code.</p>",
      "<p>Answer: E</p>",
    ]);
  });
});

describe("a quiz's key hidden in an answer <details> under its ticked options", () => {
  it("goes with the <details> when that is all it holds; what it explains stays, the <details> opened", async () => {
    const bank = [
      "# Quiz",
      "### Which runs code?\n\n- A) S3\n- B) Lambda\n\n<details><summary>Answer</summary>\n\nB\n\n</details>",
      "### Which is a queue?\n\n- A) SQS\n- B) SNS\n\n<details><summary>Show answer</summary>\n\nAnswer: A) SQS\n\nSNS is pub/sub.\n\n</details>",
    ].join("\n\n");
    expect((await cardsOf(bank)).map((c) => c.answer)).toEqual([
      "<ul>\n<li>✓ <strong>B) Lambda</strong></li>\n</ul>",
      "<ul>\n<li>✓ <strong>A) SQS</strong></li>\n</ul>\n<p>SNS is pub/sub.</p>",
    ]);
  });
});

describe("a quiz's key written without a separator (\"Right answer is B.\", \"Ans B\")", () => {
  it("ticks the option it names", async () => {
    const bank = [
      "# Quiz",
      "### Which keyword makes a constant?\n\n- a) var\n- b) final\n\nRight answer is B.",
      "### Which runs code?\n\n- (a) S3\n- (b) EBS\n- (c) Lambda\n\nCorrect answer is (c)",
      "### Which is a queue?\n\n1. SNS\n2. SQS\n\nThe answer is 2",
      "### Which is DNS?\n\n- A. VPC\n- B. Route 53\n\nAns B",
      "### Which is a CDN?\n\n- a. S3\n- b. CloudFront\n\nAns. b",
      "## More\n\n1. Which is a database? a) S3 b) RDS c) EC2\n   Right answer is B.\n",
    ].join("\n\n");
    expect((await cardsOf(bank)).map((c) => /✓ <strong>([^<]*)<\/strong>/.exec(c.answer)?.[1])).toEqual(["b) final", "(c) Lambda", "2. SQS", "B. Route 53", "b. CloudFront", "b) RDS"]);
  });

  it("does not read a word or a name after \"the answer is\" as a key", async () => {
    const bank = "# Quiz\n\n### Which is storage?\n\n- A) S3\n- B) EBS\n\nThe answer is B-tree based, not A.\n\n### Which is a function?\n\n- A) S3\n- B) Lambda\n\nThe answer is a function that runs.\n";
    expect((await cardsOf(bank)).map((c) => c.answer.includes("✓"))).toEqual([false, false]);
  });
});

describe("a numbered question's options numbered at column 0 under it (\"3. Which…?⏎1) S3 2) Lambda⏎Answer: 2\")", () => {
  it("reads them as that question's options, on one line or a line each, the key under them or in the paragraph after", async () => {
    const bank = [
      "# AWS",
      "1. Which runs code?\n1) S3 2) Lambda 3) RDS\nAnswer: 2",
      "2. Which is a queue?\n1) SQS\n2) SNS\nAnswer: 1",
      "3. Which is DNS?\n1) VPC\n2) Route 53\n\nAnswer: 2",
    ].join("\n\n");
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["Which runs code?", "<ul>\n<li>✓ <strong>2) Lambda</strong></li>\n</ul>"],
      ["Which is a queue?", "<ul>\n<li>✓ <strong>1. SQS</strong></li>\n</ul>"],
      ["Which is DNS?", "<ul>\n<li>✓ <strong>2. Route 53</strong></li>\n</ul>"],
    ]);
  });

  it("leaves a numbered list under a question that no key reads as options as it was", async () => {
    const bank = "# Steps\n\n1. How do you deploy?\n\n   Like this:\n\n1) Build\n2) Push\n\n2. How do you roll back?\n\n   Revert.\n";
    expect((await cardsOf(bank)).map((c) => c.prompt)).toEqual(["How do you deploy?", "How do you roll back?"]);
  });
});

describe("question headings right after the file's title, before its first topic heading", () => {
  it("go in a topic named by the title, listed first, setext or ATX; with no title, by the file's name", async () => {
    const setext = "JavaScript Questions\n====================\n\nWhat is a closure?\n------------------\n\nA function with scope.\n\n## Async\n\n### What is a promise?\n\nA future.\n";
    const atx = "# JavaScript Questions\n\n### What is a closure?\n\nA function with scope.\n\n## Async\n\n### What is a promise?\n\nA future.\n";
    const untitled = "What is a closure?\n------------------\n\nA function with scope.\n\n## Async\n\n### What is a promise?\n\nA future.\n";
    const topics = async (text: string) => (await cardsOf(text)).map((c) => [c.topic, c.prompt]);
    const expected = [["JavaScript Questions", "What is a closure?"], ["Async", "What is a promise?"]];
    expect(await topics(setext)).toEqual(expected);
    expect(await topics(atx)).toEqual(expected);
    expect(await topics(untitled)).toEqual([["README", "What is a closure?"], ["Async", "What is a promise?"]]);
  });

  it("are one topic when the file has no topic heading at all", async () => {
    const bank = "JavaScript Questions\n====================\n\nWhat is a closure?\n------------------\n\nA function with scope.\n\nWhat is hoisting?\n-----------------\n\nMoving up.\n";
    expect((await cardsOf(bank)).map((c) => c.topic)).toEqual(["JavaScript Questions", "JavaScript Questions"]);
  });
});

describe("a section numbering its questions two ways (\"1、Q⏎A\" paragraphs, then \"一、Q\" over an answer paragraph)", () => {
  it("reads both kinds as questions, whichever comes first", async () => {
    const leadFirst = "# 面试题\n\n## 基础\n\n1、什么是闭包？\n闭包是函数和其作用域。\n\n2、什么是作用域？\n变量可见的范围。\n\n一、什么是原型链？\n\n原型链是继承机制。\n\n二、什么是事件循环？\n\n调度机制。\n";
    const paragraphFirst = "# 面试题\n\n## 基础\n\n1、什么是闭包？\n\n闭包是函数和其作用域。\n\n2、什么是作用域？\n\n变量可见的范围。\n\n一、什么是原型链？\n原型链是继承机制。\n\n二、什么是事件循环？\n调度机制。\n";
    const expected = [
      ["什么是闭包？", "<p>闭包是函数和其作用域。</p>"],
      ["什么是作用域？", "<p>变量可见的范围。</p>"],
      ["什么是原型链？", "<p>原型链是继承机制。</p>"],
      ["什么是事件循环？", "<p>调度机制。</p>"],
    ];
    expect((await cardsOf(leadFirst)).map((c) => [c.prompt, c.answer])).toEqual(expected);
    expect((await cardsOf(paragraphFirst)).map((c) => [c.prompt, c.answer])).toEqual(expected);
  });

  it("keeps numbered points of an answer that do not ask, and a numbered question with no answer under it, in the answer", async () => {
    const bank = "# 面试题\n\n## 基础\n\n1、什么是闭包？\n闭包是函数和其作用域。\n\n一、首先，它保存变量。\n\n二、为什么？\n\n## 进阶\n\n### 什么是X？\n\nY。\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["什么是闭包？", "<p>闭包是函数和其作用域。</p>\n<p>一、首先，它保存变量。</p>\n<p>二、为什么？</p>"],
      ["什么是X？", "<p>Y。</p>"],
    ]);
  });
});
