import { readFileSync } from "node:fs";
import { z } from "zod";
import { loadBankFrom } from "@/build";

/**
 * The Django deck through the loader: the same ids as content/ids.json, the same prompts and the
 * same answer HTML as tests/fixtures/content/django-cards.json. A change to the loader that alters
 * a Django card fails here; a deliberate content edit updates that file (see its README entry).
 */
const snapshot = z
  .array(z.object({ id: z.string(), topic: z.string(), prompt: z.string(), promptHtml: z.string(), answerHtml: z.string().nullable() }))
  .parse(JSON.parse(readFileSync("tests/fixtures/content/django-cards.json", "utf8")));

describe("the Django deck, read by the loader", { timeout: 60_000 }, () => {
  it("gives the same 65 ids as content/ids.json, the same prompts and the same answer HTML", async () => {
    const django = (await loadBankFrom()).decks.find((d) => d.slug === "django")!;
    const cards = django.topics.flatMap((t) => t.cards.map((c) => ({ id: c.id, topic: t.title, prompt: c.prompt, promptHtml: c.promptHtml, answerHtml: c.answerHtml })));
    const ids = z.object({ ids: z.array(z.string()) }).parse(JSON.parse(readFileSync("content/ids.json", "utf8"))).ids;
    expect(cards.map((c) => c.id)).toEqual(ids);
    expect(cards).toHaveLength(65);
    for (const [i, card] of cards.entries()) expect(card).toEqual(snapshot[i]);
  });
});
