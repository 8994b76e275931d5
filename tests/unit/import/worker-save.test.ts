import { IDBFactory } from "fake-indexeddb";
import { createStore, get, type UseStore } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import { getUserDeck, listUserDecks } from "@/lib/deck/user-decks-db";
import { onDecksChanged } from "@/lib/deck/user-decks-idb";
import { importAnki } from "@/lib/import/anki";
import { createImportSession } from "@/lib/import/handle";
import { unpackReviews } from "@/lib/import/packed-reviews";
import { responseSchema, type SavedResult } from "@/lib/import/protocol";
import { storeFailingOn } from "../deck/failing-store";
import { fixture, loadSql } from "./anki-fixtures";

/*
 * The import worker saves the deck it kept (the page never holds it): the record goes to
 * IndexedDB through the deck layer's saveUserDeck, whole or nothing, and the page gets the slug,
 * the counts and the packed history re-keyed to the saved deck.
 */

const NOW = Date.UTC(2026, 0, 3);
const anki = (id: number) => ({ type: "anki", id, bytes: fixture("history.colpkg"), fileName: "h.colpkg", slug: "u-import", topicsFrom: "deck", withReviews: true });
const save = (id: number, key: number) => ({ type: "save", id, key, source: { kind: "anki", label: "h.colpkg" }, now: NOW });

let store: UseStore;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  store = createStore("prepdeck-decks", "decks");
});


async function saved(res: unknown): Promise<SavedResult> {
  const checked = responseSchema.parse(res);
  if (!checked.ok || checked.result.kind !== "saved") throw new Error(checked.ok ? checked.result.kind : checked.message);
  return checked.result;
}

describe("import worker protocol: save from the worker", () => {
  it("saves the kept deck to IndexedDB under its own slug and sends back the re-keyed history", async () => {
    const handle = createImportSession({ loadSql, decksStore: store });
    await handle(anki(1));
    const heard: string[] = [];
    const stop = onDecksChanged((c) => heard.push(`${c.type} ${c.slug}`));
    const result = await saved(await handle(save(2, 1)));
    expect(result).toMatchObject({ slug: "u-interview", title: "Interview", cards: 9 });
    const record = await getUserDeck(result.slug, store);
    expect(record).toMatchObject({ slug: "u-interview", title: "Interview", source: { kind: "anki", label: "h.colpkg" }, savedAt: NOW });
    expect(record!.deck.topics.flatMap((t) => t.cards).every((c) => c.id.startsWith("u-interview/") && c.deckSlug === "u-interview")).toBe(true);
    expect((await listUserDecks(store)).decks.map((d) => [d.slug, d.questions, d.bytes])).toEqual([["u-interview", 9, result.bytes]]);

    // The reviews as read under the provisional slug, their cards moved as the deck's were.
    const direct = importAnki(fixture("history.colpkg"), await loadSql(), { slug: "u-import", fileName: "h.colpkg", topicsFrom: "deck", withReviews: true });
    const moved = direct.reviews!.reviews.map((r) => ({ ...r, cardId: r.cardId.replace(/^u-import\//, "u-interview/") }));
    expect(unpackReviews(result.reviews!)).toEqual(moved);
    expect(moved.every((r) => record!.deck.topics.some((t) => t.cards.some((c) => c.id === r.cardId)))).toBe(true);
    await expect.poll(() => heard).toEqual(["saved u-interview"]);
    stop();
  });

  it("saves again after the page took the first history's buffers, to the same slug", async () => {
    const handle = createImportSession({ loadSql, decksStore: store });
    await handle(anki(1));
    const first = await handle(save(2, 1));
    const r = await saved(first);
    structuredClone(first, { transfer: [r.reviews!.card.buffer, r.reviews!.at.buffer, r.reviews!.rating.buffer] });
    const second = await saved(await handle(save(3, 1)));
    expect(second.slug).toBe(r.slug);
    expect(second.reviews!.count).toBe(7);
    expect((await listUserDecks(store)).decks).toHaveLength(1);
  });

  it("saves a CSV's kept deck with no history", async () => {
    const handle = createImportSession({ loadSql, decksStore: store });
    await handle({ type: "table", id: 4, text: "What is A?\ta\n", fileName: "a.txt", slug: "u-import", title: "Letters", options: { fieldSeparator: "\t", rowSeparator: "\n", quotes: false }, mapping: null });
    const result = await saved(await handle({ ...save(5, 4), source: { kind: "csv", label: "a.txt" } }));
    expect(result).toMatchObject({ slug: "u-letters", cards: 1, reviews: null });
    expect((await getUserDeck("u-letters", store))?.source).toEqual({ kind: "csv", label: "a.txt" });
  });

  it("a failed save (a full disk) saves nothing and says so in plain words", async () => {
    const handle = createImportSession({ loadSql, decksStore: storeFailingOn(store, "index", () => new DOMException("full", "QuotaExceededError")) });
    await handle(anki(1));
    const res = await handle(save(2, 1));
    expect(res).toMatchObject({ ok: false, id: 2, message: expect.stringMatching(/no room left.*nothing was saved/) });
    expect(responseSchema.safeParse(res).success).toBe(true);
    expect(await get("deck:u-interview", store)).toBeUndefined();
    expect(await listUserDecks(store)).toEqual({ decks: [], corrupt: [] });
  });

  it("a save of a deck the worker no longer keeps saves nothing and says what to do", async () => {
    const handle = createImportSession({ loadSql, decksStore: store });
    for (let id = 1; id <= 4; id++) await handle(anki(id)); // only the newest three are kept
    expect(await handle(save(9, 1))).toMatchObject({ ok: false, message: expect.stringMatching(/nothing was saved.*Choose the file again/) });
    expect(await listUserDecks(store)).toEqual({ decks: [], corrupt: [] });
    expect(await handle(save(10, 4))).toMatchObject({ ok: true });
  });

  it("the page refuses a saved answer whose history is malformed", async () => {
    const handle = createImportSession({ loadSql, decksStore: store });
    await handle(anki(1));
    const res = await handle(save(2, 1));
    const r = await saved(res);
    const bad = { ...res, result: { ...r, reviews: { ...r.reviews!, rating: new Uint8Array(r.reviews!.count).fill(9) } } };
    expect(responseSchema.safeParse(bad).success).toBe(false);
    expect(responseSchema.safeParse({ ...res, result: { ...r, slug: "django" } }).success).toBe(false);
  });
});
