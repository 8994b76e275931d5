import { readDeck } from "@/lib/content";

/** Kinds of misread first seen on banks the reader was not tuned on, each on a tiny bank of its own. */
async function cardsOf(text: string) {
  const r = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text }] });
  return r.deck?.topics.flatMap((t) => t.cards.map((c) => ({ topic: t.title, prompt: c.prompt, answered: c.hasAnswer, answer: c.answerHtml ?? "" }))) ?? [];
}
const prompts = async (text: string) => (await cardsOf(text)).map((c) => c.prompt);

describe("tags a question names", () => {
  it("keeps a declaration or a bare tag nothing closes as text, and still drops markup", async () => {
    const bank = "- Why does HTML5 need only <!DOCTYPE HTML>?\n\n      Because it is not SGML.\n\n- What is the difference between <b> and <strong>?\n\n      Meaning.\n\n- <a name=\"q3\"></a>What is <em>semantic</em> markup?<br>\n\n      Tags that say what they hold.\n";
    expect(await prompts(bank)).toEqual(["Why does HTML5 need only <!DOCTYPE HTML>?", "What is the difference between <b> and <strong>?", "What is semantic markup?"]);
  });
});

describe("a numbered question heading alone in its list item", () => {
  it("opens a section as the bare heading would: a deeper heading under it (a translation) is its answer's, not a card", async () => {
    const bank = "## Core\n\nIntro.\n\n1. ### What is React?\n#### (React란 무엇인가요?)\nA library.\n\n2. ### What is JSX?\n####(JSX란 무엇인가요?)\nA syntax.\n\n## Hooks\n\n1. ### What is a hook?\n\nA function.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.topic, c.prompt])).toEqual([
      ["Core", "What is React?"],
      ["Core", "What is JSX?"],
      ["Hooks", "What is a hook?"],
    ]);
    expect(cards[0]!.answer).toBe("<h4>(React란 무엇인가요?)</h4>\n<p>A library.</p>");
  });
});

describe("a stray fence at the end of the file", () => {
  it("leaves no empty code block in the last answer", async () => {
    const cards = await cardsOf("1. **What is a closure?**  \n   A function with its scope.\n\n2. **What is hoisting?**  \n   Declarations move up.\n\n````\n");
    expect(cards.map((c) => c.answer)).toEqual(["<p>A function with its scope.</p>", "<p>Declarations move up.</p>"]);
  });
});

describe("a file's # title whose body is only its table of contents", () => {
  it("still names the file's topic in a deck of several files", async () => {
    const r = await readDeck({
      slug: "d",
      files: [
        { path: "chaos.md", text: "# Chaos Engineering\n\n- [Questions](#questions)\n  - [Basics](#basics)\n\n## Questions\n\n### Basics\n\n#### What is chaos engineering?\n\nBreaking things on purpose.\n" },
        { path: "ci.md", text: "# Circle CI\n\n## What is Circle CI?\n\nA CI service.\n" },
      ],
    });
    expect(r.deck!.topics.map((t) => t.title)).toEqual(["Chaos Engineering", "Circle CI"]);
  });
});

