import { adviseFile } from "@/lib/content/advice";
import { readDeck } from "@/lib/content/read";

/** Each tiny bank below is one the reader cannot read unsteered; the doctor names its shape and the hint. */
describe("the doctor's advice for a file with no questions it can read", () => {
  it("one question per paragraph, long sentences: says so and suggests `questions: paragraph`", () => {
    const body = Array.from({ length: 4 }, (_, i) => `Suppose you are given a list of ${i} numbers and asked to find the largest gap between two of them, in linear time and constant space, how would you approach it and what would you say to the interviewer first?`).join("\n\n");
    const advice = adviseFile(body);
    expect(advice.hint).toEqual({ questions: "paragraph" });
    expect(advice.text).toBe("4 paragraphs ending in “?”, no headings or lists: try `questions: paragraph`");
  });

  it("headings that do not read as questions: the level that holds most of them", () => {
    const advice = adviseFile("# Terms\n\n## Closures\n\nA function and its scope.\n\n## Hoisting\n\nMoving up.\n\n## Currying\n\nOne argument at a time.\n");
    expect(advice.hint).toEqual({ questions: "heading", headingLevel: 2 });
    expect(advice.text).toContain("3 level-2 headings, none ending in “?”: try `questions: heading, headingLevel: 2`");
  });

  it("a table of rows: suggests `questions: table`", () => {
    const advice = adviseFile("| Term | Meaning |\n|---|---|\n| AST | The tree |\n| HIR | High IR |\n| MIR | Mid IR |\n");
    expect(advice.hint).toEqual({ questions: "table" });
  });

  it("questions in an HTML list: says they are HTML and how to write them as a markdown list", () => {
    const item = (q: string) => `<li><b>${q}</b>\n<p>An answer.</p>\n</li>`;
    const advice = adviseFile(`# Networking\n\n<ol>\n${["What is TCP?", "What is UDP?", "What is DNS?"].map(item).join("\n")}\n</ol>\n`);
    expect(advice.hint).toBeNull();
    expect(advice.text).toBe('3 items of an HTML list (<li>): write them as a markdown list, each item "- **Question?**" with its answer indented under it');
  });

  it("a spreadsheet saved as text: says it is one and to bring it in with Import, comma or tab", () => {
    const csv = adviseFile("question,answer\nWhat is a closure?,A function with its scope\nWhat is hoisting?,Declarations move up\n");
    expect(csv.hint).toBeNull();
    expect(csv.text).toBe("3 lines of comma-separated values: this is a spreadsheet, not markdown: save it as .csv and use “Import an Anki package or a CSV”");
    expect(adviseFile("What is a closure?\tA function\nWhat is hoisting?\tMoving up\nWhat is a promise?\tA future value\n").text).toContain("3 lines of tab-separated values");
    // Prose with a comma here and there is not a spreadsheet.
    expect(adviseFile("Closures, as we saw, keep scope.\n\nHoisting moves declarations.\n\nPromises, in short, are values.\n").text).not.toContain("separated");
  });

  it("code blocks with nothing saying what they answer: asks for a heading above each", () => {
    const block = (n: number) => "```py\ndef f" + n + "():\n    pass\n```";
    const advice = adviseFile(`# Solutions\n\n${[1, 2, 3].map(block).join("\n\n")}\n`);
    expect(advice.text).toBe('3 code blocks and no questions: put a heading that asks above each block ("### How do you reverse a string?")');
  });

  it("a list of links (a contents page) is not a shape to steer: it says the questions are elsewhere", () => {
    const advice = adviseFile("- [Promise](./promise.md)\n- [Events](./events.md)\n- [Streams](./streams.md)\n- [Buffers](./buffers.md)\n");
    expect(advice.hint).toBeNull();
    expect(advice.text).toContain("a list of 4 links");
    expect(advice.text).not.toMatch(/notes? above/);
  });

  it("ignores what is inside code fences", () => {
    const advice = adviseFile("Some prose.\n\n```md\n## One\n## Two\n## Three\n```\n");
    expect(advice.hint).toBeNull();
  });

  it("reaches the deck's problem message, naming the file", async () => {
    const text = "- [A](a.md)\n- [B](b.md)\n- [C](c.md)\n";
    const read = await readDeck({ slug: "d", displayPrefix: "pasted", files: [{ path: "index.md", text }] });
    expect(read.deck).toBeNull();
    expect(read.problems[0]?.message).toContain("index.md: no questions found: a list of 3 links");
    expect(read.problems[0]?.message).not.toMatch(/notes? above/);
  });

  it("headings of one level that do not ask, with nothing else asking: read that way at once, the note saying so; steered elsewhere, the fix names the hint", async () => {
    const text = "# Terms\n\n## Closures\n\nA function and its scope.\n\n## Hoisting\n\nMoving up.\n\n## Currying\n\nOne argument at a time.\n";
    const unsteered = await readDeck({ slug: "d", files: [{ path: "README.md", text }] });
    expect(unsteered.deck?.topics.flatMap((t) => t.cards.map((c) => [c.prompt, c.answerHtml]))).toEqual([
      ["Closures", "<p>A function and its scope.</p>"],
      ["Hoisting", "<p>Moving up.</p>"],
      ["Currying", "<p>One argument at a time.</p>"],
    ]);
    expect(unsteered.steered).toEqual({ questions: "heading", headingLevel: 2 });
    expect(unsteered.warnings[0]).toBe("README.md: read as one question per level-2 heading, each answered by what is under it (`questions: heading, headingLevel: 2`): no heading, bullet or bold line asks a question; steer the reader if this is wrong");
    const away = await readDeck({ slug: "d", files: [{ path: "README.md", text }], hints: { questions: "list" } });
    expect(away.deck).toBeNull();
    expect(away.problems[0]?.fix).toContain("reader: { questions: heading, headingLevel: 2 }");
  });

  it.each([
    ["a table", "| Name | Note |\n|---|---|\n| AST | The tree |\n| HIR | High IR |\n| MIR | Mid IR |\n", 3],
  ])("for %s, the deck's fix names the hint, and the hint reads the bank", async (_, text, cards) => {
    const unsteered = await readDeck({ slug: "d", files: [{ path: "README.md", text }] });
    expect(unsteered.deck).toBeNull();
    const hint = adviseFile(text).hint!;
    expect(unsteered.problems[0]?.fix).toContain(`reader: { questions: ${hint.questions}`);
    const steered = await readDeck({ slug: "d", files: [{ path: "README.md", text }], hints: hint });
    expect(steered.deck?.topics.flatMap((t) => t.cards)).toHaveLength(cards);
  });

  it("a `<details>` that hides an answer (\"show\", \"Answer\") is not a question block: the questions are the headings above them", () => {
    const body = ["Pods", "Labels", "Jobs"].map((t) => `### Create the ${t} of the exercise\n\n<details><summary>show</summary>\n\n- run it\n- check it\n\n</details>\n`).join("\n");
    expect(adviseFile(body).hint).toEqual({ questions: "heading", headingLevel: 3 });
  });

  it("bullets inside `<details>` are the hidden answer's: details with question summaries win over them", () => {
    const body = ["the event loop", "a stream", "a buffer"].map((t) => `<details>\n<summary>Explain ${t} in Node</summary>\n\n- one point\n- another point\n\n</details>\n`).join("\n");
    expect(adviseFile(body).hint).toEqual({ questions: "details" });
  });

  it("a contents table linking to this page's sections, tables under list items and bold back-to-top links do not decide the shape", () => {
    const contents = "| No. | Questions |\n|---|---|\n| 1 | [Explain the event loop](#explain-the-event-loop) |\n| 2 | [Explain streams](#explain-streams) |\n| 3 | [Explain buffers](#explain-buffers) |\n| 4 | [Explain hooks](#explain-hooks) |\n";
    const items = ["the event loop", "streams", "buffers", "hooks"].map((t) => `1. ### Explain ${t}\n\n    | Code | Meaning |\n    |---|---|\n    | 1 | one |\n    | 2 | two |\n\n**[Back to Top](#contents)**\n`).join("\n");
    const advice = adviseFile(`${contents}\n${items}`);
    expect(advice.hint).toEqual({ questions: "list" });
    expect(advice.text).not.toContain("pages it links to");
  });

  it("a deck whose every file the skip hint leaves out says so, and refers to no notes it did not print", async () => {
    const read = await readDeck({ slug: "d", files: [{ path: "a.md", text: "## What is X?\n\nY.\n" }], hints: { skip: ["a.md"] } });
    expect(read.deck).toBeNull();
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]!.message).toBe("the deck has no questions: the `skip` hint leaves out every file (a.md)");
    expect(read.problems[0]!.message).not.toMatch(/above/);
    expect(read.problems[0]!.fix).toContain("skip");
  });
});
