import fc from "fast-check";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parseInChunks } from "@/lib/content/chunks";
import { gfmKind, parseGfm } from "@/lib/content/parser";
import { parseMarkdown } from "@/lib/content/markdown";

/** A long file is parsed in pieces for speed: the tree (positions included) must be the whole file's. */
const whole = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text).children;

function longBank(extra = ""): string {
  const parts = [];
  for (let i = 0; i < 160; i++) {
    parts.push(`## What is item ${i}?\n\nIt is ${"a thing with words, ".repeat(12).trim()}\n\n\`\`\`md\n# not a heading ${i}\n\`\`\`\n`);
    if (i % 40 === 5) parts.push("<!-- a comment\n\n# spanning a heading\n\n-->\n");
    if (i % 40 === 9) parts.push("> quoted\n# heading right after a quote\n\n- list\n# heading right after a list\n");
    // Sections the parser reads with different extensions: bare URLs, URLs only in links, tables.
    if (i % 7 === 3) parts.push("See https://example.com/x and [the docs](https://d.example).\n");
    if (i % 13 === 6) parts.push("Read [the guide](https://g.example/a_b) or me&#64;example.com.\n");
    if (i % 11 === 4) parts.push("| a | b |\n| - | - |\n| 1 | 2 |\n");
  }
  return parts.join("\n") + extra;
}

/** What the parser is given, piece by piece. */
function pieces(text: string): string[] {
  const given: string[] = [];
  parseInChunks(text, (t: string): Root => (given.push(t), parseGfm(t)), gfmKind);
  return given;
}

/** Blocks that end or continue one another across blank lines, to be cut between. */
const BLOCKS = [
  "Plain words in a line.", "Two plain lines\nof words", "# A heading", "### 3. What is it?", "Words with `code` in them.", "A *stressed* word",
  "- item", "- item\n\n  continued", "1. first", "2) second", "* star", "+ plus", "   indented words", "    indented code", "> quote", "> quote\nlazy words",
  "```js\nx()\n\nPlain inside a fence\n```", "~~~\n# not a heading\n~~~", "````\n```\nWords\n````", "```\nunclosed fence", "<div>\nhtml\n</div>",
  "<!--\n\nWords in a comment\n\n-->", "<pre>\n\nWords\n</pre>", "| a | b |\n| - | - |\n| 1 | 2 |", "a | b\n- | -", "See https://x.example/a_b_ now",
  "Words then www.example.com", "mail me@example.com", "Words\n===", "Words\n---", "---", "***", "<details><summary>Q?</summary>\n\nAnswer words\n\n</details>",
  "Words ending in two spaces  \nnext", "Words ending in a space \nnext", "Last words then spaces   ", "# Heading then spaces  ", "## Heading closed ##",
  "Words then a list\n- item after words\n- another", "Words then\n1. an ordered one", "Words then\n2. not a list", "Words then\n---", "Words then\n- ", "Words then\n-",
  "Words\n* * *", "Words\n+ plus item", "# Heading\nWords under it", "# Heading\n- item under it", "## Heading\n    code under it", "# Heading\n\n  two spaces in", "Words with a tab\tinside", "Words & more", "Words\\\nbreak", "Ünïcode wörds and 中文", "\ufeffWords after a mark",
];
const longText = fc
  .array(fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom("\n\n", "\n", "\n\n\n", "\n \n", "\r\n\r\n")), { minLength: 120, maxLength: 400 })
  .map((parts) => parts.map(([b, sep]) => b + sep).join("") + "Plain words of filler to make it long. ".repeat(160));

describe("parsing a long file in pieces", () => {
  it("gives the same tree as parsing it whole, headings in fences and HTML comments included", () => {
    const text = longBank();
    expect(pieces(text).length).toBeGreaterThan(1);
    expect(parseMarkdown(text).children).toEqual(whole(text));
  }, 60_000);

  it("gives the whole file's tree for any mix of blocks, blank lines and byte order marks", () => {
    fc.assert(
      fc.property(longText, fc.boolean(), (body, bom) => {
        const text = (bom ? "\ufeff" : "") + body;
        expect(parseMarkdown(text).children).toEqual(whole(text));
      }),
      { numRuns: Number(process.env.CHUNK_RUNS ?? 60) },
    );
  }, 120_000);

  it("reads plain paragraphs and headings without the parser, and gives it only what needs it", () => {
    const text = longBank();
    const given = pieces(text);
    const parsed = given.join("");
    expect(parsed.length).toBeLessThan(text.length * 0.6);
    expect(parsed).not.toContain("It is a thing with words");
    // The costly extensions see only the sections that may need them.
    const costly = given.filter((t) => gfmKind(t) > 0).join("");
    expect(costly.length).toBeLessThan(text.length / 10);
    expect(costly).toContain("https://example.com/x");
  });

  it("parses a file with link reference definitions whole (a definition serves the whole file)", () => {
    const text = longBank("\n[ref]: https://example.com\n");
    expect(pieces(text)).toEqual([text]);
  });
});
