// @vitest-environment jsdom
import { act, renderHook, waitFor } from "@testing-library/react";
import { summarize } from "@/lib/deck/user-deck";
import type { UserDeckList } from "@/lib/deck/user-decks-db";
import { type UserDecksSource, useUserDecks } from "@/stores/user-decks-store";
import { record } from "../unit/deck/user-deck-fixture";

/** A source whose listing the test changes, and whose change notice it fires (another tab's save). */
function fakeSource() {
  let list: UserDeckList = { decks: [], corrupt: [] };
  const listeners = new Set<() => void>();
  const source: UserDecksSource = {
    list: async () => list,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return {
    source,
    listeners,
    change(next: UserDeckList) {
      list = next;
      for (const l of listeners) l();
    },
  };
}

describe("useUserDecks", () => {
  it("lists the decks, and lists them again when another tab saves one", async () => {
    const fake = fakeSource();
    const { result } = renderHook(() => useUserDecks(fake.source));
    await waitFor(() => expect(result.current).toEqual({ status: "ready", decks: [], corrupt: [] }));
    act(() => fake.change({ decks: [summarize(record(), 10)], corrupt: [] }));
    await waitFor(() => expect(result.current.status === "ready" && result.current.decks.map((d) => d.slug)).toEqual(["u-my-bank"]));
  });

  it("stops listening when unmounted", async () => {
    const fake = fakeSource();
    const { unmount } = renderHook(() => useUserDecks(fake.source));
    expect(fake.listeners.size).toBe(1);
    unmount();
    expect(fake.listeners.size).toBe(0);
  });

  it("says so when storage can't be read, instead of throwing", async () => {
    const source: UserDecksSource = { list: () => Promise.reject(new Error("IndexedDB is off")), subscribe: () => () => {} };
    const { result } = renderHook(() => useUserDecks(source));
    await waitFor(() => expect(result.current).toEqual({ status: "error", message: "IndexedDB is off" }));
  });
});