describe("a count that opens a title", () => {
  it("is numbering when sibling titles count 1, 2, 3… in order, even where one alone would read as a count", async () => {
    const outline = "## 1 Callbacks\n\n### What is a callback?\n\nA function passed in.\n\n## 2 Data Types And Variables\n\n### What is a string?\n\nText.\n\n## 3 Loops\n\n### What is a loop?\n\nRepetition.\n";
    expect((await cardsOf(outline)).map((c) => c.topic)).toEqual(["Callbacks", "Data Types And Variables", "Loops"]);
    // Two counts in a row that do not start an outline stay counts.
    const counts = "## 3 Ways To Sort Arrays\n\n### What is a stable sort?\n\nOrder kept.\n\n## 4 Tips For Faster Tests\n\n### What is a mock?\n\nA stand-in.\n";
    expect((await cardsOf(counts)).map((c) => c.topic)).toEqual(["3 Ways To Sort Arrays", "4 Tips For Faster Tests"]);
  });

  it("stays when a lowercase word follows it; a bare number before a capital is still numbering", async () => {
    const cards = await cardsOf("## 4 principles of a good diagram\n\n### 1 What is a diagram?\n\nA picture.\n\n### 2 Why draw one?\n\nTo explain.\n\n## 3 ways to sort\n\n### What is a stable sort?\n\nOne that keeps order.\n");
    expect(cards.map((c) => [c.topic, c.prompt])).toEqual([
      ["4 principles of a good diagram", "What is a diagram?"],
      ["4 principles of a good diagram", "Why draw one?"],
      ["3 ways to sort", "What is a stable sort?"],
    ]);
  });

  it("stays in a Title Case title when a plural noun follows it with more words; numbering before a question is still dropped", async () => {
    const bank = "## 10 Tips For Faster Builds\n\n### 1 What Is Caching?\n\nKeeping results.\n\n### 2. How Does It Help?\n\nFewer steps.\n\n## 3 Simple Ways To Sort An Array\n\n### 1 Which Sort Is Stable?\n\nMerge sort.\n\n### 2 How Does Merge Sort Work?\n\nIt merges halves.\n\n## 4 Sorting\n\n### 3 Explain Quick Sort\n\nPivots.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.topic, c.prompt])).toEqual([
      ["10 Tips For Faster Builds", "What Is Caching?"],
      ["10 Tips For Faster Builds", "How Does It Help?"],
      ["3 Simple Ways To Sort An Array", "Which Sort Is Stable?"],
      ["3 Simple Ways To Sort An Array", "How Does Merge Sort Work?"],
      ["Sorting", "Explain Quick Sort"],
    ]);
  });
});

describe("a range or a compound that opens a title", () => {
  it("keeps a number joined to what follows by a hyphen or en dash; a dash with a space beside it is still numbering", async () => {
    const bank = "## 1–10: Basics\n\n### 1- What is MERN?\n\nA stack.\n\n### 2 - What is Express?\n\nA server.\n\n## 11-20: Networking\n\n### 3-way handshake이란?\n\nSYN, SYN-ACK, ACK.\n\n### 64-bit integers: what is their range?\n\nUp to 2^63 - 1.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => [c.topic, c.prompt])).toEqual([
      ["1–10: Basics", "What is MERN?"],
      ["1–10: Basics", "What is Express?"],
      ["11-20: Networking", "3-way handshake이란?"],
      ["11-20: Networking", "64-bit integers: what is their range?"],
    ]);
  });
});

describe("a file that opens with a byte order mark", () => {
  it("reads as the same file without it, parsed in pieces: cards, lines, answers and notes", async () => {
    const questions = Array.from({ length: 40 }, (_, i) => `### What is thing ${i}?\n\nA thing with [a link](https://example.com/${i}).\n\n<details><summary>Answer</summary>\n\nHidden answer ${i}, ${"with words ".repeat(8)}\n\n</details>\n`);
    const bank = `# Bank\n\n## Basics\n\n${questions.slice(0, 20).join("\n")}\n## Words\n\nNo question here.\n\n## More\n\n${questions.slice(20).join("\n")}`;
    expect(bank.length).toBeGreaterThan(6_000);
    const read = async (text: string) => {
      const r = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text }] });
      return { cards: r.deck?.topics.flatMap((t) => t.cards.map((c) => [t.title, c.line, c.prompt, c.answerHtml])), warnings: r.warnings, problems: r.problems };
    };
    for (const text of [bank, `---\ntitle: Bank\n---\n${bank}`]) {
      const plain = await read(text);
      expect(plain.cards).toHaveLength(40);
      expect(await read(`\uFEFF${text}`)).toEqual(plain);
    }
  });
});

