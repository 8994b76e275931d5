import { pairsOf } from "./read-bank";

/* A question and its answer set together in one block quote. */
const cardsOf = pairsOf;

describe("a block quote that opens with a question and goes on with its answer", () => {
  it("is a card, bold question or plain, the rest of the quote its answer", async () => {
    const bank = [
      "# Kafka",
      "> **What is a topic?**\n> A named stream of records.",
      "> What is a consumer group?\n> Consumers sharing a topic's partitions.\n>\n> ```sh\n> kafka-consumer-groups --list\n> ```",
    ].join("\n\n");
    expect(await cardsOf(bank)).toEqual([
      ["What is a topic?", "<p>A named stream of records.</p>"],
      ["What is a consumer group?", '<p>Consumers sharing a topic\'s partitions.</p>\n<pre><code class="language-sh">kafka-consumer-groups --list\n</code></pre>'],
    ]);
  });

  it("stays in the answer it is quoted in", async () => {
    const bank = "# Kafka\n\n**What is a partition?**\n\nAn ordered log.\n\n> **Why does order matter?**\n> Consumers read it in order.\n\n**What is an offset?**\n\nA position in a partition.";
    const cards = await cardsOf(bank);
    expect(cards.map((c) => c[0])).toEqual(["What is a partition?", "What is an offset?"]);
    expect(cards[0]?.[1]).toContain("<blockquote>");
  });
});
