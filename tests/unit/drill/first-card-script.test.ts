import type { Deck } from "@/lib/content/models";
import { EMBED_LIMIT, embeddedFronts, firstCardScript } from "@/lib/drill/first-card-inline";
import { FIRST_CARD_FETCHES, FIRST_CARD_GLOBAL, FIRST_CARD_IDS, readFirstCard, takeScriptFetch } from "@/lib/drill/first-card-script";
import { seededOrder } from "@/lib/drill/order";
import { parseSelection, selectedTopicKeys } from "@/lib/drill/selection";

const KEYS = ["django/orm", "django/views", "python/gil"];

/** A topic's questions index as the build writes it (promptHtml only when it differs from prompt). */
function topicPayload(key: string, n: number) {
  const [deck, topic] = key.split("/") as [string, string];
  return {
    deck: { slug: deck, title: deck.toUpperCase() },
    topic: { slug: topic, title: `Topic ${topic}` },
    cards: Array.from({ length: n }, (_, i) => ({ id: `${key}/q${i}`, prompt: `Question ${i} of ${key}?`, ...(i % 2 ? { promptHtml: `Question <code>${i}</code> of ${key}?` } : {}) })),
  };
}
const PAYLOADS = new Map(KEYS.map((k, i) => [`/data/${k}.json`, topicPayload(k, 5 + i)]));

/** The same topics as decks, as the drill page hands them to embeddedFronts. */
function decksOf(payloads: Map<string, ReturnType<typeof topicPayload>>): Deck[] {
  const bySlug = new Map<string, Deck>();
  for (const p of payloads.values()) {
    const deck = bySlug.get(p.deck.slug) ?? ({ slug: p.deck.slug, title: p.deck.title, topics: [] } as unknown as Deck);
    deck.topics.push({ slug: p.topic.slug, title: p.topic.title, cards: p.cards.map((c) => ({ id: c.id, prompt: c.prompt, promptHtml: "promptHtml" in c ? c.promptHtml : c.prompt, frontHtml: null })) } as unknown as Deck["topics"][number]);
    bySlug.set(p.deck.slug, deck);
  }
  return [...bySlug.values()];
}

type Fronts = ReturnType<typeof embeddedFronts>;

/** Runs the script for a query (fetching, or from `fronts`); resolves with the filled elements and the global it leaves. */
async function run(search: string, fronts: Fronts = null) {
  const elements = new Map(Object.values(FIRST_CARD_IDS).map((id) => [id, { id, hidden: id === FIRST_CARD_IDS.shell, textContent: "", innerHTML: "" }]));
  const fetched: string[] = [];
  const fetcher = (url: string) => {
    fetched.push(url);
    const body = PAYLOADS.get(url);
    const response = { ok: body !== undefined, json: () => Promise.resolve(body), clone: () => response };
    return Promise.resolve(response);
  };
  const window: Record<string, unknown> = {};
  new Function("location", "document", "fetch", "window", firstCardScript(KEYS, fronts))({ search }, { getElementById: (id: string) => elements.get(id as (typeof FIRST_CARD_IDS)[keyof typeof FIRST_CARD_IDS]) ?? null }, fetcher, window);
  const paintedAtOnce = readFirstCard(window[FIRST_CARD_GLOBAL], search);
  await new Promise((r) => setTimeout(r, 0));
  return {
    paintedAtOnce, el: (name: keyof typeof FIRST_CARD_IDS) => elements.get(FIRST_CARD_IDS[name])!, painted: readFirstCard(window[FIRST_CARD_GLOBAL], search), fetched, kept: window[FIRST_CARD_FETCHES] };
}

/** The first card the player itself shows for a query (seededOrder over the selected topics' cards). */
function expectedFirst(search: string) {
  const selection = parseSelection(new URLSearchParams(search));
  const keys = selectedTopicKeys(selection, KEYS);
  const cards = keys.flatMap((k) => PAYLOADS.get(`/data/${k}.json`)!.cards);
  const first = seededOrder(cards.map((c) => c.id), selection.seed ?? "")[0];
  return { card: cards.find((c) => c.id === first)!, total: cards.length };
}

