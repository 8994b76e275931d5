import fc from "fast-check";
import type { RootContent } from "mdast";
import rehypeExternalLinks from "rehype-external-links";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { isStandalone } from "@/lib/content/html-fragments";
import { makeRenderer, parseMarkdown } from "@/lib/content/markdown";

/** The pipeline answers went through before: the whole answer re-parsed as HTML. */
const reference = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"], target: "_blank" })
  .use(rehypeStringify);
const wholeAnswer = (nodes: RootContent[]) => reference.stringify(reference.runSync({ type: "root", children: nodes })).trim();

/** An answer of markdown around a piece of raw HTML at its top. */
const answerAround = (html: string): RootContent[] => [
  ...parseMarkdown("Some **bold** text and a [link](https://example.com).\n\n- one\n- two").children,
  { type: "html", value: html },
  ...parseMarkdown("| a | b |\n| - | - |\n| 1 | 2 |\n\nAfter *it*.").children,
];

describe("raw HTML standing alone at the top of an answer", () => {
  it.each([
    ['<div align="right"><b><a href="#table-of-contents">↥ back to top</a></b></div>', true],
    ["<br/>", true],
    ['<p align="center"><img src="x.png" alt="x"> caption</p>', true],
    ["<!-- a note -->", true],
    ["<p><div>a block in a paragraph</div></p>", false],
    ["<a href=a><a href=b>a link in a link</a></a>", false],
    ["<b><i>misnested</b></i>", false],
    ["<div>unclosed", false],
    ["<table><tr><td>cell</td></tr></table>", false],
    ["<div>a < b</div>", false],
    ["<script>alert(1)</script>", false],
  ])("%s is parsed alone: %s", (html, alone) => {
    expect(isStandalone(html)).toBe(alone);
  });

  it("renders byte for byte as the whole answer parsed as HTML, for any mix of these tags", () => {
    const render = makeRenderer();
    const tag = fc.constantFrom("div", "p", "b", "i", "a", "span", "center", "h3", "table", "td", "li", "pre", "script");
    const piece = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      fc.constantFrom("text", " & more", "<br>", "<img src=x.png>", '<a href="https://e.com">', "<!-- c -->", "\n", "<hr>", "<div/>"),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const html = `<div>${pieces.join("")}</div>`;
        const nodes = answerAround(html);
        expect(render.answer(structuredClone(nodes)).html).toBe(wholeAnswer(structuredClone(nodes)));
      }),
      { numRuns: 200, seed: 22 },
    );
  });
});
