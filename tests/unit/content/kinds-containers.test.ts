import { readDeck } from "@/lib/content";
import { pairsOf } from "./read-bank";

/** Docusaurus / VuePress / VitePress `:::` containers and GitHub's `> [!TIP]` alerts. */
describe("a container under a question", () => {
  it("that holds the answer (`:::tip Answer`, `::: details 答案`, `:::details`) is the answer, shown as its content", async () => {
    const bank = [
      "# React",
      "## What is the virtual DOM?\n\n:::tip Answer\nA copy of the DOM that React diffs.\n:::",
      "## What is reconciliation?\n\n::: details 答案\n\nReact updating the DOM to match.\n\n```js\nroot.render(<App />);\n```\n\n:::",
      "## What is a fiber?\n\n:::details\nA unit of work.\n:::",
    ].join("\n\n");
    expect(await pairsOf(bank)).toEqual([
      ["What is the virtual DOM?", "<p>A copy of the DOM that React diffs.</p>"],
      ["What is reconciliation?", '<p>React updating the DOM to match.</p>\n<pre><code class="language-js">root.render(&#x3C;App />);\n</code></pre>'],
      ["What is a fiber?", "<p>A unit of work.</p>"],
    ]);
  });

  it("that is an aside (`:::warning Careful`) is a quote led by its title; code fences inside are left alone", async () => {
    const bank = "# React\n\n## What is a key?\n\nAn identity for list items.\n\n::::warning Careful\nNever the index.\n\n```md\n:::\n```\n::::";
    expect(await pairsOf(bank)).toEqual([
      ["What is a key?", '<p>An identity for list items.</p>\n<blockquote>\n<p><strong>Careful</strong></p>\n<p>Never the index.</p>\n<pre><code class="language-md">:::\n</code></pre>\n</blockquote>'],
    ]);
  });

  it("keeps the lines a note names: the file's own, not the rewritten text's", async () => {
    const bank = "# React\n\n## What is a fiber?\n\n:::details\nA unit of work.\n:::\n\n## What is JSX?\n\n:::tip Answer\nSyntax.\n:::";
    const r = await readDeck({ slug: "d", files: [{ path: "README.md", text: bank }] });
    expect(r.deck?.topics[0]?.cards.map((c) => c.line)).toEqual([3, 9]);
  });
});

describe("a GitHub alert (`> [!TIP]`)", () => {
  it("is a quote led by its title in bold, the marker gone", async () => {
    const bank = "# Go\n\n### What is a goroutine?\n\nA lightweight thread.\n\n> [!TIP]\n> Start one with `go`.";
    expect(await pairsOf(bank)).toEqual([["What is a goroutine?", "<p>A lightweight thread.</p>\n<blockquote>\n<p><strong>Tip</strong></p>\n<p>Start one with <code>go</code>.</p>\n</blockquote>"]]);
  });
});
