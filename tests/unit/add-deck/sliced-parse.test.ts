import { deckSchema } from "@/lib/content/models";
import { parseDeckInSlices, pauseAfter } from "@/lib/add-deck/sliced-parse";

const card = (t: number, c: number) => ({
  id: `u-d/t${t}/q${c}`, deckSlug: "u-d", topicSlug: `t${t}`, prompt: `Q ${c}?`, promptHtml: `Q ${c}?`, frontHtml: null,
  answerHtml: `<p>A ${c}</p>`, hasAnswer: true, keyPoints: [], tags: [], links: [], file: "README.md", line: c + 1,
});
const deck = (perTopic: number) => ({
  slug: "u-d", title: "D",
  topics: [0, 1].map((t) => ({ slug: `t${t}`, title: `T${t}`, order: t, cards: Array.from({ length: perTopic }, (_, c) => card(t, c)) })),
});

describe("the worker's deck checked in slices", () => {
  it("gives exactly what deckSchema gives, pausing between slices of cards", async () => {
    let pauses = 0;
    const raw = deck(250);
    const sliced = await parseDeckInSlices(raw, async () => void pauses++);
    expect(sliced).toEqual({ success: true, data: deckSchema.parse(raw) });
    expect(pauses).toBe(6); // 250 cards = 3 slices of 100, in each of 2 topics
  });

  it("refuses a deck with one bad card deep inside, naming its topic", async () => {
    const raw = deck(250);
    raw.topics[1]!.cards[180] = { ...card(1, 180), id: "Not An Id" };
    expect(await parseDeckInSlices(raw, async () => {})).toMatchObject({ success: false, error: expect.stringMatching(/^topic 2: /) });
  });

  it("refuses what is not a deck, and a topic without cards", async () => {
    expect((await parseDeckInSlices({ title: "x" }, async () => {})).success).toBe(false);
    expect((await parseDeckInSlices({ ...deck(1), topics: [{ slug: "t", title: "T", order: 0, cards: [] }] }, async () => {})).success).toBe(false);
  });
});

describe("pauseAfter (the page's pause between slices)", () => {
  it("yields only once its budget of work has run, then starts a new budget", async () => {
    let now = 0;
    let yields = 0;
    const pause = pauseAfter(() => now, 10, async () => void yields++);
    for (const t of [3, 6, 9]) {
      now = t;
      await pause();
    }
    expect(yields).toBe(0); // short slices: no task hop
    now = 12;
    await pause();
    expect(yields).toBe(1);
    now = 20;
    await pause();
    expect(yields).toBe(1); // 8 ms since the last yield
    now = 23;
    await pause();
    expect(yields).toBe(2);
  });

  it("yields through the event loop by default (a MessageChannel turn, not a 4 ms timer)", async () => {
    let now = 0;
    const pause = pauseAfter(() => now);
    now = 50;
    await expect(pause()).resolves.toBeUndefined();
  });
});
