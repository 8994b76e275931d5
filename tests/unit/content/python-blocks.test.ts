import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Code } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { loadBankFrom } from "@/build";

/**
 * Every ```python block in the Django deck must at least compile: an answer whose code would not
 * run as shown costs a candidate in an interview. A block that is deliberately partial (a snippet
 * of a larger file) is marked ```python fragment and skipped; see "Python code blocks" in
 * content/README.md.
 */

const DECK = "content/django";
/** Starting python3 can take seconds on a busy machine; the check itself is fast. */
const SPAWN_TIMEOUT_MS = 60_000;
const FRAGMENT = "fragment";

interface Block {
  /** Path shown in messages, and the line of the block's opening fence in it. */
  file: string;
  fenceLine: number;
  source: string;
}

/** The ```python (or ```py) blocks of a markdown text, minus those marked as fragments. */
function pythonBlocks(file: string, markdown: string): Block[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const blocks: Block[] = [];
  visit(tree, "code", (node: Code) => {
    if (node.lang !== "python" && node.lang !== "py") return;
    if ((node.meta ?? "").split(/\s+/).includes(FRAGMENT)) return;
    blocks.push({ file, fenceLine: node.position!.start.line, source: node.value });
  });
  return blocks;
}

/** Compiles each block with python3 (one process for all) and returns `file:line: message` per failure. */
const CHECKER = `
import json, sys
failures = []
for i, source in enumerate(json.load(sys.stdin)):
    try:
        compile(source, "block", "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        failures.append({"index": i, "line": getattr(e, "lineno", None) or 1, "message": getattr(e, "msg", None) or str(e)})
json.dump(failures, sys.stdout)
`;

function compileErrors(blocks: Block[]): string[] {
  const run = spawnSync("python3", ["-c", CHECKER], { input: JSON.stringify(blocks.map((b) => b.source)), encoding: "utf8" });
  if (run.error || run.status !== 0) {
    throw new Error(`python3 is needed to check the Python code blocks and could not run: ${run.error?.message ?? run.stderr}`);
  }
  const failures = JSON.parse(run.stdout) as { index: number; line: number; message: string }[];
  return failures.map(({ index, line, message }) => {
    const block = blocks[index]!;
    // The block's first line sits on the line after its opening fence.
    return `${block.file}:${block.fenceLine + line}: ${message} (python block opened at line ${block.fenceLine})`;
  });
}

describe("Python code blocks in the Django deck", () => {
  it("all compile, except blocks marked as fragments", () => {
    const blocks = readdirSync(DECK)
      .filter((name) => name.endsWith(".md"))
      .flatMap((name) => pythonBlocks(`${DECK}/${name}`, readFileSync(`${DECK}/${name}`, "utf8")));
    expect(blocks.length).toBeGreaterThan(50);
    expect(compileErrors(blocks)).toEqual([]);
  }, SPAWN_TIMEOUT_MS);

  it("names the file and line of a block that does not compile, and skips a fragment", () => {
    const markdown = [
      "## Q?", //                                   line 1
      "",
      "```python",
      "x = 1",
      "def broken(:", //                            line 5
      "```",
      "",
      "```python fragment",
      "    return x  # a piece of a larger method",
      "```",
      "",
      "```py",
      "print('ok')",
      "```",
    ].join("\n");
    const blocks = pythonBlocks("content/django/99-example.md", markdown);
    expect(blocks.map((b) => b.fenceLine)).toEqual([3, 12]);
    const errors = compileErrors(blocks);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/django\/99-example\.md:5: /);
  }, SPAWN_TIMEOUT_MS);

  it("renders a fragment like any Python block: highlighted, with no trace of the marker", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "prepdeck-fragment-"));
    try {
      mkdirSync(path.join(dir, "deck"));
      const answer = (info: string) => `A sample answer.\n\n\`\`\`${info}\nreturn total  # inside a method\n\`\`\`\n`;
      writeFileSync(
        path.join(dir, "deck", "01-topic.md"),
        `---\ntitle: "Topic"\n---\n\n## Marked as a fragment?\n\n${answer("python fragment")}\n## Plain Python?\n\n${answer("python")}`,
      );
      const bank = await loadBankFrom({ dir });
      const [fragment, plain] = bank.decks[0]!.topics[0]!.cards;
      expect(fragment!.answerHtml).toContain('class="language-python"');
      expect(fragment!.answerHtml).not.toContain(FRAGMENT);
      expect(fragment!.answerHtml).toBe(plain!.answerHtml);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SPAWN_TIMEOUT_MS);
});
