import fc from "fast-check";
import { parseInChunks } from "@/lib/content/chunks";
import { parseMarkdown } from "@/lib/content/markdown";
import { gfmKind, parseGfm } from "@/lib/content/parser";
import { plainLineTree } from "@/lib/content/plain-line";

/** A plain line's tree is built without the parser: it must be the parser's, positions and all. */
const parsed = (text: string) => parseInChunks(text, parseGfm, gfmKind);

const PIECES = ["a", "Z", "é", "字", "ж", "ß", "𝒳", "e\u0301", "1", "9", " ", ",", ".", ";", "?", "!", "'", '"', "(", ")", "/", "%", "www.", "Answer", "  "];
const line = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }).map((xs) => xs.join(""));

describe("plainLineTree", () => {
  it("is the parser's tree for every line it takes, and takes the lines it should", () => {
    let taken = 0;
    fc.assert(
      fc.property(line, (text) => {
        const tree = plainLineTree(text);
        if (tree) {
          taken++;
          expect(tree).toEqual(parsed(text));
        }
      }),
      { numRuns: 4000 },
    );
    expect(taken).toBeGreaterThan(400);
  });

  it("takes summaries and short answers, and leaves anything with syntax to the parser", () => {
    for (const text of ["Answer", "Show answer", "Why is it so?", "Yes, it is (mostly).", "Ответ", "答案", "Answer.", "Is it 100% (or 99%) sure?!"]) expect(plainLineTree(text)).toEqual(parsed(text));
    for (const text of ["", " Answer", "Answer ", "a  b", "1. One", "# Title", "- item", "*bold*", "a_b_c", "`x`", "a<b", "a & b", "see www.example.com", "a|b", "x: y", "me@x.io", "a\nb", "a\\b", "[x](y)"]) {
      expect(plainLineTree(text)).toBeNull();
    }
  });

  it("is what parseMarkdown returns for a plain line", () => {
    expect(parseMarkdown("Show the answer")).toEqual(parsed("Show the answer"));
  });
});