describe("the drill page's first-card script", () => {
  it.each(["?topics=django/orm&mode=shuffle&seed=abc", "?topics=django/views,python/gil&seed=x1", "?topics=all&mode=shuffle&seed=Z-9", "?seed=bench", "?topics=django/orm&topics=python/gil&mode=nonsense&seed=q"])(
    "paints the card the player starts with for %s",
    async (search) => {
      const { el, painted } = await run(search);
      const { card, total } = expectedFirst(search);
      expect(el("prompt").innerHTML).toBe("promptHtml" in card ? card.promptHtml : card.prompt);
      expect(el("position").textContent).toBe(`1 / ${total}`);
      expect(el("shell").hidden).toBe(false);
      expect(el("loading").hidden).toBe(true);
      expect(painted?.promptHtml).toBe(el("prompt").innerHTML);
    },
  );

  it("titles the deck as the player does", async () => {
    expect((await run("?topics=django/views&seed=a")).el("title").textContent).toBe("Shuffle · Topic views");
    expect((await run("?topics=django/views,python/gil&seed=a")).el("title").textContent).toBe("Shuffle · 2 topics");
    expect((await run("?seed=a")).el("title").textContent).toBe("Shuffle · All topics");
  });

  it("draws a seed for a shuffle without one, paints that seed's first card and leaves the seed for the player", async () => {
    const fronts = embeddedFronts(decksOf(PAYLOADS));
    const seeds = new Set<string>();
    for (const search of ["?topics=django/orm&mode=shuffle", "?topics=django/views,python/gil", ""]) {
      for (const carried of [null, fronts]) {
        const { el, painted } = await run(search, carried);
        expect(painted?.seed, search).toMatch(/^[a-z0-9]{8}$/);
        seeds.add(painted!.seed);
        const { card, total } = expectedFirst(`${search}${search ? "&" : "?"}seed=${painted!.seed}`);
        expect(el("prompt").innerHTML, search).toBe("promptHtml" in card ? card.promptHtml : card.prompt);
        expect(el("position").textContent, search).toBe(`1 / ${total}`);
      }
    }
    expect(seeds.size).toBeGreaterThan(1); // drawn afresh, not one fixed order
  });

  it("leaves the page to the player in a mode that needs stored progress, with a malformed seed, or for unknown topics", async () => {
    for (const search of ["?topics=django/orm&mode=shuffle&seed=", "?topics=django/orm&seed=a%20b", "?topics=django/orm&mode=due&seed=a", "?topics=django/orm&mode=weak&seed=a", "?mode=interview&seed=a", "?topics=django/nope&seed=a"]) {
      const { el, painted } = await run(search);
      expect(el("shell").hidden, search).toBe(true);
      expect(painted, search).toBeNull();
    }
  });

  it("fetches only the bank's own topics", async () => {
    expect((await run("?topics=../../x,django/orm&seed=a")).fetched).toEqual(["/data/django/orm.json"]);
  });

  it("is read back only for the query it was painted for", () => {
    const card = { query: "?seed=a", seed: "a", title: "t", position: "1 / 2", source: "s", promptHtml: "p" };
    expect(readFirstCard(card, "?seed=a")).toEqual(card);
    expect(readFirstCard(card, "?seed=b")).toBeNull();
    expect(readFirstCard({ ...card, title: 3 }, "?seed=a")).toBeNull();
    expect(readFirstCard({ ...card, seed: "a/../b" }, "?seed=a")).toBeNull();
    expect(readFirstCard(undefined, "?seed=a")).toBeNull();
  });

  it("leaves each download for the player to take once, instead of fetching it again", async () => {
    const { kept } = await run("?topics=django/orm&seed=a");
    const original = new Response("{}");
    const store = { "/data/django/orm.json": Promise.resolve(original) };
    expect(Object.keys(kept as object)).toEqual(["/data/django/orm.json"]);
    expect(await takeScriptFetch(store, "/data/django/orm.json")).toBe(original);
    expect(takeScriptFetch(store, "/data/django/orm.json")).toBeNull();
    expect(takeScriptFetch(undefined, "/data/django/orm.json")).toBeNull();
  });

  it("has nothing in it that could end its script element", async () => {
    expect(firstCardScript(KEYS)).not.toMatch(/<\//);
    const tricky = new Map([["django/orm", { ...topicPayload("django/orm", 1), cards: [{ id: "django/orm/q0", prompt: "x", promptHtml: "What does <code></script><!--</code> do?" }] }]]);
    const carrying = firstCardScript(KEYS, embeddedFronts(decksOf(tricky)));
    expect(carrying).not.toMatch(/<\/|<!--/);
    expect((await run("?topics=django/orm&seed=a", embeddedFronts(decksOf(tricky)))).painted?.promptHtml).toBe("What does <code></script><!--</code> do?");
  });

  it("paints a small bank's first card while the page is parsed, from the fronts it carries: the same card, no download", async () => {
    const fronts = embeddedFronts(decksOf(PAYLOADS));
    expect(fronts).not.toBeNull();
    for (const search of ["?topics=django/orm&mode=shuffle&seed=abc", "?topics=django/views,python/gil&seed=x1", "?seed=bench"]) {
      const carried = await run(search, fronts);
      const fetched = await run(search);
      expect(carried.paintedAtOnce, search).not.toBeNull();
      expect(fetched.paintedAtOnce, search).toBeNull(); // the fetching script paints a task later
      expect(carried.painted, search).toEqual(fetched.painted);
      expect(carried.fetched, search).toEqual([]);
    }
  });

  it("fetches what its fronts do not cover, and carries none for a bank past the limit", async () => {
    const some = embeddedFronts(decksOf(new Map([...PAYLOADS].slice(0, 1))));
    const other = await run("?topics=python/gil&seed=a", some);
    expect(other.fetched).toEqual(["/data/python/gil.json"]);
    expect(other.painted).toEqual((await run("?topics=python/gil&seed=a")).painted);
    const big = new Map([["django/orm", topicPayload("django/orm", Math.ceil(EMBED_LIMIT / 40))]]);
    expect(embeddedFronts(decksOf(big))).toBeNull();
  });
});
