import { htmlText, userSearchDocs } from "@/lib/deck/user-deck-search";
import { deck } from "./user-deck-fixture";

describe("userSearchDocs", () => {
  it("makes each card a document linking to its anchor on the user deck's topic page", () => {
    const docs = userSearchDocs([deck("u-x", { basics: ["a"] })]);
    expect(docs).toEqual([
      { id: "u-x/basics/a", prompt: "What is a?", answer: "Answer to a", topic: "Topic basics · My bank", url: "/deck/topic?d=u-x&t=basics#a" },
    ]);
  });

  it("indexes an answer's words, not its markup", () => {
    expect(htmlText("<p>Use <code>a &amp;&amp; b</code></p>\n<pre><code>x &lt; 1</code></pre>")).toBe("Use a && b x < 1");
  });
});
