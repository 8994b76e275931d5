import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { Nodes, Paragraph, PhrasingContent } from "mdast";
import { parseMarkdown } from "@/lib/content/markdown";
import { firstVisibleChar, isMarkup, textOf } from "@/lib/content/noise";

/** isMarkup builds a paragraph's text only when its first visible character may open markup: the same answers as testing the text. */
const byText = (p: Paragraph) => /^(\{[a-z-]+\}|\[\[toc\]\]|\[toc\])$/i.test(textOf(p));

function paragraphs(node: Nodes, out: Paragraph[] = []): Paragraph[] {
  if (node.type === "paragraph") out.push(node);
  if ("children" in node) for (const c of node.children) paragraphs(c as Nodes, out);
  return out;
}

const leaf = fc.oneof(
  fc.constantFrom("", " ", "\n", "\u00a0", "{pagebreak}", "[[toc]]", "[toc]", "{", "}", "[", "]", "toc", "word", " {x-y} ", "a b").map((value): PhrasingContent => ({ type: "text", value })),
  fc.constantFrom("<b>", "{toc}", "").map((value): PhrasingContent => ({ type: "html", value })),
  fc.constantFrom("", "{alt}", " [x]").map((alt): PhrasingContent => ({ type: "image", url: "a.png", alt })),
  fc.constantFrom("`{x}`", "{y}").map((value): PhrasingContent => ({ type: "inlineCode", value })),
);
const inline: fc.Arbitrary<PhrasingContent[]> = fc.letrec<{ nodes: PhrasingContent[] }>((tie) => ({
  nodes: fc.array(fc.oneof({ depthSize: "small" }, leaf, tie("nodes").map((children): PhrasingContent => ({ type: "emphasis", children })), tie("nodes").map((children): PhrasingContent => ({ type: "link", url: "#a", children }))), { maxLength: 4 }),
})).nodes;

describe("isMarkup", () => {
  it("answers as the paragraph's whole text does, for any inline content", () => {
    fc.assert(
      fc.property(inline, (children) => {
        const p: Paragraph = { type: "paragraph", children };
        expect(isMarkup(p)).toBe(byText(p));
        expect(firstVisibleChar(p)).toBe(/\S/.exec(textOf(p))?.[0] ?? "");
      }),
      { numRuns: 3000 },
    );
  });

  it("answers as the text does for every paragraph of the fixture banks", () => {
    const root = path.join(process.cwd(), "tests/fixtures/banks");
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith(".md"));
    let seen = 0;
    for (const f of files) {
      for (const p of paragraphs(parseMarkdown(readFileSync(path.join(root, f), "utf8")))) {
        expect(isMarkup(p)).toBe(byText(p));
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(1000);
    for (const text of ["{pagebreak}", " [[toc]] ", "*{pagebreak}*"]) expect(isMarkup(paragraphs(parseMarkdown(text))[0]!)).toBe(true);
  });
});
