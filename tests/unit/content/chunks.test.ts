import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { chunkStarts } from "@/lib/content/chunks";
import { parseMarkdown } from "@/lib/content/markdown";

/** A long file is parsed in pieces for speed: the tree (positions included) must be the whole file's. */
const whole = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text).children;

function longBank(extra = ""): string {
  const parts = [];
  for (let i = 0; i < 160; i++) {
    parts.push(`## What is item ${i}?\n\nIt is ${"a thing with words, ".repeat(12)}\n\n\`\`\`md\n# not a heading ${i}\n\`\`\`\n`);
    if (i % 40 === 5) parts.push("<!-- a comment\n\n# spanning a heading\n\n-->\n");
    if (i % 40 === 9) parts.push("> quoted\n# heading right after a quote\n\n- list\n# heading right after a list\n");
  }
  return parts.join("\n") + extra;
}

describe("parsing a long file in pieces", () => {
  it("gives the same tree as parsing it whole, headings in fences and HTML comments included", () => {
    const text = longBank();
    expect(chunkStarts(text).length).toBeGreaterThan(1);
    expect(parseMarkdown(text).children).toEqual(whole(text));
  }, 60_000);

  it("parses a file with link reference definitions whole (a definition serves the whole file)", () => {
    const text = longBank("\n[ref]: https://example.com\n");
    expect(chunkStarts(text)).toEqual([0]);
  });
});
