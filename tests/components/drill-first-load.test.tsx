// @vitest-environment jsdom
import { useEffect, useState } from "react";
import { createRoot, type Root } from "react-dom/client";
import { DrillSession } from "@/components/drill/drill-session";
import { DrillStoreBridge } from "@/components/drill/drill-store-bridge";
import type { Selection } from "@/lib/drill";
import type { DrillCard } from "@/lib/drill/deck-data";
import { addReview, emptyProgress, encodeProgress, PROGRESS_KEY } from "@/lib/progress";
import { seededShuffle } from "@/lib/srs";
import { useProgressStore } from "@/stores/progress-store";
import type { DrillStore } from "@/stores/views/drill-store";

/*
 * Issue 27: a key pressed the moment the drill's first card is visible acts exactly once, on every
 * path of the store's first load. React runs here as in a browser (no act()): the key is sent from a
 * MutationObserver, i.e. in the very task that commits the first card, before React's effects run.
 */

// Another tab holding the Web Lock: saves wait for it (installed before the store module reads it).
const lock = vi.hoisted(() => {
  const waiting: (() => void)[] = [];
  const manager = {
    held: false,
    request<T>(_name: string, run: () => T | Promise<T>): Promise<T> {
      if (!manager.held) return Promise.resolve().then(run);
      return new Promise<T>((resolve) => waiting.push(() => resolve(Promise.resolve().then(run))));
    },
    release() {
      manager.held = false;
      for (const go of waiting.splice(0)) go();
    },
  };
  Object.defineProperty(globalThis.navigator, "locks", { value: manager, configurable: true });
  return manager;
});

vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), back: vi.fn(), forward: vi.fn(), refresh: vi.fn(), prefetch: vi.fn() }),
}));

const CARDS: DrillCard[] = ["one", "two", "three"].map((slug, i) => ({
  id: `django/orm/${slug}`,
  prompt: `Question ${slug}?`,
  promptHtml: `Question ${slug}?`,
  frontHtml: null,
  topicTitle: "ORM",
  deckTitle: "Django",
  topicHref: "/django/orm",
  answerUrl: `/data/django/orm/${i}.json`,
}));
const ORDER = seededShuffle(CARDS.map((c) => c.id), "abc");
const selection: Selection = { topics: "all", mode: "shuffle", seed: "abc" };
const T = Date.UTC(2026, 0, 15, 12);

/** The page as the drill runs it: the provider reads the store in an effect, the bridge hands it over. */
function Page() {
  const [store, setStore] = useState<DrillStore | null>(null);
  useEffect(() => void useProgressStore.persist.rehydrate(), []);
  return (
    <>
      <DrillStoreBridge onChange={setStore} />
      <DrillSession title="t" selection={selection} cards={CARDS} store={store} exitHref="/" />
    </>
  );
}

const stored = (reviews = 1) => {
  let p = emptyProgress();
  for (let i = 0; i < reviews; i++) p = addReview(p, { id: `r${i}`, cardId: "django/other/x", rating: 3, at: T + i, mode: "shuffle" });
  return encodeProgress(p);
};

/** Each first-load path: what is stored, and how storage behaves. */
const PATHS: { name: string; saves: boolean; setup(): void }[] = [
  { name: "clean", saves: true, setup: () => localStorage.setItem(PROGRESS_KEY, stored()) },
  { name: "nothing stored yet", saves: true, setup: () => undefined },
  { name: "corrupt, backed up", saves: true, setup: () => localStorage.setItem(PROGRESS_KEY, stored(40).slice(0, 300)) },
  {
    name: "too big to back up",
    saves: false,
    setup: () => {
      localStorage.setItem(PROGRESS_KEY, "x".repeat(3_000_000));
      vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      });
    },
  },
  { name: "from a newer version", saves: false, setup: () => localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 99, log: [] })) },
  {
    name: "storage full",
    saves: true,
    setup: () => {
      localStorage.setItem(PROGRESS_KEY, stored());
      vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      });
    },
  },
  {
    name: "lock held by another tab",
    saves: true,
    setup: () => {
      localStorage.setItem(PROGRESS_KEY, stored());
      lock.held = true;
    },
  },
  {
    name: "storage that cannot be read at all",
    saves: false,
    setup: () => {
      vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      });
    },
  },
];

let root: Root | null = null;
let container: HTMLElement;

/** Mounts the page and sends `keys` to the window in the task that commits the first card. */
async function openAndPress(keys: string[]): Promise<void> {
  let sent = false;
  const observer = new MutationObserver(() => {
    if (sent || !container.querySelector('[data-testid="flip-card"]')) return;
    sent = true;
    observer.disconnect();
    for (const key of keys) window.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
  });
  observer.observe(container, { childList: true, subtree: true });
  root = createRoot(container);
  root.render(<Page />);
  await vi.waitFor(() => expect(sent).toBe(true));
}

const session = () => container.querySelector("[data-progress]");
const flipped = () => container.querySelector('[data-testid="flip-card"]')?.getAttribute("data-flipped");
const position = () => container.querySelector('[data-testid="position"]')?.textContent;
const ready = () => vi.waitFor(() => expect(session()?.getAttribute("data-progress")).toBe("ready"));

beforeAll(() => {
  // React schedules as in a browser: effects in a later task, not flushed by act().
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

beforeEach(() => {
  vi.stubGlobal("fetch", vi.fn(async () => new Response("Not found", { status: 404 })));
  localStorage.clear();
  lock.held = false;
  useProgressStore.setState({ progress: emptyProgress(), hydrated: false, notice: null, saveError: null, saveErrorDetails: null, blocked: null });
  container = document.createElement("div");
  document.body.append(container);
});

afterEach(() => {
  root?.unmount();
  root = null;
  container.remove();
  lock.release();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("the drill's first card answers its keys on every first load", () => {
  it.each(PATHS)("flips on Space pressed as the first card paints: $name", async ({ setup, saves }) => {
    setup();
    await openAndPress([" "]);
    await ready();
    expect(flipped()).toBe("true");
    expect(position()).toContain("1 / 3");
    expect(container.querySelector('[data-testid="not-saved"]') !== null).toBe(!saves);
  });

  it.each(PATHS)("lands a burst of Space, 3, Space, 1 as two grades, in order, once: $name", async ({ setup }) => {
    setup();
    await openAndPress([" ", "3", " ", "1"]);
    await ready();
    await vi.waitFor(() => expect(useProgressStore.getState().progress.log.filter((e) => e.cardId.startsWith("django/orm/"))).toHaveLength(2));
    const mine = useProgressStore.getState().progress.log.filter((e) => e.cardId.startsWith("django/orm/"));
    expect(mine.map((e) => [e.cardId, e.rating])).toEqual([
      [ORDER[0], 3],
      [ORDER[1], 1],
    ]);
    expect(position()).toContain("3 / 3");
    expect(flipped()).toBe("false");
  });

  it("saves the burst's grades once the other tab lets go of the lock", async () => {
    localStorage.setItem(PROGRESS_KEY, stored());
    lock.held = true;
    await openAndPress([" ", "3", " ", "1"]);
    await ready();
    await vi.waitFor(() => expect(useProgressStore.getState().progress.log).toHaveLength(3));
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(stored());
    lock.release();
    await vi.waitFor(() => expect(useProgressStore.getState().saveError).toBeNull());
    await vi.waitFor(() => expect(localStorage.getItem(PROGRESS_KEY)).not.toBe(stored()));
  });
});
