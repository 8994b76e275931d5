import { readDeck } from "@/lib/content";
import { pairsOf, readBank } from "./read-bank";

/* Labels around a question and its answer ("### Question 1", "### Answer", "**Answer:**"): not shown, and never costing the answer. */
const cardsOf = pairsOf;

describe("a numbered label heading over its question, then an answer heading", () => {
  it("is one card: the paragraph asks, the answer heading's content answers", async () => {
    const bank = [
      "# SQL",
      "## Joins",
      "### Question 1\nWhat is the difference between INNER JOIN and LEFT JOIN?\n\n### Answer\nINNER JOIN keeps matching rows only.",
      "### Question 2\nWhat does a FULL OUTER JOIN return?\n\n### Solution:\nEvery row of both tables.\n\n```sql\nSELECT * FROM a FULL JOIN b ON a.id = b.id;\n```",
    ].join("\n\n");
    expect(await cardsOf(bank)).toEqual([
      ["What is the difference between INNER JOIN and LEFT JOIN?", "<p>INNER JOIN keeps matching rows only.</p>"],
      ["What does a FULL OUTER JOIN return?", '<p>Every row of both tables.</p>\n<pre><code class="language-sql">SELECT * FROM a FULL JOIN b ON a.id = b.id;\n</code></pre>'],
    ]);
  });
});

describe("an answer label in bold before the answer's words", () => {
  it("goes with the space after it (\"**Answer:** The JVM…\")", async () => {
    const bank = "# Java\n\n***\n\n**Question:** What is the JVM?\n\n**Answer:** The Java Virtual Machine runs `.class` files.\n\n***\n\n**Question:** What is the JIT?\n\n**Answer:** It compiles hot bytecode.";
    expect(await cardsOf(bank)).toEqual([
      ["What is the JVM?", "<p>The Java Virtual Machine runs <code>.class</code> files.</p>"],
      ["What is the JIT?", "<p>It compiles hot bytecode.</p>"],
    ]);
  });
});

describe("question and answer labels in other languages, and with a full-width colon", () => {
  it("are dropped as \"Q:\" and \"Answer:\" are (\"答：\", \"**答：**\", \"A：\", \"问：\", \"Ответ:\")", async () => {
    const headings = "# 前端\n\n### 1. DOCTYPE 的作用是什么？\n\n**答：** 告诉浏览器用哪种模式解析文档。\n\n### 2. What does a worker do?\n\nA： It runs the tasks.";
    expect(await cardsOf(headings)).toEqual([
      ["DOCTYPE 的作用是什么？", "<p>告诉浏览器用哪种模式解析文档。</p>"],
      ["What does a worker do?", "<p>It runs the tasks.</p>"],
    ]);
    expect(await cardsOf("# JS\n\n问：什么是闭包？\n\n答：能读取其他函数内部变量的函数。\n\n问：什么是原型？\n\n答：对象继承属性的来源。")).toEqual([
      ["什么是闭包？", "<p>能读取其他函数内部变量的函数。</p>"],
      ["什么是原型？", "<p>对象继承属性的来源。</p>"],
    ]);
    expect(await cardsOf("# Java\n\nВопрос: Что такое JVM?\n\nОтвет: Виртуальная машина Java.\n\nВопрос: Что такое JIT?\n\nОтвет: Компилятор на лету.")).toEqual([
      ["Что такое JVM?", "<p>Виртуальная машина Java.</p>"],
      ["Что такое JIT?", "<p>Компилятор на лету.</p>"],
    ]);
  });
});

describe("a folder of one-question files, each \"## Question\" over its question and \"## Answer\" over the answer", () => {
  it("is one topic of those questions, the index page's list of links no card", async () => {
    const file = (q: string, a: string) => `## Question\n\n${q}\n\n## Answer\n\n${a}\n`;
    const { cards } = await readBank([
      { path: "README.md", text: "# Concurrency questions\n\n- [Question 1](questions/q1.md)\n- [Question 2](questions/q2.md)\n" },
      { path: "questions/q1.md", text: file("What is a race condition?", "Two threads and no order.") },
      { path: "questions/q2.md", text: file("What is a mutex?", "A lock for one thread at a time.") },
    ]);
    expect(cards.map((c) => [c.topic, c.prompt, c.answer])).toEqual([
      ["questions", "What is a race condition?", "<p>Two threads and no order.</p>"],
      ["questions", "What is a mutex?", "<p>A lock for one thread at a time.</p>"],
    ]);
  });
});

describe("a quoted question with its label (\"> **Q:** What is X?\")", () => {
  it("loses the label, as a paragraph's question does", async () => {
    const bank = "# Linux\n\n> **Q:** What does `chmod 755` do?\n\nOwner all, others read and execute.\n\n> **Q:** What is a zombie process?\n\nA finished process not yet reaped.";
    const { cards } = await readBank(bank);
    expect(cards.map((c) => c.prompt)).toEqual(["What does chmod 755 do?", "What is a zombie process?"]);
    const r = await readDeck({ slug: "d", files: [{ path: "README.md", text: bank }] });
    expect(r.deck?.topics[0]?.cards[0]?.promptHtml).toBe("What does <code>chmod 755</code> do?");
  });
});

describe("a pinned id the app could not key progress on", () => {
  it("is a problem at the question's line that says what an id may hold", async () => {
    const r = await readDeck({ slug: "d", files: [{ path: "README.md", text: "# T\n\n## What is X? {#a//b}\n\nIt is Y.\n" }] });
    expect(r.problems).toEqual([
      expect.objectContaining({ line: 3, message: 'card "What is X?": id lowercase letters, digits, hyphens and slashes (got "a//b")', fix: expect.stringContaining("pin an id of lowercase letters") }),
    ]);
  });
});
