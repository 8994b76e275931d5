import { readDeck } from "@/lib/content";

/** The pure reader, fed files in memory as the browser (and src/build) feed it. */
const bank = (text: string, path = "README.md") => [{ path, text }];

describe("readDeck, the pure reader", () => {
  it("reads a deck from files in memory, ids under the given slug, paths shown with the prefix", async () => {
    const read = await readDeck({ slug: "u-demo", title: "Demo", displayPrefix: "pasted", files: bank("# Demo\n\n## What is a closure?\n\nA function with its scope.\n") });
    expect(read.problems).toEqual([]);
    expect(read.deck?.title).toBe("Demo");
    const card = read.deck!.topics[0]!.cards[0]!;
    expect(card.id).toBe("u-demo/demo/what-is-a-closure");
    expect(card.file).toBe("pasted/README.md");
    expect(read.located).toEqual([{ id: card.id, file: "pasted/README.md", line: 3, pinned: false }]);
  });

  it("leaves code plain without a highlighter: escaped, with its language class", async () => {
    const read = await readDeck({ slug: "d", files: bank("## What does this print?\n\n```js\nconsole.log(1 < 2)\n```\n") });
    expect(read.deck!.topics[0]!.cards[0]!.answerHtml).toBe('<pre><code class="language-js">console.log(1 &#x3C; 2)\n</code></pre>');
  });

  it("passes each code block to the highlighter it is given, with its language", async () => {
    const seen: [string, string | undefined][] = [];
    const read = await readDeck({
      slug: "d",
      files: bank("## What does this print?\n\n```py\nprint(1)\n```\n\n```\nplain\n```\n"),
      highlight: (code, lang) => {
        seen.push([code, lang]);
        return lang ? { type: "root", children: [{ type: "element", tagName: "pre", properties: { className: ["hl"] }, children: [{ type: "text", value: code }] }] } : null;
      },
    });
    expect(seen).toEqual([["print(1)\n", "py"], ["plain\n", undefined]]);
    expect(read.deck!.topics[0]!.cards[0]!.answerHtml).toBe('<pre class="hl">print(1)\n</pre>\n<pre><code>plain\n</code></pre>');
  });

  it("highlights code at any depth, a block replaced by several nodes or by none, each block once", async () => {
    const seen: string[] = [];
    const read = await readDeck({
      slug: "d",
      files: bank("## What does this print?\n\n- item\n\n  ```a\n  one\n  ```\n\n> ```b\n> two\n> ```\n\n```c\nthree\n```\n\n```a\nfour\n```\n"),
      highlight: (code, lang) => {
        seen.push(code);
        const pre = (value: string) => ({ type: "element" as const, tagName: "pre", properties: {}, children: [{ type: "text" as const, value }] });
        return lang === "a" ? { type: "root", children: [pre(`${code}1`), { type: "doctype" }, pre(`${code}2`)] } : lang === "b" ? { type: "root", children: [] } : null;
      },
    });
    expect(seen).toEqual(["one\n", "two\n", "three\n", "four\n"]);
    expect(read.deck!.topics[0]!.cards[0]!.answerHtml).toBe(
      '<ul>\n<li>\n<p>item</p>\n<pre>one\n1</pre><pre>one\n2</pre>\n</li>\n</ul>\n<blockquote>\n\n</blockquote>\n<pre><code class="language-c">three\n</code></pre>\n<pre>four\n1</pre><pre>four\n2</pre>',
    );
  });

  it("groups one-question files by folder and reads their metadata.json from the files given", async () => {
    const read = await readDeck({
      slug: "d",
      files: [
        { path: "arrays/two-sum.md", text: "---\ntitle: How do you solve two sum?\n---\n\nWith a hash map.\n" },
        { path: "arrays/metadata.json", text: '{"difficulty": "easy"}' },
      ],
    });
    expect(read.deck!.topics.map((t) => t.title)).toEqual(["arrays"]);
    expect(read.deck!.topics[0]!.cards[0]!.tags).toEqual(["easy"]);
  });

  it("says why when nothing reads as a question, and returns no deck", async () => {
    const read = await readDeck({ slug: "d", displayPrefix: "pasted", files: bank("Just some prose.\n") });
    expect(read.deck).toBeNull();
    expect(read.problems[0]?.message).toMatch(/no questions/);
  });
});

describe("the renderer's plain-text fast path", () => {
  it.each(["a < b && c > d", "  spaced  \n  lines  ", 'quotes " and \' stay', "tab\there", "emoji ✨ and ؟"])("renders %j as the full pipeline does", async (text) => {
    const { makeRenderer } = await import("@/lib/content/markdown");
    const render = makeRenderer();
    const fast = render.inline([{ type: "text", value: text }]);
    const slow = render.answer([{ type: "paragraph", children: [{ type: "text", value: text }] }]).html.replace(/^<p>/, "").replace(/<\/p>$/, "");
    expect(fast).toBe(slow);
  });
});
