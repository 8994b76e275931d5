import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inspect } from "node:util";
import { loadBankFrom } from "@/build";
import { ContentError } from "@/lib/content";
import { formatWarnings } from "@/lib/content/errors";
import { cardIds, slugWithHash } from "@/lib/content/ids";

/** Writes a tiny content folder (one deck, "d") and loads it: one fixture per rule. */
async function load(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), "prepdeck-rule-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, "d", name)), { recursive: true });
    writeFileSync(path.join(dir, "d", name), text);
  }
  const bank = await loadBankFrom({ dir });
  const topics = bank.decks.flatMap((d) => d.topics);
  return { bank, topics, cards: topics.flatMap((t) => t.cards), prompts: topics.flatMap((t) => t.cards.map((c) => c.prompt)) };
}

describe("headings are read by what they say", { timeout: 30_000 }, () => {
  it("a heading is a question when it ends in a question mark or opens with an interrogative or an instruction, numbering stripped", async () => {
    const { prompts } = await load({ "a.md": "# Bank\n\n## Q1: What is X?\n\nA.\n\n## 2. Explain Y in detail\n\nB.\n\n## Notes\n" });
    expect(prompts).toEqual(["What is X?", "Explain Y in detail"]);
  });

  it("among sibling headings that are mostly questions, the others with an answer are questions too", async () => {
    const { prompts } = await load({ "a.md": "# Bank\n\n## ¿Qué es X?\n\nA.\n\n## TypeError: x is undefined\n\nB.\n\n## ¿Por qué Y?\n\nC.\n" });
    expect(prompts).toEqual(["¿Qué es X?", "TypeError: x is undefined", "¿Por qué Y?"]);
  });

  it("headings below a question belong to its answer: never topics, never cards", async () => {
    const { topics, cards } = await load({ "a.md": "# Bank\n\n## What is React?\n\nA library.\n\n### Key Features\n\n- JSX\n\n#### Conclusion:\n\nUse it.\n\n## Why hooks?\n\nState.\n" });
    expect(topics.map((t) => t.title)).toEqual(["Bank"]);
    expect(cards.map((c) => c.prompt)).toEqual(["What is React?", "Why hooks?"]);
    expect(cards[0]!.answerHtml).toContain("Key Features");
    expect(cards[0]!.answerHtml).toContain("Use it.");
  });

  it("in a one-file deck, headings that hold questions are topics, even under a front matter title", async () => {
    const { topics } = await load({ "a.md": "---\ntitle: Bank\n---\n\n## Basics\n\n### What is A?\n\nA.\n\n## Advanced\n\n### What is B?\n\nB.\n" });
    expect(topics.map((t) => [t.title, t.cards.length])).toEqual([["Basics", 1], ["Advanced", 1]]);
  });

  it("in a deck of several files, each file is one topic titled by its front matter", async () => {
    const { topics } = await load({ "a.md": "---\ntitle: One\n---\n\n## Part\n\n### What is A?\n\nA.\n", "b.md": "---\ntitle: Two\n---\n\n## What is B?\n\nB.\n" });
    expect(topics.map((t) => [t.title, t.cards.length])).toEqual([["One", 1], ["Two", 1]]);
  });
});

