import { readDeck, type BankFile } from "@/lib/content";

/** Shapes of bank read in the fifth round, each on a tiny bank of its own: what a user sees on the cards. */
async function readFiles(files: BankFile[]) {
  const r = await readDeck({ slug: "d", title: "Bank", files });
  const cards = r.deck?.topics.flatMap((t) => t.cards.map((c) => ({ topic: t.title, prompt: c.prompt, answered: c.hasAnswer, answer: c.answerHtml ?? "", front: c.frontHtml ?? "" }))) ?? [];
  return { cards, warnings: r.warnings };
}
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
});
