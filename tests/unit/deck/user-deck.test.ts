import { deckPageHref, diffDecks, topicPageHref, userDeckRecordSchema, userDeckSlug } from "@/lib/deck/user-deck";
import { card, deck, record } from "./user-deck-fixture";

describe("userDeckSlug", () => {
  it("prefixes the title's slug with u-, so it never equals a built-in deck's slug", () => {
    expect(userDeckSlug("Django", ["django"])).toBe("u-django");
  });

  it("numbers a slug that is taken", () => {
    expect(userDeckSlug("Python Q&A", ["u-python-q-a", "u-python-q-a-2"])).toBe("u-python-q-a-3");
  });

  it("makes a valid slug from a title with no letters", () => {
    expect(userDeckSlug("???", [])).toBe("u-deck");
  });
});

describe("user deck routes", () => {
  it("sends user decks to the client routes and built-in ones to their static pages", () => {
    expect(topicPageHref("u-go", "basics")).toBe("/deck/topic?d=u-go&t=basics");
    expect(topicPageHref("django", "orm")).toBe("/django/orm");
    expect(deckPageHref("u-go")).toBe("/deck?d=u-go");
  });
});

describe("userDeckRecordSchema", () => {
  it("accepts a saved deck and refuses one whose deck slug differs", () => {
    expect(userDeckRecordSchema.safeParse(record()).success).toBe(true);
    expect(userDeckRecordSchema.safeParse({ ...record(), slug: "u-other" }).success).toBe(false);
  });

  it("refuses a slug without the u- prefix", () => {
    const r = record("u-x");
    expect(userDeckRecordSchema.safeParse({ ...r, slug: "django", deck: { ...r.deck, slug: "django" } }).success).toBe(false);
  });
});

describe("diffDecks", () => {
  it("sorts card ids into added, changed, removed and kept", () => {
    const old = deck("u-x", { t: ["a", "b", "c"] });
    const next = deck("u-x", { t: ["a", "b", "d"] });
    next.topics[0]!.cards[1] = card("u-x", "t", "b", "<p>A better answer</p>");
    expect(diffDecks(old, next)).toEqual({ added: ["u-x/t/d"], changed: ["u-x/t/b"], removed: ["u-x/t/c"], kept: ["u-x/t/a"] });
  });

  it("keeps every card of an identical re-import", () => {
    const d = deck("u-x", { t: ["a"], s: ["b"] });
    expect(diffDecks(d, structuredClone(d))).toEqual({ added: [], changed: [], removed: [], kept: ["u-x/t/a", "u-x/s/b"] });
  });
});
