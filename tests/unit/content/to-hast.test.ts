import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { toHast } from "mdast-util-to-hast";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/markdown";
import { blocksToHast } from "@/lib/content/to-hast";

const OPTIONS = { allowDangerousHtml: true };
const convert = blocksToHast(OPTIONS);
const direct = (source: string) => {
  const nodes = parseMarkdown(source).children;
  return { got: convert(nodes), expected: toHast({ type: "root", children: nodes }, OPTIONS) };
};

const BANKS = path.resolve(import.meta.dirname, "../../fixtures/banks");

describe("blocksToHast", () => {
  it.each([
    ["a link reference and its definition", "See [the docs][d].\n\n[d]: https://a.b \"Docs\"\n"],
    ["a footnote and its definition", "A claim.[^1]\n\n[^1]: The source.\n"],
    ["a definition inside a list", "- [x][y]\n\n  [y]: https://a.b\n"],
    ["a hard break before a line", "one  \n  two\\\n three\n"],
    ["raw HTML, lists, code and a table", "<div>x</div>\n\n1. a\n2. b\n\n   - c\n\n```js\nx\n```\n\n| a |\n| - |\n| b |\n"],
    ["nothing", ""],
  ])("gives toHast's tree for %s", (_, source) => {
    const { got, expected } = direct(source);
    expect(got).toEqual(expected);
  });

  it("gives toHast's tree for every block of every bank, and for each bank whole", () => {
    for (const dir of readdirSync(BANKS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(path.join(BANKS, dir.name), { recursive: true }) as string[]) {
        if (!file.endsWith(".md")) continue;
        const nodes = parseMarkdown(readFileSync(path.join(BANKS, dir.name, file), "utf8")).children;
        expect(convert(nodes)).toEqual(toHast({ type: "root", children: nodes }, OPTIONS));
        for (const n of nodes) expect(convert([n])).toEqual(toHast({ type: "root", children: [n] }, OPTIONS));
      }
    }
  });
});
