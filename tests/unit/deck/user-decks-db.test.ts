import { IDBFactory } from "fake-indexeddb";
import { createStore, del, get, set, type UseStore } from "idb-keyval";
import {
  getUserDeck,
  listUserDecks,
  saveUserDeck,
  UserDeckSaveError,
} from "@/lib/deck/user-decks-db";
import { anyUserDeckStored, onDecksChanged, removeUserDeck } from "@/lib/deck/user-decks-idb";
import { storeFailingOn } from "./failing-store";
import { record } from "./user-deck-fixture";

// A fresh in-memory IndexedDB per test; idb-keyval opens it through the global.
let store: UseStore;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  store = createStore("prepdeck-decks", "decks");
});


describe("saveUserDeck", () => {
  it("saves a deck that lists with its topics, counts and size, and reads back whole", async () => {
    const { bytes } = await saveUserDeck(record(), store);
    expect(bytes).toBeGreaterThan(100);
    const { decks, corrupt } = await listUserDecks(store);
    expect(corrupt).toEqual([]);
    expect(decks).toHaveLength(1);
    expect(decks[0]).toMatchObject({ slug: "u-my-bank", questions: 3, bytes });
    expect(decks[0]!.topics.map((t) => [t.slug, t.count])).toEqual([["basics", 2], ["more", 1]]);
    expect(await getUserDeck("u-my-bank", store)).toEqual(record());
  });

  it("lists decks by title whatever their case, and same titles by slug", async () => {
    const titled = (slug: string, title: string) => ({ ...record(slug), title });
    for (const r of [titled("u-c", "beta"), titled("u-b", "Alpha"), titled("u-a", "Beta"), titled("u-d", "alpha")]) await saveUserDeck(r, store);
    const { decks } = await listUserDecks(store);
    expect(decks.map((d) => `${d.title} ${d.slug}`)).toEqual(["Alpha u-b", "alpha u-d", "Beta u-a", "beta u-c"]);
  });

  it("replaces the previous version of the same deck", async () => {
    await saveUserDeck(record(), store);
    await saveUserDeck(record("u-my-bank", { basics: ["a"] }), store);
    const { decks } = await listUserDecks(store);
    expect(decks.map((d) => d.questions)).toEqual([1]);
  });

  it("keeps nothing of a deck whose save fails half-way, and says the disk is full", async () => {
    await saveUserDeck(record("u-first"), store);
    const full = storeFailingOn(store, "index", () => new DOMException("full", "QuotaExceededError"));
    const failure = saveUserDeck(record("u-second"), full);
    await expect(failure).rejects.toBeInstanceOf(UserDeckSaveError);
    await expect(failure).rejects.toMatchObject({ reason: "quota", message: expect.stringMatching(/no room left/) });
    expect(await get("deck:u-second", store)).toBeUndefined();
    expect((await listUserDecks(store)).decks.map((d) => d.slug)).toEqual(["u-first"]);
  });

  it("reports other failures as failed, in plain words", async () => {
    const broken = storeFailingOn(store, "deck:u-my-bank", () => new Error("disk gone"));
    await expect(saveUserDeck(record(), broken)).rejects.toMatchObject({ reason: "failed", message: expect.stringMatching(/could not be saved.*disk gone/) });
    expect((await listUserDecks(store)).decks).toEqual([]);
  });

  it("refuses a record that is not a user deck without touching the store", async () => {
    const bad = { ...record(), slug: "django" };
    await expect(saveUserDeck(bad, store)).rejects.toMatchObject({ reason: "failed" });
    expect(await listUserDecks(store)).toEqual({ decks: [], corrupt: [] });
  });
});

describe("listUserDecks", () => {
  it("reports a corrupt record with its raw value and still lists the others", async () => {
    await saveUserDeck(record(), store);
    await set("deck:u-broken", { slug: "u-broken", title: 42 }, store);
    const { decks, corrupt } = await listUserDecks(store);
    expect(decks.map((d) => d.slug)).toEqual(["u-my-bank"]);
    expect(corrupt).toEqual([{ slug: "u-broken", raw: { slug: "u-broken", title: 42 } }]);
    expect(await getUserDeck("u-broken", store)).toBeNull();
  });

  it("lists a valid record the index does not describe (written by hand or by an older save)", async () => {
    await set("deck:u-my-bank", record(), store);
    expect((await listUserDecks(store)).decks.map((d) => d.slug)).toEqual(["u-my-bank"]);
  });

  it("reports an index entry whose record is missing", async () => {
    await saveUserDeck(record(), store);
    await del("deck:u-my-bank", store);
    await set("index", { "u-gone": { slug: "u-gone" } }, store);
    const { corrupt } = await listUserDecks(store);
    expect(corrupt.map((c) => c.slug)).toEqual(["u-gone"]);
  });

  it("treats an empty or garbled index as no decks, without throwing", async () => {
    await set("index", "garbage", store);
    expect(await listUserDecks(store)).toEqual({ decks: [], corrupt: [] });
  });
});

describe("removeUserDeck", () => {
  it("removes the record and its index entry, leaving other decks", async () => {
    await saveUserDeck(record("u-a"), store);
    await saveUserDeck(record("u-b"), store);
    await removeUserDeck("u-a", store);
    expect((await listUserDecks(store)).decks.map((d) => d.slug)).toEqual(["u-b"]);
    expect(await getUserDeck("u-a", store)).toBeNull();
  });
});

describe("onDecksChanged", () => {
  it("hears saves and removals made through another channel (another tab)", async () => {
    const heard: unknown[] = [];
    const stop = onDecksChanged((c) => heard.push(c));
    await saveUserDeck(record(), store);
    await removeUserDeck("u-my-bank", store);
    await vi.waitFor(() => expect(heard).toEqual([{ type: "saved", slug: "u-my-bank" }, { type: "removed", slug: "u-my-bank" }]));
    stop();
  });
});

describe("anyUserDeckStored (what a page asks before it loads the decks' schemas)", () => {
  it("is false for an empty store and true once a deck, or only something unreadable, is stored", async () => {
    expect(await anyUserDeckStored(store)).toBe(false);
    await saveUserDeck(record(), store);
    expect(await anyUserDeckStored(store)).toBe(true);
    await removeUserDeck("u-my-bank", store);
    // The removal leaves an empty index behind: still "something", so the list reads it (and finds no deck).
    await set("deck:broken", { not: "a deck" }, store);
    expect(await anyUserDeckStored(store)).toBe(true);
    expect((await listUserDecks(store)).corrupt.map((c) => c.slug)).toEqual(["broken"]);
  });
});
