import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldDetailsIn } from "@/lib/content/details";
import { blankableBodies, parseFolded } from "@/lib/content/details-skip";
import { parseMarkdown } from "@/lib/content/markdown";

/** What parsing every body as part of the file, then folding, gives: parseFolded must give exactly this. */
const plain = (source: string) => foldDetailsIn(parseMarkdown(source).children, source);

const DETAILS = "<details><summary>Answer</summary>\n\nIt is **bold**.\n\n</details>\n";

/** Pieces of details-heavy banks, so random files hit nesting, fences, HTML blocks, lists, definitions and unclosed tags. */
const PIECES = [
  "<details>", "<details><summary>Q?</summary>", "<summary>S</summary>", "</details>", "<details open>", "  <details>", "  </details>", "</details><details>",
  "\n", "\n\n", "text", "# H", "### Q?", "- ", "1. ", "  ", "    ", "> ", "```\n", "```js\n", "~~~\n", "```js", "`code`", "<!--", "-->", "<pre>", "</pre>",
  "<p>", "</p>", "<div>", "</div>", "[x]: https://a.b\n", "[x]", "[^1]", "[^1]: note\n", "| a |\n| - |\n", "**b**", "<script>", "</script>", "\r\n", "\t",
  "<details>\n", "</details>\n", "\n</details>\n", "\n<details>\n", "www.example.com", "<br>",
];
const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((parts) => parts.join(""));

describe("parseFolded", () => {
  it("skips the file's parse of a plain details body, and the fold is the same", () => {
    const source = `# Q1\n\n${DETAILS}\n# Q2\n\n${DETAILS}`;
    expect(blankableBodies(source)).toHaveLength(2);
    const nodes = parseFolded(source);
    expect(nodes).toEqual(plain(source));
    expect(nodes.filter((n) => n.type === "details")).toHaveLength(2);
  });

  it.each([
    ["a fence left open", "<details>\n\n```js\nx()\n</details>\n\nafter\n"],
    ["a comment left open", "<details>\n\n<!-- note\n</details>\n\nafter -->\n"],
    ["indented details, in a list", "- item\n\n  <details>\n\n  body\n\n  </details>\n"],
    ["a link reference defined in a body", "[x]\n\n<details>\n\n[x]: https://a.b\n\n</details>\n"],
    ["details named in its own body", "<details>\n\nUse `</details>` to close it.\n\n</details>\n"],
  ])("leaves %s to the file's own parse", (_, source) => {
    expect(blankableBodies(source)).toEqual([]);
    expect(parseFolded(source)).toEqual(plain(source));
  });

  it("parses a body's surroundings apart only when no fence runs on over its blank lines", () => {
    // Indented code that looks like a fence to the line tracker, so it takes the real fence below for
    // a closing one and blanks the inner body; the real fence is still open at the inner `<details>`.
    // Parsed apart, that fence would end before the blank lines and the inner `</details>` would close the outer one.
    const source = "<details>\n\n    ```\n\n```\n<details>\n\nbody\n\n</details>\n```\n\n</details>\n";
    expect(blankableBodies(source)).toHaveLength(1);
    const nodes = parseFolded(source);
    expect(nodes).toEqual(plain(source));
    expect(nodes).toHaveLength(1);
  });

  it("folds nested details the same, the inner body blanked or not", () => {
    const source = "<details><summary>A</summary>\n\n<details>\ninner\n</details>\n\n</details>\n";
    expect(parseFolded(source)).toEqual(plain(source));
  });

  it.each([["<div><details>"], ["<div><details>\n\nbody\n\n</details></div>"], ["<details"]])("reads details that do not open their line, without end: %j", (source) => {
    const nodes = parseFolded(source);
    expect(nodes).toEqual(plain(source));
    expect(nodes.map((n) => n.type)).toContain("details");
  });

  it("gives what parsing every body with the file gives, for any file", () => {
    fc.assert(
      fc.property(markdown, (source) => {
        expect(parseFolded(source)).toEqual(plain(source));
      }),
      { numRuns: Number(process.env.PARSER_RUNS ?? 1500) },
    );
  });
});
