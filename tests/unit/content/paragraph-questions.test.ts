import { readDeck } from "@/lib/content";
import { adviseFile } from "@/lib/content/advice";
import { hintText } from "@/lib/content/hints";

/** One question per paragraph with its answer below: what the doctor says, and what its hint reads. */
const read = (text: string, hints?: Parameters<typeof readDeck>[0]["hints"]) => readDeck({ slug: "d", files: [{ path: "README.md", text }], hints });
const cardsOf = async (text: string, hints?: Parameters<typeof readDeck>[0]["hints"]) =>
  ((await read(text, hints)).deck?.topics ?? []).flatMap((t) => t.cards.map((c) => ({ prompt: c.prompt, answer: c.answerHtml ?? "" })));

const prose = "What is a closure in\nJavaScript?\n\nA closure is a function bundled with the scope it was made in.\n\nWhat is hoisting?\n\nDeclarations move to the top of their scope.\n\nIt applies to var and function declarations.\n\nWhat is the event loop؟\n\nIt runs queued callbacks when the stack is empty.\n";
const quiz = "What does typeof null return?\n\n- [ ] \"null\"\n- [x] \"object\"\n\nWhich keyword declares a block-scoped variable？\n\n- [ ] var\n- [x] let\n\nWhat does [] + [] give?\n\n- [x] \"\"\n- [ ] 0\n";

