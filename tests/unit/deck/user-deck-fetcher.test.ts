import type { Deck } from "@/lib/content/models";
import { userDeckFetcher } from "@/lib/deck/user-deck-fetcher";
import { type Fetcher, fetchAnswer, fetchDeckCards } from "@/lib/drill/deck-data";
import { deck } from "./user-deck-fixture";

const built: Fetcher = async (url) =>
  url === "/data/django/orm.json"
    ? Response.json({ deck: { slug: "django", title: "Django" }, topic: { slug: "orm", title: "ORM" }, cards: [{ id: "django/orm/a", prompt: "A?" }] })
    : new Response("Not found", { status: 404 });

function setup() {
  const loads: string[] = [];
  const load = async (slug: string): Promise<Deck | null> => {
    loads.push(slug);
    return slug === "u-mine" ? deck("u-mine", { basics: ["a", "b"], more: ["c"] }) : null;
  };
  return { loads, fetcher: userDeckFetcher(built, load) };
}

describe("userDeckFetcher", () => {
  it("serves a user deck's topics beside built-in ones, linked to the user deck's topic page", async () => {
    const { fetcher } = setup();
    const cards = await fetchDeckCards(["u-mine/more", "django/orm", "u-mine/basics"], fetcher);
    expect(cards.map((c) => [c.id, c.topicHref])).toEqual([
      ["u-mine/more/c", "/deck/topic?d=u-mine&t=more"],
      ["django/orm/a", "/django/orm"],
      ["u-mine/basics/a", "/deck/topic?d=u-mine&t=basics"],
      ["u-mine/basics/b", "/deck/topic?d=u-mine&t=basics"],
    ]);
  });

  it("serves each card's answer by position and reads the deck once", async () => {
    const { fetcher, loads } = setup();
    const cards = await fetchDeckCards(["u-mine/basics"], fetcher);
    expect(await fetchAnswer(cards[1]!, fetcher)).toEqual({ answerHtml: "<p>Answer to b</p>", keyPoints: ["b point"] });
    expect(loads).toEqual(["u-mine"]);
  });

  it("answers 404 for a removed deck or topic, which the drill names", async () => {
    const { fetcher } = setup();
    await expect(fetchDeckCards(["u-gone/basics"], fetcher)).rejects.toThrow("u-gone/basics: HTTP 404");
    await expect(fetchDeckCards(["u-mine/nope"], fetcher)).rejects.toThrow("HTTP 404");
  });
});
