import { loadBankFrom } from "@/build";
import { makeRenderer, parseMarkdown } from "@/lib/content/markdown";
import { answerPayload, parseAnswerPayload } from "@/lib/deck/payload";

/** Key points of an answer written in markdown, through the real (sanitizing) pipeline. */
async function pointsOf(markdown: string): Promise<string[]> {
  return makeRenderer().answer(parseMarkdown(markdown).children).keyPoints;
}

describe("key points of the Django deck", async () => {
  const bank = await loadBankFrom();
  const django = bank.decks.find((d) => d.slug === "django")!;
  const cards = django.topics.flatMap((t) => t.cards);

  it.each(cards.map((c) => [c.prompt, c] as const))("%s: at least 3 key points, each one inline HTML", (_prompt, card) => {
    expect(card.keyPoints.length).toBeGreaterThanOrEqual(3);
    for (const point of card.keyPoints) {
      expect(point.trim()).not.toBe("");
      expect(point).not.toMatch(/<(ul|ol|li|pre|p)\b/);
    }
  });

  it("takes the list after the Key points label, with its code spans", () => {
    const lifecycle = cards.find((c) => c.prompt === "What is the request/response lifecycle in Django?")!;
    expect(lifecycle.keyPoints).toHaveLength(5);
    expect(lifecycle.keyPoints[0]).toMatch(/^Entry points are <code>get_wsgi_application\(\)<\/code>/);
  });

  it("travels in each card's answer file the browser fetches", () => {
    const card = django.topics[0]!.cards[0]!;
    const payload = answerPayload(card);
    expect(payload.keyPoints).toEqual(card.keyPoints);
    expect(parseAnswerPayload(JSON.parse(JSON.stringify(payload)), card.id)).toEqual(payload);
  });
});

describe("key points of other banks", () => {
  it("are the top-level bullets when there are 2 to 10 of them", async () => {
    expect(await pointsOf("Intro.\n\n- one `a`\n- **two**\n- three\n")).toEqual(["one <code>a</code>", "<strong>two</strong>", "three"]);
    expect(await pointsOf("1. first\n2. second\n")).toEqual(["first", "second"]);
  });

  it("are none with a single bullet or more than ten", async () => {
    expect(await pointsOf("Text.\n\n- only one\n")).toEqual([]);
    const eleven = Array.from({ length: 11 }, (_, i) => `- item ${i}`).join("\n");
    expect(await pointsOf(eleven)).toEqual([]);
    expect(await pointsOf("Just a paragraph.")).toEqual([]);
  });

  it("keep an item's own words and leave out its nested list and code", async () => {
    const md = "- outer one\n  - nested\n- outer two\n\n  ```py\nx = 1\n  ```\n";
    expect(await pointsOf(md)).toEqual(["outer one", "outer two"]);
  });

  it("join the paragraphs of a loose item", async () => {
    expect(await pointsOf("- first para\n\n  second para\n\n- next\n")).toEqual(["first para second para", "next"]);
  });

  it("prefer the list after a Key points heading to other bullets", async () => {
    const md = "- a\n- b\n- c\n\n### Key points:\n\n- x\n- y\n";
    expect(await pointsOf(md)).toEqual(["x", "y"]);
  });

  it("leave out follow-up questions appended after the answer", async () => {
    expect(await pointsOf("Answer.\n\n- a\n- b\n\n**Follow-ups**\n\n- Why?\n- How?\n")).toEqual(["a", "b"]);
  });

  it("are none when a Key points label has no list after it", async () => {
    expect(await pointsOf("**Key points**\n\nJust prose.")).toEqual([]);
  });

  it("come out sanitized", async () => {
    const points = await pointsOf('- <img src=x onerror="alert(1)">safe\n- [link](javascript:alert(1)) text\n');
    expect(points.join(" ")).not.toMatch(/onerror|javascript:|alert/);
    expect(points[0]).toContain("safe");
  });
});

describe("the answer file check", () => {
  it("refuses an answer file without key points (from an older build) or with a key point that is not text", () => {
    const answer = { id: "d/t/x", answerHtml: null };
    expect(parseAnswerPayload(answer, "d/t/x")).toBeNull();
    expect(parseAnswerPayload({ ...answer, keyPoints: ["a", 1] }, "d/t/x")).toBeNull();
    expect(parseAnswerPayload({ ...answer, keyPoints: ["a"] }, "d/t/x")?.keyPoints).toEqual(["a"]);
  });
});