describe("one question per paragraph, its answer below", () => {
  it("prose between the questions: the doctor says `questions: paragraph, answers: below`, as the user writes it", async () => {
    const advice = adviseFile(prose);
    expect(advice.hint).toEqual({ questions: "paragraph", answers: "below" });
    expect(advice.text).toBe("3 paragraphs ending in “?”, each answered below: try `questions: paragraph, answers: below`");
    const steeredAway = await read(prose, { questions: "heading" });
    expect(steeredAway.deck).toBeNull();
    expect(steeredAway.problems[0]?.fix).toContain("`reader: { questions: paragraph, answers: below }`");
  });

  it("unsteered, a bank in that shape alone is read that way at once, and the note says so and how to steer otherwise", async () => {
    const read1 = await read(prose);
    expect(read1.problems).toEqual([]);
    expect(read1.deck?.topics.flatMap((t) => t.cards.map((c) => c.prompt))).toEqual(["What is a closure in JavaScript?", "What is hoisting?", "What is the event loop؟"]);
    expect(read1.warnings).toEqual(["README.md: read as one question per paragraph, each answered by what is below it (`questions: paragraph, answers: below`): no heading, bullet or bold line asks a question; steer the reader if this is wrong"]);
    // Cards read either way are the same cards: steering it by hand later keeps their progress.
    const byHand = await read(prose, { questions: "paragraph", answers: "below" });
    expect(read1.deck?.topics.flatMap((t) => t.cards.map((c) => c.id))).toEqual(byHand.deck?.topics.flatMap((t) => t.cards.map((c) => c.id)));
  });

  it("a deck steered to another shape, by the page or by its _deck.md, is not read as paragraphs behind its back", async () => {
    const files = [{ path: "_deck.md", text: "---\ntitle: D\nreader:\n  questions: bold\n---\n" }, { path: "README.md", text: prose }];
    const meta = await readDeck({ slug: "d", files });
    expect(meta.deck).toBeNull();
    expect(meta.suggested).toEqual({ questions: "paragraph", answers: "below" });
  });

  it("the deck's read offers that hint as hints to read with, the given skips kept and the old shape's level dropped; they read the bank", async () => {
    const given = { questions: "heading" as const, headingLevel: 3, skip: ["Links"] };
    const unsteered = await read(prose, given);
    expect(unsteered.suggested).toEqual({ skip: ["Links"], questions: "paragraph", answers: "below" });
    const steered = await read(prose, unsteered.suggested!);
    expect(steered.deck?.topics.flatMap((t) => t.cards)).toHaveLength(3);
    expect(steered.suggested).toBeNull();
  });

  it("offers no steering that the read was already given: the same again would read nothing again", async () => {
    // Paragraphs that end in "?" but are too long to be one question: the doctor sees asking
    // paragraphs, the steered reader takes none.
    const long = (n: number) => `${"This sentence is part of a long paragraph that rambles on. ".repeat(6)}Is that question number ${n}?`;
    const rambling = `${long(1)}\n\nAn answer.\n\n${long(2)}\n\nAn answer.\n\n${long(3)}\n\nAn answer.\n`;
    const auto = await read(rambling);
    expect(auto.deck).toBeNull();
    expect(auto.suggested).toEqual({ questions: "paragraph", answers: "below" });
    const steered = await read(rambling, { questions: "paragraph", answers: "below", skip: ["x.md"] });
    expect(steered.deck).toBeNull();
    expect(steered.suggested).toBeNull();
  });

  it("with that hint, the paragraphs that ask are the questions and the paragraphs between them their answers", async () => {
    const cards = await cardsOf(prose, { questions: "paragraph", answers: "below" });
    expect(cards.map((c) => c.prompt)).toEqual(["What is a closure in JavaScript?", "What is hoisting?", "What is the event loop؟"]);
    expect(cards[1]!.answer).toBe("<p>Declarations move to the top of their scope.</p>\n<p>It applies to var and function declarations.</p>");
  });

  it("a quiz's option lists are the answers below its questions, not list questions", async () => {
    expect(adviseFile(quiz).hint).toEqual({ questions: "paragraph", answers: "below" });
    const cards = await cardsOf(quiz, adviseFile(quiz).hint!);
    expect(cards.map((c) => c.prompt)).toEqual(["What does typeof null return?", "Which keyword declares a block-scoped variable？", "What does [] + [] give?"]);
    expect(cards[0]!.answer).toContain("object");
  });

  it("a quiz's options on the lines under its question, in one paragraph: split from it, the options the answer", async () => {
    const inline = "What does typeof null return?\nA. \"null\"\nB. \"object\"\n\nAnswer: B\n\nWhich keyword declares a block-scoped variable?\nA. var\nB. let\n\nAnswer: B\n\nWhat does [] + [] give?\nA. \"\"\nB. 0\n\nAnswer: A\n";
    expect(adviseFile(inline).hint).toEqual({ questions: "paragraph", answers: "below" });
    const cards = await cardsOf(inline, { questions: "paragraph", answers: "below" });
    expect(cards.map((c) => c.prompt)).toEqual(["What does typeof null return?", "Which keyword declares a block-scoped variable?", "What does [] + [] give?"]);
    // The options become a list with the keyed one ticked, as options written as a list are.
    expect(cards[0]!.answer).toBe("<ul>\n<li>✓ <strong>B. \"object\"</strong></li>\n</ul>");
  });

  it("a paragraph that asks on its first line and answers on the next is not a quiz: it stays one paragraph", async () => {
    const bank = "## Basics\n\n### What is X?\n\nWhy does it matter?\nBecause it is everywhere.\nAnd it is fast.\n";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => c.prompt)).toEqual(["What is X?"]);
    expect(cards[0]!.answer).toBe("<p>Why does it matter?\nBecause it is everywhere.\nAnd it is fast.</p>");
  });

  it("a question wrapped over two lines is one question, not one per line; a paragraph of questions is still one per line", async () => {
    expect((await cardsOf(prose)).map((c) => c.prompt)[0]).toBe("What is a closure in JavaScript?");
    const lines = "What is a closure?\nWhat is hoisting?\nWhat is the event loop?\n";
    expect((await cardsOf(lines)).map((c) => c.prompt)).toEqual(["What is a closure?", "What is hoisting?", "What is the event loop?"]);
  });

  it("questions written as quotes are counted as questions", () => {
    const quoted = prose.replace(/^(What[^\n]*)$/gm, "> $1");
    expect(adviseFile(quoted).looks).toBe("3 paragraphs ending in “?”, each answered below");
  });

  it("questions without answers keep `questions: paragraph`, which still takes every paragraph", async () => {
    const bare = "What is a closure in JavaScript?\n\nWhat is hoisting?\n\nWhat is the event loop?\n\nExplain the prototype chain.\n";
    expect(adviseFile(bare).hint).toEqual({ questions: "paragraph" });
    expect(await cardsOf(bare, { questions: "paragraph" })).toHaveLength(4);
    expect(await cardsOf(prose, { questions: "paragraph" })).toHaveLength(7);
  });

  it("hintText writes each key the way `reader:` takes it", () => {
    expect(hintText({ questions: "heading", headingLevel: 3 })).toBe("questions: heading, headingLevel: 3");
    expect(hintText({ questions: "paragraph", answers: "below" })).toBe("questions: paragraph, answers: below");
  });
});
