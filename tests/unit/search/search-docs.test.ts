import { loadBankFrom } from "@/build";
import { answerText, searchDocs } from "@/lib/content/search-docs";

describe("search documents", () => {
  it("turn an answer's HTML into the words a reader sees, code included", () => {
    expect(answerText('<p>Use <code>select_related()</code> &amp; <a href="https://x.test">JOIN</a>.</p><pre><code class="x"><span style="color:red">qs</span>.all()</code></pre>')).toBe(
      "Use select_related() & JOIN. qs.all()",
    );
    expect(answerText(null)).toBe("");
    expect(answerText('<script>alert("x")</script>')).not.toContain("<");
  });

  it("have one document per card of the bank, linking to the card's anchor on its topic page", async () => {
    const bank = await loadBankFrom({ dir: "tests/fixtures/content/heading-shape" });
    const docs = searchDocs(bank);
    const cards = bank.decks.flatMap((d) => d.topics.flatMap((t) => t.cards));
    expect(docs.map((d) => d.id)).toEqual(cards.map((c) => c.id));
    const first = docs[0]!;
    const [deck, topic, slug] = first.id.split("/");
    expect(first.url).toBe(`/${deck}/${topic}#${slug}`);
    expect(first.topic).toMatch(/ · /);
    expect(first.answer).not.toMatch(/<[a-z]/);
  }, 60_000); // the loader starts a highlighter
});
