import { loadBankFrom } from "@/build";
import { answerPayload, parseAnswerPayload, parseTopicPayload, topicPayload } from "@/lib/deck/payload";

const roundTrip = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe("the drill's questions index and answer files", async () => {
  const bank = await loadBankFrom();
  const topics = bank.decks.flatMap((deck) => deck.topics.map((topic) => ({ deck, topic })));

  it.each(topics.map(({ deck, topic }) => [`${deck.slug}/${topic.slug}`, deck, topic] as const))("%s: the index gives back every card's front, in order", (_key, deck, topic) => {
    const parsed = parseTopicPayload(roundTrip(topicPayload(deck, topic)));
    expect(parsed).toEqual({
      deck: { slug: deck.slug, title: deck.title },
      topic: { slug: topic.slug, title: topic.title },
      cards: topic.cards.map((c) => ({ id: c.id, prompt: c.prompt, promptHtml: c.promptHtml, frontHtml: c.frontHtml ?? null })),
    });
  });

  it("leaves answers out of the index: they are in one file per card", () => {
    const { deck, topic } = topics[0]!;
    const index = JSON.stringify(topicPayload(deck, topic));
    const card = topic.cards.find((c) => c.answerHtml)!;
    expect(index).not.toContain(card.answerHtml);
    expect(parseAnswerPayload(roundTrip(answerPayload(card)), card.id)).toEqual({ id: card.id, answerHtml: card.answerHtml, keyPoints: card.keyPoints });
  });
});

describe("parseTopicPayload", () => {
  const file = (cards: unknown[]) => ({ deck: { slug: "d", title: "D" }, topic: { slug: "t", title: "T" }, cards });

  it("reads an elided promptHtml as the prompt itself, and a missing front extra as none", () => {
    expect(parseTopicPayload(file([{ id: "d/t/x", prompt: "Q?" }]))?.cards).toEqual([{ id: "d/t/x", prompt: "Q?", promptHtml: "Q?", frontHtml: null }]);
  });

  it("refuses what is not a questions index: an error page, a card without a prompt, HTML that is not text", () => {
    expect(parseTopicPayload("<html>502 Bad Gateway</html>")).toBeNull();
    expect(parseTopicPayload(file([{ id: "d/t/x" }]))).toBeNull();
    expect(parseTopicPayload(file([{ id: "d/t/x", prompt: "Q", promptHtml: 1 }]))).toBeNull();
    expect(parseTopicPayload(file([{ id: "d/t/x", prompt: "Q", frontHtml: ["<pre>"] }]))).toBeNull();
    expect(parseTopicPayload({ deck: { slug: "d" }, topic: { slug: "t", title: "T" }, cards: [] })).toBeNull();
  });
});

describe("parseAnswerPayload", () => {
  it("refuses another card's answer (a stale cache after the bank changed) and anything not an answer", () => {
    const answer = { id: "d/t/x", answerHtml: "<p>A</p>", keyPoints: [] };
    expect(parseAnswerPayload(answer, "d/t/x")).toEqual(answer);
    expect(parseAnswerPayload(answer, "d/t/y")).toBeNull();
    expect(parseAnswerPayload({ ...answer, answerHtml: 3 }, "d/t/x")).toBeNull();
    expect(parseAnswerPayload(null, "d/t/x")).toBeNull();
  });
});
