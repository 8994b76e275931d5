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

describe("a glossary written as a list (\"- **Term** — definition\")", () => {
  it("is a card per term, the definition and what the item nests its answer, whatever the separator", async () => {
    const bank =
      "# Networking\n\nWords you will hear.\n\n- **Latency** — the time a packet takes to arrive.\n- **Bandwidth** – the maximum rate of transfer.\n- **Throughput** - the rate that really gets through.\n" +
      "- **Jitter**: variation in latency over time.\n- **MTU:** the largest packet a link carries.\n  ```sh\n  ip link show\n  ```\n- **RTT** : round-trip time, measured by ping.\n";
    const { cards, warnings } = await read(bank);
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["Latency", "<p>the time a packet takes to arrive.</p>"],
      ["Bandwidth", "<p>the maximum rate of transfer.</p>"],
      ["Throughput", "<p>the rate that really gets through.</p>"],
      ["Jitter", "<p>variation in latency over time.</p>"],
      ["MTU", '<p>the largest packet a link carries.</p>\n<pre><code class="language-sh">ip link show\n</code></pre>'],
      ["RTT", "<p>round-trip time, measured by ping.</p>"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("keeps a spelled-out name in brackets after the term with the term", async () => {
    const bank = "# Net\n\n1. **TCP** (Transmission Control Protocol) — a reliable stream transport.\n2. **UDP** (User Datagram Protocol): a connectionless datagram transport.\n3. **IP** — the protocol that routes packets.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["TCP (Transmission Control Protocol)", "<p>a reliable stream transport.</p>"],
      ["UDP (User Datagram Protocol)", "<p>a connectionless datagram transport.</p>"],
      ["IP", "<p>the protocol that routes packets.</p>"],
    ]);
  });

  it("bold leads in an answer stay that answer's points, and two bold-led bullets are no glossary", async () => {
    const bank =
      "# TCP\n\n**What is TCP?**\n\nA reliable transport.\n\n- **Reliable**: it retransmits lost data.\n- **Ordered**: it delivers bytes in order.\n- **Connected**: it shakes hands first.\n\n" +
      "## Notes\n\n- **Fast**: it is quick to set up.\n- **Safe**: it checks every packet.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => c.prompt)).toEqual(["What is TCP?"]);
    expect(cards[0]!.answer).toContain("<li><strong>Ordered</strong>: it delivers bytes in order.</li>");
  });

  it("a list of Q/A labels or lettered options is not a glossary", async () => {
    const bank = "# Quiz\n\n- **Q:** What is TCP?\n  **A:** A transport protocol.\n- **Q:** What is UDP?\n  **A:** A datagram protocol.\n- **Q:** What is IP?\n  **A:** The internet protocol.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is TCP?", "<p>A transport protocol.</p>"],
      ["What is UDP?", "<p>A datagram protocol.</p>"],
      ["What is IP?", "<p>The internet protocol.</p>"],
    ]);
  });
});

describe("a raw HTML <table> of question | answer rows", () => {
  it("is read as a pipe table is: a card per row, the answer's HTML sanitized, a contents table left out", async () => {
    const bank =
      "# JavaScript\n\n<table>\n<tr><th>Question</th><th>Answer</th></tr>\n<tr><td>What is a closure?</td><td>A function with its <b>scope</b>.</td></tr>\n" +
      '<tr><td>What is hoisting?</td><td>Declarations move up.<script>alert(1)</script> <a href="javascript:alert(1)" onclick="x()">more</a></td></tr>\n' +
      "<tr><td>What does <code>typeof null</code> return?</td><td><code>\"object\"</code>, a historical bug.</td></tr>\n</table>\n\n" +
      '## Contents\n\n<table>\n<tr><th>#</th><th>Question</th></tr>\n<tr><td>1</td><td><a href="#a">What is a closure?</a></td></tr>\n<tr><td>2</td><td><a href="#b">What is hoisting?</a></td></tr>\n</table>\n';
    const r = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text: bank }] });
    const cards = r.deck!.topics.flatMap((t) => t.cards);
    expect(cards.map((c) => [c.prompt, c.promptHtml, c.line])).toEqual([
      ["What is a closure?", "What is a closure?", 5],
      ["What is hoisting?", "What is hoisting?", 6],
      ["What does typeof null return?", "What does <code>typeof null</code> return?", 7],
    ]);
    expect(cards[0]!.answerHtml).toBe("<p>A function with its <b>scope</b>.</p>");
    expect(cards[1]!.answerHtml).not.toMatch(/script|javascript:|onclick/);
    expect(cards[1]!.answerHtml).toContain("Declarations move up.");
    expect(cards[2]!.answerHtml).toBe('<p><code>"object"</code>, a historical bug.</p>');
  });

  it("reads questions set in row headers (<th> beside <td>), the table wrapped in a <div>", async () => {
    const bank = '# Net\n\n<div align="center"><table>\n<tr><th>What is DNS?</th><td>The phone book of the internet.</td></tr>\n<tr><th>What is ARP?</th><td>It maps addresses to MACs.</td></tr>\n</table></div>\n';
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is DNS?", "<p>The phone book of the internet.</p>"],
      ["What is ARP?", "<p>It maps addresses to MACs.</p>"],
    ]);
  });

  it("keeps markdown written between its tags (blank lines in a cell) and skips a numbering column", async () => {
    const bank =
      "# React\n\n<table>\n  <tr>\n    <th>#</th>\n    <th>Question</th>\n    <th>Answer</th>\n  </tr>\n  <tr>\n    <td>1</td>\n    <td>What is JSX?</td>\n    <td>\n\nA syntax extension.\n\n```jsx\nconst el = <h1>Hi</h1>;\n```\n\n</td>\n  </tr>\n" +
      "  <tr>\n    <td>2</td>\n    <td>What is a hook?</td>\n    <td>A function that uses state.</td>\n  </tr>\n</table>\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is JSX?", '<p>A syntax extension.</p>\n<pre><code class="language-jsx">const el = &#x3C;h1>Hi&#x3C;/h1>;\n</code></pre>'],
      ["What is a hook?", "<p>A function that uses state.</p>"],
    ]);
  });
});
