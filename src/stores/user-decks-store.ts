import { useEffect, useState } from "react";
import type { UserDeckRecord } from "@/lib/deck/user-deck";
import type { UserDeckList } from "@/lib/deck/user-decks-db";
import { anyUserDeckStored, onDecksChanged } from "@/lib/deck/user-decks-idb";

/*
 * The user decks as views show them: listed from IndexedDB on mount and listed again whenever a
 * deck is saved or removed, in this tab or another (the "prepdeck:decks" channel). The source is
 * a parameter so component tests pass their own.
 *
 * The reading and its validation (zod) load only when IndexedDB holds something: a visitor with
 * no added deck never downloads them.
 */

export interface UserDecksSource {
  list(): Promise<UserDeckList>;
  subscribe(listener: () => void): () => void;
}

export type UserDecksView =
  | { status: "loading" }
  | { status: "error"; message: string } // IndexedDB unavailable (private mode in some browsers)
  | ({ status: "ready" } & UserDeckList);

const NO_DECKS: UserDeckList = { decks: [], corrupt: [] };

async function listStored(): Promise<UserDeckList> {
  if (!(await anyUserDeckStored())) return NO_DECKS;
  return (await import("@/lib/deck/user-decks-db")).listUserDecks();
}

export const browserUserDecks: UserDecksSource = { list: listStored, subscribe: onDecksChanged };

export function useUserDecks(source: UserDecksSource = browserUserDecks): UserDecksView {
  const [view, setView] = useState<UserDecksView>({ status: "loading" });
  useEffect(() => {
    let live = true;
    // Each listing is numbered, so a slow one that finishes after a newer one cannot overwrite it.
    let latest = 0;
    const refresh = () => {
      const mine = ++latest;
      source.list().then(
        (list) => {
          if (live && mine === latest) setView({ status: "ready", ...list });
        },
        (error: unknown) => {
          if (live && mine === latest) setView({ status: "error", message: error instanceof Error ? error.message : String(error) });
        },
      );
    };
    refresh();
    const stop = source.subscribe(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [source]);
  return view;
}

export type UserDeckView =
  | { status: "loading" }
  | { status: "missing" } // never saved here, or removed
  | { status: "corrupt"; raw: unknown } // stored, but not a deck: offered for removal and download
  | { status: "error"; message: string }
  | { status: "ready"; record: UserDeckRecord };

async function readDeck(slug: string): Promise<UserDeckView> {
  const { getUserDeck, getUserDeckRaw } = await import("@/lib/deck/user-decks-db");
  const record = await getUserDeck(slug);
  if (record) return { status: "ready", record };
  const raw = await getUserDeckRaw(slug);
  return raw === undefined ? { status: "missing" } : { status: "corrupt", raw };
}

/** One user deck, read again when it is saved or removed in any tab. */
export function useUserDeck(slug: string | null): UserDeckView {
  const [view, setView] = useState<{ slug: string | null; view: UserDeckView }>({ slug, view: { status: "loading" } });
  useEffect(() => {
    if (!slug) return;
    let live = true;
    let latest = 0;
    const refresh = () => {
      const mine = ++latest;
      readDeck(slug).then(
        (next) => {
          if (live && mine === latest) setView({ slug, view: next });
        },
        (error: unknown) => {
          if (live && mine === latest) setView({ slug, view: { status: "error", message: error instanceof Error ? error.message : String(error) } });
        },
      );
    };
    refresh();
    const stop = onDecksChanged((change) => {
      if (change.slug === slug) refresh();
    });
    return () => {
      live = false;
      stop();
    };
  }, [slug]);
  if (!slug) return { status: "missing" };
  return view.slug === slug ? view.view : { status: "loading" };
}
