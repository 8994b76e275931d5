import { pairsOf } from "./read-bank";

/* What hides an answer on a web page, and a question's rating, on a card whose back is hidden anyway. */
const cardsOf = pairsOf;

describe("an answer hidden in a <details> whose summary only labels it", () => {
  it("is shown as the answer itself under a heading question", async () => {
    const bank = [
      "# Git",
      "## What does git cherry-pick do?\n\n<details>\n<summary>Show answer</summary>\n\nIt applies one commit onto the current branch.\n\n</details>",
      "## What does git stash do?\n\n<details><summary><b>Solution</b></summary>\n\n```sh\ngit stash push\n```\n\n</details>",
    ].join("\n\n");
    expect(await cardsOf(bank)).toEqual([
      ["What does git cherry-pick do?", "<p>It applies one commit onto the current branch.</p>"],
      ["What does git stash do?", '<pre><code class="language-sh">git stash push\n</code></pre>'],
    ]);
  });

  it("stays a <details> when it is not the whole answer, or its summary asks something of its own", async () => {
    const bank = [
      "# Git",
      "## What is a rebase?\n\nIt moves commits onto a new base.\n\n<details><summary>Example</summary>\n\n`git rebase main`\n\n</details>",
      "## What is a merge?\n\n<details><summary>Why would a merge conflict happen at all here?</summary>\n\nTwo edits to one line.\n\n</details>",
    ].join("\n\n");
    const [rebase, merge] = await cardsOf(bank);
    expect(rebase?.[1]).toContain("<details><summary>Example</summary>");
    expect(merge?.[1]).toContain("<summary>Why would a merge conflict happen at all here?</summary>");
  });
});

describe("a line that only says \"Answer\" above the answer", () => {
  it("is not shown, bold or not, with or without its colon; alone, it is the whole answer and stays", async () => {
    const bank = [
      "# Git",
      "## What is git rebase?\n\n**Answer**\n\nRebase moves a branch onto another base.",
      "## What is git fetch?\n\nSolution\n\nIt downloads objects and refs.",
      "## What is git pull?\n\nAnswer",
    ].join("\n\n");
    expect(await cardsOf(bank)).toEqual([
      ["What is git rebase?", "<p>Rebase moves a branch onto another base.</p>"],
      ["What is git fetch?", "<p>It downloads objects and refs.</p>"],
      ["What is git pull?", "<p>Answer</p>"],
    ]);
  });
});

describe("a rating after a bold question (\"**Q1. What is X?** ⭐⭐\", \"… 🔥\")", () => {
  it("is not part of the question; an emoji inside the question stays", async () => {
    const bank = "# Java\n\n**Q1. What is the JVM?** ⭐⭐\n\nA virtual machine.\n\n**Q2. How does HashMap work?** 🔥\n\nBuckets.\n\n**Q3. What does 👍 mean in a review?**\n\nApproval.\n";
    expect((await cardsOf(bank)).map(([p]) => p)).toEqual(["What is the JVM?", "How does HashMap work?", "What does 👍 mean in a review?"]);
  });
});
