import { pairsOf } from "./read-bank";

/* Definition lists (Pandoc, PHP Markdown Extra, MkDocs `def_list`): "Term⏎: Definition". */
const cardsOf = pairsOf;

describe("a definition list", () => {
  it("is a glossary: each term on the front, its definition (every line of it) on the back", async () => {
    const bank = "# Glossary\n\nIdempotence\n: The same result however often it runs.\n\nBackpressure\n: A consumer asking a producer to slow down.\n: Also called flow control.";
    expect(await cardsOf(bank)).toEqual([
      ["Idempotence", "<p>The same result however often it runs.</p>"],
      ["Backpressure", "<p>A consumer asking a producer to slow down.<br>\nAlso called flow control.</p>"],
    ]);
  });

  it("is not read into prose whose line merely opens with a colon, nor into an answer", async () => {
    const bank = "# Notes\n\n## What is a tuple?\n\nAn immutable sequence.\nSee the docs.\n: they say more.\n\n## What is a list?\n\nA mutable sequence.";
    expect((await cardsOf(bank)).map((c) => c[0])).toEqual(["What is a tuple?", "What is a list?"]);
  });
});
