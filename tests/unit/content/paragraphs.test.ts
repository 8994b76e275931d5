import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { Nodes, Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Candidate } from "@/lib/content/candidate";
import { parseMarkdown } from "@/lib/content/markdown";
import { questionAndOptions, questionParagraph } from "@/lib/content/paragraphs";
import { normalisedPrompt } from "@/lib/content/question-text";
import { type Ctx, lineOf } from "@/lib/content/raw";

type Mode = "detect" | "every" | "asking";
const MODES: Mode[] = ["detect", "every", "asking"];

/** questionParagraph before it returned early for paragraphs of several lines: the reference. */
function reference(p: Paragraph, ctx: Ctx, mode: Mode): Candidate | null {
  const text = normalisedPrompt(toString(p));
  if (!text) return null;
  const quiz = questionAndOptions(p, toString(p));
  if (quiz) {
    const options: Paragraph = { type: "paragraph", children: quiz.options };
    return { shape: "paragraph", input: { prompt: quiz.question, answer: [options], line: lineOf(ctx, p) }, reads: true, list: -1, open: true };
  }
  const asks = text.length <= 300 && /[?？؟][\s"'”’)\]）】」]*$/u.test(text);
  const reads = asks && !text.includes("\n") && !toString(p).trim().includes("\n");
  if (mode === "detect" ? !reads : mode === "asking" && !asks) return null;
  return { shape: "paragraph", input: { prompt: p.children, answer: [], line: lineOf(ctx, p) }, reads: true, list: -1, open: true };
}

const ctx: Ctx = { file: "x.md", lineOffset: 0, warnings: [], hints: {}, quotedQuestions: false };

function paragraphs(node: Nodes, out: Paragraph[] = []): Paragraph[] {
  if (node.type === "paragraph") out.push(node);
  if ("children" in node) for (const c of node.children) paragraphs(c as Nodes, out);
  return out;
}

describe("questionParagraph", () => {
  it("decides as before for every paragraph of the fixture banks, detected or steered", () => {
    const root = path.join(process.cwd(), "tests/fixtures/banks");
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith(".md"));
    let taken = 0;
    for (const f of files) {
      for (const p of paragraphs(parseMarkdown(readFileSync(path.join(root, f), "utf8")))) {
        for (const mode of MODES) {
          const found = questionParagraph(p, ctx, mode);
          expect(found).toEqual(reference(p, ctx, mode));
          if (found && mode === "detect") taken++;
        }
      }
    }
    expect(taken).toBeGreaterThan(50);
  });

  it("decides as before for random lines and line breaks", () => {
    const piece = fc.constantFrom("What", " is", " it", "?", "\n", "  ", "\t", "1. ", "Why", "？", " 👶", ")", "x".repeat(150), "\nA. one", "\nB) two");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.constantFrom(...MODES), (parts, mode) => {
        const p: Paragraph = { type: "paragraph", children: [{ type: "text", value: parts.join("") }], position: { start: { line: 3, column: 1 }, end: { line: 3, column: 2 } } };
        expect(questionParagraph(p, ctx, mode)).toEqual(reference(p, ctx, mode));
      }),
      { numRuns: 3000 },
    );
  });
});