describe("blocks are read by what they are", { timeout: 30_000 }, () => {
  it("<details><summary> wins: headings inside are the answer; a summary that is not a question belongs to the question above", async () => {
    const { cards } = await load({
      "a.md": "# Bank\n\n<details><summary><h3>What is A?</h3></summary>\n\n## Inside\n\nAnswer A.\n\n</details>\n\n### Create a pod named x\n\n<details><summary>show</summary>\n<p>\n\n```bash\nkubectl run x\n```\n\n</p>\n</details>\n",
    });
    expect(cards.map((c) => c.prompt)).toEqual(["What is A?", "Create a pod named x"]);
    expect(cards[0]!.answerHtml).toContain("Answer A.");
    expect(cards[1]!.answerHtml).toContain("kubectl");
  });

  it("list items led by a heading or bold text with content below are questions with answers; nested question bullets are follow-ups", async () => {
    const { cards } = await load({
      "a.md": "# Bank\n\n1. ### What is React?\n\n   A library for UIs.\n\n   - Why was it made?\n   - Who maintains it?\n\n- **Explain closures in JavaScript**\n  ```js\n  const f = () => x;\n  ```\n",
    });
    expect(cards.map((c) => c.prompt)).toEqual(["What is React?", "Explain closures in JavaScript"]);
    expect(cards[0]!.answerHtml).toMatch(/A library for UIs[\s\S]*<strong>Follow-ups<\/strong>[\s\S]*Why was it made\?/);
    expect(cards[0]!.hasAnswer).toBe(true);
    expect(cards[1]!.answerHtml).toContain("const");
  });

  it("bold question paragraphs take the paragraphs after them; a placeholder is no answer", async () => {
    const { cards } = await load({ "a.md": "# Bank\n\n**What is bias? 👶**\n\n**Bias** is an error.\n\n- one\n\n**What is variance?**\n\nAnswer here\n\n**Precision-recall trade-off ⭐️**\n\nA curve.\n" });
    expect(cards.map((c) => [c.prompt, c.hasAnswer])).toEqual([["What is bias?", true], ["What is variance?", false], ["Precision-recall trade-off", true]]);
    expect(cards[0]!.answerHtml).toContain("<li>one</li>");
  });

  it("Q:/A: pairs and one-question-per-line paragraphs load as cards", async () => {
    const qa = await load({ "a.md": "# Bank\n\nQ: What is DNS?\n\nA: Names to addresses.\n\nQ: What is TCP?\n\nA: A protocol.\n" });
    expect(qa.cards.map((c) => [c.prompt, c.answerHtml])).toEqual([["What is DNS?", "<p>Names to addresses.</p>"], ["What is TCP?", "<p>A protocol.</p>"]]);
    const lines = await load({ "a.md": "# Bank\n\nWhat is a process?\nWhat is a thread?\nHow do they differ?\n" });
    expect(lines.prompts).toEqual(["What is a process?", "What is a thread?", "How do they differ?"]);
  });

  it("a multiple-choice question shows its code on the front and its options, the right one marked, on the back", async () => {
    const { cards } = await load({
      "a.md": "# Quiz\n\n1. Which service records API calls?\n    - A. Inspector\n    - B. CloudTrail\n\n    <details><summary>Answer</summary>\n      Correct answer: B\n    </details>\n\n2. What is printed?\n\n    ```js\n    console.log(1)\n    ```\n\n    - [ ] 0\n    - [x] 1\n",
    });
    expect(cards.map((c) => c.prompt)).toEqual(["Which service records API calls?", "What is printed?"]);
    expect(cards[0]!.answerHtml).toContain("✓ <strong>B. CloudTrail</strong>");
    expect(cards[0]!.answerHtml).not.toContain("✓ <strong>A.");
    expect(cards[1]!.frontHtml).toContain("console");
    expect(cards[1]!.answerHtml).toContain("✓ <strong>1</strong>");
  });

  it("answers written in HTML are kept, through the sanitizer", async () => {
    const { cards } = await load({ "a.md": "# Bank\n\n<details><summary>What is A?</summary>\n<p>An <b>HTML</b> answer<img src=x onerror=alert(1)></p>\n<script>alert(1)</script>\n</details>\n" });
    expect(cards[0]!.answerHtml).toContain("<b>HTML</b>");
    expect(cards[0]!.answerHtml).not.toMatch(/onerror|<script/);
  });

  it("contents and link lists are skipped by what they hold, whatever their heading says, without hiding what follows", async () => {
    const { topics, bank } = await load({
      "a.md": "# Bank\n\n[![Build](https://img.shields.io/badge/x.svg)](https://ci)\n\n## Navigate\n\n- [Alpha](#alpha)\n- [Beta](#beta)\n- [Gamma](#gamma)\n\n#### Alpha\n\n- What is A?\n- What is AA?\n\n**[⬆ back to top](#navigate)**\n\n#### Beta\n\n- What is B?\n",
    });
    expect(topics.map((t) => [t.title, t.cards.map((c) => c.prompt)])).toEqual([["Alpha", ["What is A?", "What is AA?"]], ["Beta", ["What is B?"]]]);
    expect(bank.warnings.join("\n")).toContain("a table of contents was skipped");
  });

  it("when unsure it skips with a warning: a lone question among statements is not a card", async () => {
    const { cards, bank } = await load({ "a.md": "# Bank\n\n- Based on a blog post\n- Legend: easy, hard\n- Do you know more answers? Send a PR\n\n## Basics\n\n- What is A?\n" });
    expect(cards.map((c) => c.prompt)).toEqual(["What is A?"]);
    expect(bank.warnings.join("\n")).toContain("does not read as a question");
  });

  it("a 10,000-character question is clipped, with a warning", async () => {
    const { cards, bank } = await load({ "a.md": `# Bank\n\n## What is ${"x".repeat(10_000)}?\n\nA.\n` });
    expect(cards[0]!.prompt.length).toBeLessThanOrEqual(500);
    expect(bank.warnings.join("\n")).toMatch(/a question of 10009 characters was clipped/);
  });
});

