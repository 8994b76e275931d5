import { type Fetcher, fetchAnswer, fetchDeckCards } from "@/lib/drill/deck-data";

const FILES: Record<string, unknown> = {
  "/data/django/orm.json": { deck: { slug: "django", title: "Django" }, topic: { slug: "orm", title: "ORM" }, cards: [{ id: "django/orm/a", prompt: "A?" }, { id: "django/orm/b", prompt: "B <i>?</i>", promptHtml: "B <i>?</i>" }] },
  "/data/python/gil.json": { deck: { slug: "python", title: "Python" }, topic: { slug: "gil", title: "GIL" }, cards: [{ id: "python/gil/c", prompt: "C?", frontHtml: "<pre>c</pre>" }] },
  "/data/django/orm/1.json": { id: "django/orm/b", answerHtml: "<p>B.</p>", keyPoints: ["b"] },
};

const fetcher: Fetcher = async (url) => {
  const body = FILES[url];
  return body === undefined ? new Response("Not found", { status: 404 }) : Response.json(body);
};

describe("fetchDeckCards", () => {
  it("gives the selected topics' cards in order, each with its topic and the URL of its answer by position", async () => {
    const cards = await fetchDeckCards(["python/gil", "django/orm"], fetcher);
    expect(cards.map((c) => [c.id, c.topicTitle, c.topicHref, c.answerUrl])).toEqual([
      ["python/gil/c", "GIL", "/python/gil", "/data/python/gil/0.json"],
      ["django/orm/a", "ORM", "/django/orm", "/data/django/orm/0.json"],
      ["django/orm/b", "ORM", "/django/orm", "/data/django/orm/1.json"],
    ]);
    expect(cards[0]!.frontHtml).toBe("<pre>c</pre>");
  });

  it("names the topic that failed, in plain words", async () => {
    await expect(fetchDeckCards(["django/orm", "django/missing"], fetcher)).rejects.toThrow("django/missing: HTTP 404");
    const html: Fetcher = async () => new Response("<html>offline</html>", { status: 200 });
    await expect(fetchDeckCards(["django/orm"], html)).rejects.toThrow("not in the expected shape");
  });
});

describe("fetchAnswer", () => {
  it("fetches one card's answer and checks it is that card's", async () => {
    const [, a, b] = await fetchDeckCards(["python/gil", "django/orm"], fetcher);
    expect(await fetchAnswer(b!, fetcher)).toEqual({ answerHtml: "<p>B.</p>", keyPoints: ["b"] });
    await expect(fetchAnswer(a!, fetcher)).rejects.toThrow("HTTP 404");
    await expect(fetchAnswer({ ...a!, answerUrl: "/data/django/orm/1.json" }, fetcher)).rejects.toThrow("not in the expected shape");
  });
});
