import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { chunkStarts } from "@/lib/content/chunks";
import { gfmKind } from "@/lib/content/parser";
import { parseMarkdown } from "@/lib/content/markdown";

/** A long file is parsed in pieces for speed: the tree (positions included) must be the whole file's. */
const whole = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text).children;

function longBank(extra = ""): string {
  const parts = [];
  for (let i = 0; i < 160; i++) {
    parts.push(`## What is item ${i}?\n\nIt is ${"a thing with words, ".repeat(12)}\n\n\`\`\`md\n# not a heading ${i}\n\`\`\`\n`);
    if (i % 40 === 5) parts.push("<!-- a comment\n\n# spanning a heading\n\n-->\n");
    if (i % 40 === 9) parts.push("> quoted\n# heading right after a quote\n\n- list\n# heading right after a list\n");
    // Sections the parser reads with different extensions: bare URLs, URLs only in links, tables.
    if (i % 7 === 3) parts.push("See https://example.com/x and [the docs](https://d.example).\n");
    if (i % 13 === 6) parts.push("Read [the guide](https://g.example/a_b) or me&#64;example.com.\n");
    if (i % 11 === 4) parts.push("| a | b |\n| - | - |\n| 1 | 2 |\n");
  }
  return parts.join("\n") + extra;
}

describe("parsing a long file in pieces", () => {
  it("gives the same tree as parsing it whole, headings in fences and HTML comments included", () => {
    const text = longBank();
    expect(chunkStarts(text).length).toBeGreaterThan(1);
    // Split by kind too: more pieces than by size alone, and still the whole file's tree.
    expect(chunkStarts(text, gfmKind).length).toBeGreaterThan(chunkStarts(text).length);
    expect(parseMarkdown(text).children).toEqual(whole(text));
  }, 60_000);

  it("points every offset into the source when it opens with a byte order mark, in the first piece as in the others", () => {
    const text = longBank();
    const withBom = parseMarkdown(`\uFEFF${text}`).children;
    const headings = withBom.filter((n) => n.type === "heading");
    expect(chunkStarts(text).length).toBeGreaterThan(1);
    expect(headings.length).toBeGreaterThan(160);
    expect(headings.filter((h) => !`\uFEFF${text}`.slice(h.position!.start.offset).startsWith("#"))).toEqual([]);
    // The same tree as without the mark, every offset one further on.
    const pastMark = JSON.parse(JSON.stringify(parseMarkdown(text).children), (k, v: unknown) => (k === "offset" && typeof v === "number" ? v + 1 : v)) as unknown;
    expect(withBom).toEqual(pastMark);
  }, 60_000);

  it("parses a file with link reference definitions whole (a definition serves the whole file)", () => {
    const text = longBank("\n[ref]: https://example.com\n");
    expect(chunkStarts(text)).toEqual([0]);
  });
});