describe("a cheat-sheet table whose first column reads as questions", () => {
  it("is not cards when every other column holds short values; question | answer tables still are", async () => {
    const lookup = "## Cheatsheet\n\n| Question to answer | Diagram | Mermaid |\n|---|---|---|\n| What is the system made of? | Architecture / component | `flowchart` |\n| Who calls whom, in what order? | Sequence | `sequenceDiagram` |\n| How do the tables relate? | ERD | `erDiagram` |\n";
    const prose = "## Quiz\n\n| Question | Answer | Level |\n|---|---|---|\n| What is a closure? | A function with the scope it was made in. | Easy |\n| What is hoisting? | Declarations move to the top of their scope. | Easy |\n";
    const short = "## Stack\n\n| Question | Answer |\n|---|---|\n| Which part is the frontend? | React.js |\n| Which part stores the data? | MongoDB |\n";
    const choices = "## Choose\n\n| Question | A | B | C | Answer |\n|---|---|---|---|---|\n| Which hook holds state? | useMemo | useState | useRef | B |\n| Which hook runs effects? | useEffect | useId | useMemo | A |\n";
    // Short answers beside another column of short values: an answer column says it is question | answer.
    const leveled = "## Ports\n\n| Question | Answer | Level |\n|---|---|---|\n| What port does HTTP use? | 80 | Easy |\n| What port does HTTPS use? | 443 | Easy |\n";
    const russian = "## Порты\n\n| Вопрос | Ответ | Уровень |\n|---|---|---|\n| Какой порт у SSH? | 22 | Лёгкий |\n| Какой порт у DNS? | 53 | Лёгкий |\n";
    expect(await prompts(`${lookup}\n${prose}\n${short}\n${choices}\n${leveled}\n${russian}`)).toEqual([
      "What is a closure?",
      "What is hoisting?",
      "Which part is the frontend?",
      "Which part stores the data?",
      "Which hook holds state?",
      "Which hook runs effects?",
      "What port does HTTP use?",
      "What port does HTTPS use?",
      "Какой порт у SSH?",
      "Какой порт у DNS?",
    ]);
  });
});

describe("an emoji drawn before each question", () => {
  it("is decoration, dropped like the numbering; the ids stay those of the words", async () => {
    const bank = "# Go\n\n## 🔹 What is a goroutine?\n\nA light thread.\n\n## 1️⃣ Explain channels\n\nTyped pipes.\n\n## ⭐️ 3. What does defer do?\n\nRuns a call at return.\n";
    expect(await prompts(bank)).toEqual(["What is a goroutine?", "Explain channels", "What does defer do?"]);
    const plain = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text: bank.replace(/## \S+ /g, "## ") }] });
    const decorated = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text: bank }] });
    expect(decorated.deck?.topics[0]?.cards.map((c) => c.id)).toEqual(plain.deck?.topics[0]?.cards.map((c) => c.id));
  });
});

describe("a heading that only numbers its question (\"### Question 3\", \"## Problem 1\")", () => {
  it("names no topic: its first paragraph is the question, whether it asks or instructs, the rest its answer", async () => {
    const quiz = "# Python quiz\n\n### Question 1\n\nWhat does `len([])` return?\n\n**Answer:** 0.\n\n### Question 2\n\nWhich keyword defines a generator?\n\n**Answer:** `yield`.\n";
    expect((await cardsOf(quiz)).map((c) => [c.topic, c.prompt, c.answer])).toEqual([
      ["Python quiz", "What does len([]) return?", "<p>0.</p>"],
      ["Python quiz", "Which keyword defines a generator?", "<p><code>yield</code>.</p>"],
    ]);
    const tasks = "# JS exercises\n\n## Problem 1\n\nWrite a function that reverses a string.\n\n```js\nconst r = (s) => [...s].reverse().join(\"\");\n```\n\n## Problem #2:\n\nImplement debounce.\n\n```js\nfunction d() {}\n```\n";
    expect((await cardsOf(tasks)).map((c) => [c.topic, c.prompt, c.answered])).toEqual([
      ["JS exercises", "Write a function that reverses a string.", true],
      ["JS exercises", "Implement debounce.", true],
    ]);
  });

  it("a label with words after it is a title as before (\"Part 1\" and \"Chapter 2\" name topics)", async () => {
    const bank = "## Part 1\n\n### What is X?\n\nX.\n\n### What is Y?\n\nY.\n\n## Part 2\n\n### What is Z?\n\nZ.\n\n### What is W?\n\nW.\n";
    expect([...new Set((await cardsOf(bank)).map((c) => c.topic))]).toEqual(["Part 1", "Part 2"]);
  });
});

