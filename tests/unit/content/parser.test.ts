import fc from "fast-check";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parseGfm } from "@/lib/content/parser";

/** What remark-parse with remark-gfm gives: the reader's trees must be exactly these. */
const reference = unified().use(remarkParse).use(remarkGfm);

/** Markdown-ish pieces, so random texts hit lists, tables, code, emphasis, footnotes, tasks and links. */
const PIECES = [
  "word", "h", "w", "ftp", "mail", "www", ".", ":", "/", "//", "@", "example.com", " ", " ", "\n", "\n\n", "- ", "1. ", "* ", "> ",
  "# ", "### ", "| a | b |\n| --- | --- |\n| 1 | 2 |\n", "```js\nx()\n```\n", "`code`", "**", "_", "~~", "[^1]", "[^1]: note\n",
  "- [ ] task\n", "[link](https://x.y)", "<https://a.b>", "<div>", "</div>", "\\", "&amp;", "http", "s", "me@example.com", "www.example.com", "https://x.example", "WWW.EXAMPLE.COM",
  "| a |", "|", "-", "---", ":-:", "| --- |", "a | b\n- | -\n", "> ", "  ", "| - |\n", ":-", "-:", "\n:-:\n", "> | x |\n> | - |\n", "- | a |\n  | - |\n", "\t", "\r\n", "\r",
  // Where a URL is or is not literal text: link destinations, images, angle links, code, escapes, references.
  "](", "(", ")", "[", "]", "`", "```\n", "~~~\n", "    ", "&#64;", "&#x3A;", "http:/\\/", "a@b.co", "<a@b.co>", "![i](https://im.g)",
  "[x]: https://d.e\n", "[x]", "www.x.y)", "<www.a.b>", "[a](<https://b.c>)", "\\[a](https://b.c)", "`https://in.code`", "mailto:", "xmpp:",
];
const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));

describe("parseGfm", () => {
  it.each([
    ["| a | b |\n| --- | :-: |\n| 1 | 2 |"],
    ["a | b\n-- | --\n1 | 2"],
    ["one column\n:-:"],
    ["| windows | lines |\r\n| --- | --- |\r\n| 1 | 2 |\r\n"],
    ["> | quoted |\n> | --- |"],
    ["- item\n\n  | in a list |\n  | - |"],
  ])("still reads a table: %j", (text) => {
    expect(JSON.stringify(parseGfm(text))).toContain('"type":"table"');
  });

  it.each([
    ["http:/\\/example.com"],
    ["www&#46;example.com"],
    ["me&#64;example.com"],
    ["See [the docs](https://a.example) or https://b.example"],
    ["`https://in.code` then www.example.com"],
  ])("finds a literal autolink however the text spells it: %j", (text) => {
    expect(JSON.stringify(parseGfm(text))).toContain('"type":"link"');
    expect(parseGfm(text)).toEqual(reference.parse(text));
  });

  it("gives remark-gfm's tree for any text, whether or not it could hold a literal autolink or a table", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(parseGfm(text)).toEqual(reference.parse(text));
      }),
      { numRuns: Number(process.env.PARSER_RUNS ?? 600) },
    );
  });

  it.each([
    ["See www.example.com.", "http://www.example.com"],
    ["See https://a.example/x.", "https://a.example/x"],
    ["Write to me@example.org.", "mailto:me@example.org"],
  ])("still links a literal autolink alone in its text: %s", (text, url) => {
    expect(JSON.stringify(parseGfm(text))).toContain(`"url":"${url}"`);
  });
});
