import { readDeck } from "@/lib/content";

/** Shapes of bank read late, each on a tiny bank of its own: what a user sees on the cards. */
async function read(text: string) {
  const r = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text }] });
  const cards = r.deck?.topics.flatMap((t) => t.cards.map((c) => ({ topic: t.title, prompt: c.prompt, answered: c.hasAnswer, answer: c.answerHtml ?? "" }))) ?? [];
  return { cards, warnings: r.warnings };
}
const cardsOf = async (text: string) => (await read(text)).cards;

describe("sibling headings ending in a colon beside headings that ask (\"### Types of scheduling algorithms:\")", () => {
  const bank =
    "# OS\n\n## Processes\n\n### What is a process?\n\nA program in execution.\n\n### Types of scheduling algorithms:\n\n- FCFS\n- Round robin\n\n### States of a process:\n\nNew, ready, running.\n\n" +
    "## Memory\n\n### What is paging?\n\nFixed-size blocks.\n\n### Page replacement algorithms:\n\nLRU, FIFO.\n\n### Example:\n\n`lru(3)`\n";

  it("are cards, their content the answer, when a sibling asks and most siblings ask or point", async () => {
    expect((await cardsOf(bank)).map((c) => [c.topic, c.prompt, c.answer])).toEqual([
      ["Processes", "What is a process?", "<p>A program in execution.</p>"],
      ["Processes", "Types of scheduling algorithms:", "<ul>\n<li>FCFS</li>\n<li>Round robin</li>\n</ul>"],
      ["Processes", "States of a process:", "<p>New, ready, running.</p>"],
      ["Memory", "What is paging?", "<p>Fixed-size blocks.</p>"],
      ["Memory", "Page replacement algorithms:", "<p>LRU, FIFO.</p>"],
    ]);
  });

  it("a one-word label (\"Example:\") is not a prompt, and titles of a notes bank (no sibling asks) stay titles", async () => {
    const { warnings } = await read(bank);
    expect(warnings.some((w) => w.includes('"Example:" has no questions'))).toBe(true);
    const notes = "# Docker notes\n\n## Basics\n\n### Images and layers:\n\nRead-only layers.\n\n### Running containers:\n\n`docker run`.\n\n### Volumes and mounts:\n\nPersistent data.\n\n## More\n\n### What is Compose?\n\nA tool.\n";
    expect((await cardsOf(notes)).map((c) => c.prompt)).toEqual(["What is Compose?"]);
  });
});

describe("a numbered item whose question is folded in <details> under a plain line (\"1. Thing 1⏎   <details><summary>What is…?\")", () => {
  it("is the summary's question and the body's answer, indented under the item or at column 0 below it; the line is dropped", async () => {
    const bank =
      "# Java\n\n1. JVM\n   <details><summary>What is the JVM?</summary>\n\n   It runs bytecode.\n\n   </details>\n\n" +
      "2. JIT\n<details><summary>What is the JIT compiler?</summary>\n\nIt compiles hot code.\n\n</details>\n\n" +
      "3. GC\n   <details><summary>What is garbage collection?</summary>\n\n   Reclaiming memory.\n\n   </details>\n";
    const { cards, warnings } = await read(bank);
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["What is the JVM?", "<p>It runs bytecode.</p>"],
      ["What is the JIT compiler?", "<p>It compiles hot code.</p>"],
      ["What is garbage collection?", "<p>Reclaiming memory.</p>"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("a question over an answer folded as \"Answer\" stays that question, its answer shown", async () => {
    const bank = "1. What is the JVM?\n   <details><summary>Answer</summary>\n\n   It runs bytecode.\n\n   </details>\n2. What is the JIT?\n   <details><summary>Answer</summary>\n\n   It compiles hot code.\n\n   </details>\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is the JVM?", "<p>It runs bytecode.</p>"],
      ["What is the JIT?", "<p>It compiles hot code.</p>"],
    ]);
  });
});