describe("<details> questions written as a list (\"1. <details><summary>What…?</summary>\")", () => {
  it("are read as the same details standing alone: the summary the question, the body the answer", async () => {
    const bank = [1, 2, 3].map((i) => `${i}. <details><summary><b>What is thing ${i}?</b></summary>\n\n   Answer ${i}.\n\n   </details>\n`).join("\n");
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([1, 2, 3].map((i) => [`What is thing ${i}?`, `<p>Answer ${i}.</p>`]));
  });

  it("a list item's question with its answer hidden in \"<details><summary>Answer</summary>\" shows the answer itself, as at the top", async () => {
    const bank = [1, 2, 3].map((i) => `- **What is thing ${i}?**\n\n  <details><summary>Show answer</summary>\n\n  Answer ${i}.\n\n  </details>\n`).join("\n");
    expect((await cardsOf(bank)).map((c) => c.answer)).toEqual(["<p>Answer 1.</p>", "<p>Answer 2.</p>", "<p>Answer 3.</p>"]);
  });
});

describe("a Q/A pair in one paragraph (\"Q. What is X?⏎A. It is Y.\")", () => {
  it("is split at the line that opens with an answer label, at the top and in a list item, plain or bold", async () => {
    const top = "# DBMS\n\nQ. What is a transaction?\nA. A unit of work.\n\nQ. What is an index?\nAns: A structure for lookups.\n";
    expect((await cardsOf(top)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a transaction?", "<p>A unit of work.</p>"],
      ["What is an index?", "<p>A structure for lookups.</p>"],
    ]);
    const items = "# Rust\n\n- **Q:** What is ownership?\n  **A:** One owner per value.\n- **Q:** What is borrowing?\n  **A:** A reference without owning.\n";
    expect((await cardsOf(items)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is ownership?", "<p>One owner per value.</p>"],
      ["What is borrowing?", "<p>A reference without owning.</p>"],
    ]);
  });

  it("a question whose own second line does not open with an answer label stays whole", async () => {
    const bank = "Q: What does this print\nfor an empty list?\n\nA: Nothing.\n\nQ: What is a tuple?\n\nA: A fixed-size sequence.\n";
    expect((await cardsOf(bank)).map((c) => c.prompt)).toEqual(["What does this print for an empty list?", "What is a tuple?"]);
  });
});

describe("numbered questions each a list of its own, answered at column 0 (\"1. What is X?\", its answer, \"2. …\")", () => {
  it("each takes the blocks below it as its answer, none dropped", async () => {
    const bank = "# Python\n\n1. What is a list comprehension?\n\nA compact way to build a list.\n\n```py\n[x * 2 for x in xs]\n```\n\n2. What is the GIL?\n\nA lock on the interpreter.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answer])).toEqual([
      ["What is a list comprehension?", '<p>A compact way to build a list.</p>\n<pre><code class="language-py">[x * 2 for x in xs]\n</code></pre>'],
      ["What is the GIL?", "<p>A lock on the interpreter.</p>"],
    ]);
  });

  it("a list of several questions followed by prose keeps the prose out of its last question", async () => {
    const bank = "# Python\n\n1. What is a list comprehension?\n2. What is the GIL?\n3. What is a decorator?\n\nThese come up in most interviews.\n";
    expect((await cardsOf(bank)).map((c) => [c.prompt, c.answered])).toEqual([
      ["What is a list comprehension?", false],
      ["What is the GIL?", false],
      ["What is a decorator?", false],
    ]);
  });
});
