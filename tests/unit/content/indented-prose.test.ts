import { readDeck } from "@/lib/content";
import { proseFromIndentedCode, readsAsProse } from "@/lib/content/indented-prose";
import { parseMarkdown } from "@/lib/content/markdown";

/** Sentences a bank indents under its questions are the answer's paragraphs; indented code stays code. */
async function cardsOf(text: string) {
  const r = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text }] });
  return r.deck?.topics.flatMap((t) => t.cards.map((c) => ({ prompt: c.prompt, answer: c.answerHtml ?? "" }))) ?? [];
}

describe("indented prose under a question", () => {
  it("CJK sentences indented under a heading question are paragraphs", async () => {
    const bank = "### 什么是 MongoDB？\n\n    MongoDB 是一个基于分布式文件存储的开源数据库系统。\n\n    它的特点是高性能、易部署。\n\n### 什么是副本集？\n\n    副本集是一组保存相同数据的 mongod 进程。\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => c.prompt)).toEqual(["什么是 MongoDB？", "什么是副本集？"]);
    expect(cards[0]!.answer).toBe("<p>MongoDB 是一个基于分布式文件存储的开源数据库系统。</p>\n<p>它的特点是高性能、易部署。</p>");
    expect(cards[1]!.answer).not.toContain("<pre");
  });

  it("English sentences indented under a list question are a paragraph, their inline code kept", async () => {
    const bank = "- What is a replica set?\n\n      A replica set is a group of `mongod` processes that keep the same data.\n      It gives redundancy, and failover when the primary goes down.\n\n- What is sharding?\n\n      Sharding splits a collection across several machines by a key.\n";
    const cards = await cardsOf(bank);
    expect(cards).toHaveLength(2);
    expect(cards[0]!.answer).toMatch(/^<p>A replica set is a group of <code>mongod<\/code> processes/);
    expect(cards[1]!.answer).toBe("<p>Sharding splits a collection across several machines by a key.</p>");
  });

  it("in one indented block, the sentences are paragraphs and the code between them stays one code block", async () => {
    const bank = "### 如何创建索引？\n\n    MongoDB 支持在任意字段上创建索引。例如：\n\n    db.users.createIndex({ name: 1 })\n\n    db.users.createIndex({ a: 1, b: -1 })\n\n    索引会占用内存。\n";
    const [card] = await cardsOf(bank);
    expect(card!.answer).toBe("<p>MongoDB 支持在任意字段上创建索引。例如：</p>\n<pre><code>db.users.createIndex({ name: 1 })\n\ndb.users.createIndex({ a: 1, b: -1 })\n</code></pre>\n<p>索引会占用内存。</p>");
  });

  it("indented code stays code: statements, calls, commands, Python, and a fenced block of sentences", async () => {
    const bank = [
      "### What does this print?\n\n    const x = 1;\n    console.log(x);\n",
      "### How do you start it?\n\n    docker run -d mongo\n",
      "### How do you define a function?\n\n    def greet(name):\n        return name\n",
      "### What is the output?\n\n    Hello world, this is a sentence.\n    print(greeting)\n",
      "### What does the log say?\n\n```\nThe server started and is listening on the port you gave it.\n```\n",
    ].join("\n");
    const cards = await cardsOf(bank);
    expect(cards).toHaveLength(5);
    for (const c of cards) expect(c.answer).toMatch(/^<pre><code/);
  });

  it("readsAsProse: sentences, not code or short labels", () => {
    expect(readsAsProse("它的特点是高性能、易部署。")).toBe(true);
    expect(readsAsProse("The primary takes every write, and the others copy it.")).toBe(true);
    expect(readsAsProse("let total = a + b")).toBe(false);
    expect(readsAsProse("SELECT name FROM users")).toBe(false);
    expect(readsAsProse("if (ready) start()")).toBe(false);
    expect(readsAsProse("使用 find() 方法查询文档，它返回一个游标。")).toBe(true);
    expect(readsAsProse("Call `db.users.find()` to get a cursor over the matching documents.")).toBe(true);
    expect(readsAsProse("x = 1  // 中文注释")).toBe(false);
    expect(readsAsProse("Hello World")).toBe(false);
    expect(readsAsProse("<div class=\"box\">text</div>")).toBe(false);
  });
});

describe("proseFromIndentedCode", () => {
  it("gives back the parsed blocks themselves where nothing is indented prose, and only the changed ones as copies", () => {
    const source = "- What is X?\n\n  > quoted\n\n- Why?\n\n      Because the answer is a sentence of several words.\n\n```js\nlet x = 1;\n```\n";
    const blocks = parseMarkdown(source).children;
    const out = proseFromIndentedCode(blocks, source);
    expect(out).toHaveLength(blocks.length);
    const list = out[0] as { children: { children: unknown[] }[] };
    const before = blocks[0] as { children: { children: unknown[] }[] };
    expect(list).not.toBe(before); // its second item holds prose: copied
    expect(list.children[0]).toBe(before.children[0]); // its first item has none: the same node
    expect(out[1]).toBe(blocks[1]); // a fenced block is never prose
  });
});
