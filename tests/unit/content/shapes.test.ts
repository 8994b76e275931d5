import { readDeck } from "@/lib/content";

/** Issue 22's shapes read since the six new banks, each on a tiny bank of its own. */
async function deckOf(files: Record<string, string>) {
  const r = await readDeck({ slug: "d", title: "Bank", files: Object.entries(files).map(([path, text]) => ({ path, text })) });
  return r.deck?.topics ?? [];
}
const cardsOf = async (text: string) => (await deckOf({ "README.md": text })).flatMap((t) => t.cards);

describe("shapes from the long tail", () => {
  it("an MkDocs `??? success \"Answer\"` admonition is the hidden answer of the question above it", async () => {
    const bank = "## What does FROM do?\n\n??? success \"Answer\"\n    It sets the base image.\n\n    Every image starts from one.\n\n## What does RUN do?\n\n??? success \"Answer\"\n    It runs a command in a layer.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => c.prompt)).toEqual(["What does FROM do?", "What does RUN do?"]);
    expect(cards[0]!.answerHtml).toContain("It sets the base image.");
    expect(cards[0]!.answerHtml).toContain("Every image starts from one.");
    expect(cards[0]!.answerHtml).not.toMatch(/<pre|\?\?\?|success/);
  });

  it("an MkDocs `!!! note` block is an aside in the answer, not code", async () => {
    const cards = await cardsOf("## What is a layer?\n\nA filesystem diff.\n\n!!! note \"Caching\"\n    Layers are cached.\n");
    expect(cards).toHaveLength(1);
    expect(cards[0]!.answerHtml).toMatch(/<blockquote>[\s\S]*Caching[\s\S]*Layers are cached\./);
  });

  it("`**Exercise**:` paragraphs under a heading are questions, the heading their topic", async () => {
    const bank = "## How do you list images?\n\n**Exercise**: List all images.\n\n    docker images\n\n**Exercise**: Remove an image.\n\n    docker rmi x\n";
    const topics = await deckOf({ "README.md": bank });
    expect(topics.flatMap((t) => t.cards.map((c) => c.prompt))).toEqual(["List all images.", "Remove an image."]);
  });

  it("a block-quoted question set into prose is a card, the paragraphs after it its answer", async () => {
    const bank = "## Events\n\nSome prose first.\n\n> Is the listener called synchronously?\n\nYes, in the order they were registered.\n\n> What does `once` do?\n\nIt removes the listener after one call.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => c.prompt)).toEqual(["Is the listener called synchronously?", "What does once do?"]);
    expect(cards[0]!.answerHtml).toContain("in the order they were registered");
  });

  it("a term heading at the level the file uses for questions is a question, in a section with no question heading", async () => {
    const bank = [
      "# Notes",
      "## Language",
      "### What is a pointer?\n\nAn address.",
      "### What is a reference?\n\nAn alias.",
      "### What is RAII?\n\nScope-bound resources.",
      "## Spring",
      "### Dispatcher-Servlet\n\nThe front controller.",
      "### Bean scope\n\nSingleton by default.",
    ].join("\n\n");
    const topics = await deckOf({ "README.md": bank });
    expect(topics.map((t) => t.title)).toEqual(["Language", "Spring"]);
    expect(topics[1]!.cards.map((c) => c.prompt)).toEqual(["Dispatcher-Servlet", "Bean scope"]);
  });

  it("two quiz questions with the same prompt and different code on the front are two cards", async () => {
    const q = (code: string, key: string) => `## What is the output of the following?\n\n\`\`\`js\n${code}\n\`\`\`\n\n- A: 1\n- B: 2\n\nAnswer: ${key}\n`;
    const cards = await cardsOf(`${q("console.log(1)", "A")}\n${q("console.log(2)", "B")}`);
    expect(cards).toHaveLength(2);
    expect(cards.map((c) => c.frontHtml)).toEqual([expect.stringContaining("1"), expect.stringContaining("2")]);
    expect(new Set(cards.map((c) => c.id)).size).toBe(2);
  });

  it("two heading questions with the same prompt, different code and different answers are two cards", async () => {
    const q = (code: string) => `## What is the output of the following?\n\n\`\`\`js\n${code}\n\`\`\`\n\nIt prints something.\n`;
    const cards = await cardsOf(`${q("console.log(1)")}\n${q("console.log(2)")}`);
    expect(cards).toHaveLength(2);
    expect(new Set(cards.map((c) => c.id)).size).toBe(2);
  });

  it("of a question repeated in a solutions section, the fuller answer is kept where the question first stood", async () => {
    const bank = "## Questions\n\n### What is a closure?\n\n### What is hoisting?\n\n## Solutions\n\n### What is a closure?\n\nA function with its scope.\n\n### What is hoisting?\n\nDeclarations move up.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => c.prompt)).toEqual(["What is a closure?", "What is hoisting?"]);
    expect(cards.every((c) => c.hasAnswer)).toBe(true);
    expect(cards[0]!.answerHtml).toContain("A function with its scope.");
  });

  it("one-question files under a `#` heading group by the folder that holds them, a non-question title included", async () => {
    const topics = await deckOf({
      "solutions/system_design/pastebin/README.md": "# Design Pastebin.com\n\nUse a key-value store.\n",
      "solutions/system_design/twitter/README.md": "# How would you design a Twitter timeline?\n\nFan out on write.\n",
      "solutions/system_design/cache/README.md": "# How would you design a web cache?\n\nLRU at the edge.\n",
    });
    expect(topics.map((t) => t.title)).toEqual(["system_design"]);
    expect(topics[0]!.cards.map((c) => c.prompt).sort()).toEqual(["Design Pastebin.com", "How would you design a Twitter timeline?", "How would you design a web cache?"]);
  });

  it("a topic a little over one part (up to 125 questions) stays whole", async () => {
    const bank = Array.from({ length: 110 }, (_, i) => `## What is term ${i}?\n\nMeaning ${i}.\n`).join("\n");
    const topics = await deckOf({ "README.md": bank });
    expect(topics).toHaveLength(1);
    expect(topics[0]!.cards).toHaveLength(110);
  });
});
