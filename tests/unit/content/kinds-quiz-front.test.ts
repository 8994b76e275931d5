import { readBank } from "./read-bank";

/** A multiple-choice question asks about its options: they are on the front, unmarked; the back ticks the right one. */
describe("a quiz's options", () => {
  it("are shown with the question, without the tick that gives the answer away, and ticked on the back", async () => {
    const bank = [
      "# Quiz",
      "###### 1. What's the output?\n\n```js\nconsole.log(typeof null);\n```\n\n- A: `null`\n- B: `object`\n\n<details><summary><b>Answer</b></summary>\n<p>\n\n#### Answer: B\n\nA historical bug.\n\n</p>\n</details>",
      "### Which is serverless?\n\n- [ ] EC2\n- [x] Lambda",
      "### Which stores objects?\n\n- ☐ EBS\n- ✅ S3",
    ].join("\n\n");
    const { cards } = await readBank(bank);
    expect(cards.map((c) => [c.front, c.answer])).toEqual([
      [
        '<pre><code class="language-js">console.log(typeof null);\n</code></pre>\n<ul>\n<li>A: <code>null</code></li>\n<li>B: <code>object</code></li>\n</ul>',
        "<ul>\n<li>✓ <strong>B: <code>object</code></strong></li>\n</ul>\n<p>A historical bug.</p>",
      ],
      ["<ul>\n<li>EC2</li>\n<li>Lambda</li>\n</ul>", "<ul>\n<li>✓ <strong>Lambda</strong></li>\n</ul>"],
      ["<ul>\n<li>EBS</li>\n<li>S3</li>\n</ul>", "<ul>\n<li>✓ <strong>✅ S3</strong></li>\n</ul>"],
    ]);
  });

  it("stay on the back when nothing ticks one: an answer's own \"a) …\" points are no quiz", async () => {
    const bank = "# Notes\n\n### What are the hook rules?\n\n1. **a)** Call hooks at the top level.\n2. **b)** Call them from React functions.";
    const { cards } = await readBank(bank);
    expect(cards[0]?.front).toBe("");
    expect(cards[0]?.answer).toContain("Call hooks at the top level.");
  });
});

describe("what stands with a quiz's options", () => {
  it("before them (a lead-in, code) is on the front with them; what an option nests (why it is right) is on the back only", async () => {
    const bank = "# Quiz\n\n### Which is serverless?\n\nPick the one AWS runs for you.\n\n- [ ] EC2\n- [x] Lambda\n  - It runs code without servers.";
    const { cards } = await readBank(bank);
    expect(cards.map((c) => [c.front, c.answer])).toEqual([
      [
        "<p>Pick the one AWS runs for you.</p>\n<ul>\n<li>EC2</li>\n<li>Lambda</li>\n</ul>",
        "<ul>\n<li>✓ <strong>Lambda</strong>\n<ul>\n<li>It runs code without servers.</li>\n</ul>\n</li>\n</ul>",
      ],
    ]);
  });
});
