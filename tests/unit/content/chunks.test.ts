import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { chunkStarts, parseInChunks } from "@/lib/content/chunks";
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

describe("where a long file is cut", () => {
  const filler = (n: number) => "word ".repeat(n).trim();
  /** Blocks of every kind a bank mixes, some meant to run on across the blank line after them. */
  const block = fc.oneof(
    fc.integer({ min: 5, max: 80 }).map((n) => `A paragraph with ${filler(n)}.`),
    fc.integer({ min: 1, max: 40 }).map((n) => `**Q${n}. What is ${filler(n % 7)}?**\nAnswer on the next line, ${filler(n)}.`),
    fc.integer({ min: 1, max: 30 }).map((n) => `- item ${filler(n)}\n- another\n\n  indented continuation of the item`),
    fc.integer({ min: 1, max: 30 }).map((n) => `${n}. numbered ${filler(n)}\n\n   more of it\n\n   \`\`\`js\n   code(${n});\n\n   more();\n   \`\`\``),
    fc.integer({ min: 1, max: 30 }).map((n) => `* star item ${n}\nlazy continuation line`),
    fc.integer({ min: 1, max: 30 }).map((n) => `> quoted ${filler(n)}\n>\n> still quoted\nlazy line`),
    fc.integer({ min: 1, max: 30 }).map((n) => `\`\`\`\nfence ${n}\n\nafter a blank line in the fence\n# not a heading\n\`\`\``),
    fc.integer({ min: 1, max: 30 }).map((n) => `    indented code ${n}\n\n    still code after a blank line`),
    fc.integer({ min: 1, max: 30 }).map((n) => `<details><summary>Answer ${n}</summary>\n\n${filler(n)}\n\n</details>`),
    fc.integer({ min: 1, max: 30 }).map((n) => `<!-- comment ${n}\n\nspanning a blank line\n-->`),
    fc.integer({ min: 1, max: 30 }).map((n) => `<pre>\npre ${n}\n\nkept\n</pre>`),
    fc.integer({ min: 1, max: 30 }).map((n) => `| a | b |\n| - | - |\n| ${n} | see https://example.com/${n} |`),
    fc.constantFrom("---", "***", "- - -", "Setext title\n===", "Another title\n---", "## A heading?", "+ plus item", "1) paren item", "2. next item"),
    fc.integer({ min: 1, max: 30 }).map((n) => `[^${n}] is not a footnote here, and [a link](https://example.com/${n}) is.`),
    // Fence markers that open no fence, or fences of other shapes: what a line-by-line tracker can misjudge.
    fc.constantFrom(
      "</details>\n```\nswallowed by the HTML block above",
      "<div>\n```\nnot a fence inside HTML\n</div>",
      "<span>an HTML block of kind 7</span>\n~~~\nswallowed too",
      "    ```\n    a fence marker in indented code",
      "````\n```\nnested marker\n\n````",
      "> ```\n> a fence in a quote\n\n> and a new quote",
      "~~~python\ntilde fence\n\n~~~",
      "<!-- an open comment\n\n## with a heading inside",
      "-->",
      "```",
      "<script>\nlet a;\n\nb();",
      "</script>",
      "- ```\n  a fence in an item\n\nout of it",
    ),
  );
  const separator = fc.constantFrom("\n\n", "\n\n\n", "\n", "\n\n  \n");

  it("gives the whole file's tree for any mix of blocks, lists and quotes that run on included", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(block, separator), { minLength: 80, maxLength: 160 }), (parts) => {
        const text = parts.map(([b, sep]) => b + sep).join("");
        fc.pre(text.length > 6_500);
        expect(parseMarkdown(text).children).toEqual(whole(text));
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it("cuts a bank with no headings (bold questions, `<details>` answers) into pieces, not one", () => {
    const text = Array.from({ length: 120 }, (_, i) => `**${i + 1}. What is item ${i}?**\n\n<details><summary>Answer</summary>\n\nIt is ${"a thing, ".repeat(8)}\n\n</details>\n`).join("\n");
    const starts = chunkStarts(text, gfmKind);
    expect(starts.length).toBeGreaterThan(text.length / 6_000);
    expect(parseMarkdown(text).children).toEqual(whole(text));
  });

  it("never cuts before a list item that may continue the list above (one loose list, not two)", () => {
    const text = Array.from({ length: 200 }, (_, i) => `- item ${i} ${"with words ".repeat(4)}\n`).join("\n");
    expect(chunkStarts(text, gfmKind)).toEqual([0]);
  });
});

describe("the real banks in pieces", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".md") && e.name !== "SOURCE.md" ? [path.join(dir, e.name)] : []));

  it("parse every fixture bank file to the tree the whole file gives", () => {
    const checked = files("tests/fixtures/banks").filter((f) => {
      const text = readFileSync(f, "utf8").replace(/^\uFEFF/, "");
      if (chunkStarts(text, gfmKind).length === 1) return false;
      expect(parseMarkdown(text).children, f).toEqual(whole(text));
      return true;
    });
    expect(checked.length).toBeGreaterThan(10);
  }, 120_000);
});

describe("a block left open to the end of a long file", () => {
  it("is parsed again a few times over, not once per piece, and still as the whole file", () => {
    // An HTML block swallows the first fence marker, so the line tracker sees the fences the wrong way
    // round: the last marker opens a fence that runs to the end, as the whole file reads it.
    const sections = Array.from({ length: 400 }, (_, i) => `## Question ${i}?\n\nAn answer with ${"some words ".repeat(30)}\n`);
    const text = `<div>\n\`\`\`\n</div>\n\n${sections.slice(0, 2).join("\n")}\n\`\`\`\n\n${sections.slice(2).join("\n")}`;
    let parsed = 0;
    const tree = parseInChunks(text, (piece) => {
      parsed += piece.length;
      return unified().use(remarkParse).use(remarkGfm).parse(piece);
    }, gfmKind);
    expect(tree.children).toEqual(whole(text));
    expect(chunkStarts(text, gfmKind).length).toBeGreaterThan(20);
    expect(parsed).toBeLessThan(3 * text.length);
  });
});

describe("chunkStarts keeps the costly extensions to the text that needs them", () => {
  it("cuts a paragraph with a bare URL into a piece of about its own size", () => {
    const para = (i: number) => `Paragraph ${i} says ${"something plain about the subject, ".repeat(16)}end.\n\n`;
    const parts = Array.from({ length: 30 }, (_, i) => para(i));
    parts[15] = `See https://example.com/docs for ${"more words about it, ".repeat(20)}end.\n\n`;
    const source = parts.join("");
    const starts = chunkStarts(source, gfmKind);
    const at = source.indexOf("https://");
    const i = starts.findLastIndex((s) => s <= at);
    const piece = source.slice(starts[i], starts[i + 1] ?? source.length);
    expect(gfmKind(piece)).toBeGreaterThan(0);
    expect(piece.length).toBeLessThan(1_200);
    expect(parseInChunks(source, (t) => unified().use(remarkParse).use(remarkGfm).parse(t), gfmKind).children).toEqual(whole(source));
  });
});
