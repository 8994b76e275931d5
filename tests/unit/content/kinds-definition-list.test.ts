import { pairsOf, readBank } from "./read-bank";

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

describe("a table headed as a glossary (\"Term | Definition\", \"용어 | 설명\")", () => {
  it("is a card per term, however few its rows or many its columns, the definition first and unlabelled", async () => {
    const bank = "# Kubernetes\n\n| Term | Definition | Example |\n|---|---|---|\n| Pod | The smallest deployable unit | `kubectl get pods` |\n| Node | A worker machine | `kubectl get nodes` |";
    expect(await cardsOf(bank)).toEqual([
      ["Pod", "<p>The smallest deployable unit</p>\n<p><strong>Example</strong>: <code>kubectl get pods</code></p>"],
      ["Node", "<p>A worker machine</p>\n<p><strong>Example</strong>: <code>kubectl get nodes</code></p>"],
    ]);
    expect((await cardsOf("# DB\n\n| 용어 | 설명 |\n|---|---|\n| 인덱스 | 검색을 빠르게 하는 구조 |\n| 트랜잭션 | 하나의 작업 단위 |")).map((c) => c[0])).toEqual(["인덱스", "트랜잭션"]);
  });

  it("is not made of a table of settings whose header names no term and meaning", async () => {
    const bank = "# Config\n\n| Option | Default | Effect |\n|---|---|---|\n| port | 80 | listen port |\n| host | localhost | bind address |";
    const r = await readBank(bank);
    expect(r.cards).toEqual([]);
  });
});