describe("every file a bank comes in", { timeout: 30_000 }, () => {
  it("README.md inside a deck folder is a bank file", async () => {
    expect((await load({ "README.md": "# Bank\n\n## What is A?\n\nA.\n" })).prompts).toEqual(["What is A?"]);
  });

  it(".mdx loads with import/export lines and JSX elements dropped", async () => {
    const { cards } = await load({ "a.mdx": 'import { Callout } from "x";\nexport const meta = { a: 1 };\n\n# Bank\n\n## What is A?\n\n<Callout type="info">\nAn answer.\n</Callout>\n' });
    expect(cards.map((c) => c.prompt)).toEqual(["What is A?"]);
    expect(cards[0]!.answerHtml).toBe("<p>An answer.</p>");
  });

  it("a folder of one-question files loads as a deck: title the question, subtitle a follow-up, metadata.json tags", async () => {
    const { topics, cards } = await load({
      "q/lazy/README.md": "---\ntitle: What is lazy loading?\nsubtitle: When would you avoid it?\n---\n\n## Lazy loading\n\nLoading on demand.\n\n## Why does it matter?\n\nSpeed.\n",
      "q/lazy/metadata.json": '{"difficulty": "easy", "topics": ["performance"]}',
      "q/memo/README.md": "---\ntitle: How does memoization work?\n---\n\nCaching results.\n",
    });
    expect(topics.map((t) => t.title)).toEqual(["q"]);
    expect(cards.map((c) => c.prompt)).toEqual(["What is lazy loading?", "How does memoization work?"]);
    expect(cards[0]!.answerHtml).toMatch(/Lazy loading[\s\S]*Speed\.[\s\S]*Follow-up[\s\S]*When would you avoid it\?/);
    expect(cards[0]!.tags).toEqual(["easy", "performance"]);
  });
});

describe("ids never break a build over a bank you did not write", () => {
  it("a long slug ends with a short hash of the whole text, so two long prompts never collide", () => {
    const a = slugWithHash(`${"word ".repeat(30)}one`);
    const b = slugWithHash(`${"word ".repeat(30)}two`);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(80);
    expect(a).toMatch(/^word-word.*-[a-z0-9]{6}$/);
  });

  it("questions in any script get usable, distinct ids", () => {
    const ids = cardIds("d", "t", ["MongoDB 是什么？", "MongoDB 有什么特点？", "Что такое индекс?", "ما هو الفهرس؟", "🚀🔥?"].map((prompt) => ({ prompt, frontText: "", pin: null })));
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^d\/t\/[a-z0-9][a-z0-9-]*$/);
  });

  it("repeated prompts get ids from their own content, stable when other questions are added or removed", () => {
    const q = (code: string) => ({ prompt: "What's the output?", frontText: code, pin: null });
    const before = cardIds("d", "t", [q("a()"), q("b()")]);
    const after = cardIds("d", "t", [{ prompt: "What is new?", frontText: "", pin: null }, q("b()"), q("c()"), q("a()")]);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(new Set(after).size).toBe(4);
  });

  it("a pin wins, and a pin with a slash is the whole id", () => {
    expect(cardIds("d", "t", [{ prompt: "Why?", frontText: "", pin: "why" }, { prompt: "How?", frontText: "", pin: "x/y/how" }])).toEqual(["d/t/why", "x/y/how"]);
  });
});

describe("errors and warnings a person can act on", { timeout: 30_000 }, () => {
  it("lists at most 20 problems, then how many more, and never dumps objects", async () => {
    const files = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`f${i}.md`, "---\ntitle: [unclosed\n---\n"]));
    const error = await load(files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message.match(/\n {2}Fix: /g)).toHaveLength(20);
    expect(message).toContain("…and 5 more");
    expect(inspect(error)).not.toMatch(/\bfile: '|\bfix: '/);
  });

  it("warnings are grouped per file with a count, in line order", () => {
    expect(formatWarnings(["content/d/a.md:9: y skipped", "content/d/b.md:1: z skipped", "content/d/a.md:3: x skipped", "content/d/a.md:127: w skipped"])).toBe(
      "content/d/a.md (3 notes):\n  line 3: x skipped\n  line 9: y skipped\n  line 127: w skipped\ncontent/d/b.md (1 note):\n  line 1: z skipped",
    );
  });

  it("a file's note without a line is listed first, without a line label", () => {
    expect(formatWarnings(["content/d/a.md:3: x skipped", "content/d/a.md: read as one question per paragraph"])).toBe("content/d/a.md (2 notes):\n  read as one question per paragraph\n  line 3: x skipped");
  });
});
