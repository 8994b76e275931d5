// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { DrillSession } from "@/components/drill/drill-session";
import { DrillStoreBridge } from "@/components/drill/drill-store-bridge";
import type { DrillStore } from "@/stores/views/drill-store";
import type { Selection } from "@/lib/drill";
import type { DrillCard } from "@/lib/drill/deck-data";
import { emptyProgress } from "@/lib/progress";
import { seededShuffle } from "@/lib/srs";
import { useProgressStore } from "@/stores/progress-store";

const push = vi.fn();
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push, replace: vi.fn(), back: vi.fn(), forward: vi.fn(), refresh: vi.fn(), prefetch: vi.fn() }),
}));

const ANSWERS = new Map<string, string>(); // answer file URL → its answer text

function card(slug: string, prompt: string, answer: string): DrillCard {
  const answerUrl = `/data/django/orm/${ANSWERS.size}.json`;
  ANSWERS.set(answerUrl, answer);
  return { id: `django/orm/${slug}`, prompt, promptHtml: prompt, frontHtml: null, topicTitle: "ORM", deckTitle: "Django", topicHref: "/django/orm", answerUrl };
}

const answerText = (c: DrillCard) => ANSWERS.get(c.answerUrl) ?? "";

const CARDS = [
  card("queryset", "What is a QuerySet?", "A lazy database query."),
  card("manager", "What is a Manager?", "The interface to database queries."),
  card("f-expression", "What is an F expression?", "A reference to a field value."),
];
const byPrompt = new Map(CARDS.map((c) => [c.prompt, c]));
const selection: Selection = { topics: "all", mode: "shuffle", seed: "abc" };

/** The session as the deck player runs it: stored progress handed over by the bridge once `ready`. */
function Harness({ ready }: { ready: boolean }) {
  const [store, setStore] = useState<DrillStore | null>(null);
  return (
    <>
      {ready && <DrillStoreBridge onChange={setStore} />}
      <DrillSession title="t" selection={selection} cards={CARDS} store={ready ? store : null} exitHref="/" />
    </>
  );
}

function renderSession({ ready = true } = {}) {
  const user = userEvent.setup();
  const view = render(<Harness ready={ready} />);
  return Object.assign(user, { storeArrives: () => act(() => view.rerender(<Harness ready />)) });
}

const fetched: string[] = [];

/** The card whose question is showing. */
function current(): DrillCard {
  const prompt = screen.getByTestId("card-prompt").textContent ?? "";
  const found = byPrompt.get(prompt);
  if (!found) throw new Error(`unknown prompt ${prompt}`);
  return found;
}

const card$ = () => screen.getByTestId("flip-card");
const live = () => document.querySelector('[aria-live="polite"]');
const log = () => useProgressStore.getState().progress.log;

beforeEach(() => {
  fetched.length = 0;
  // The answer files the session fetches: each card's own, with its id.
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      fetched.push(url);
      const c = CARDS.find((x) => x.answerUrl === url);
      return c ? Response.json({ id: c.id, answerHtml: `<p>${answerText(c)}</p>`, keyPoints: [] }) : new Response("Not found", { status: 404 });
    }),
  );
  push.mockClear();
  localStorage.clear();
  useProgressStore.setState({ progress: emptyProgress(), notice: null, saveError: null, blocked: null });
  useProgressStore.setState({ hydrated: true });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("DrillSession", () => {
  it("starts on the first card of the seeded shuffle, question showing", () => {
    renderSession();
    expect(screen.getByTestId("position")).toHaveTextContent("1 / 3");
    expect(card$()).toHaveAttribute("data-flipped", "false");
    expect(live()).toHaveTextContent("Question 1 of 3.");
    expect(screen.getByRole("button", { name: /Show answer/ })).toBeInTheDocument();
  });

  it("shows the answer on Space and announces it", async () => {
    const user = renderSession();
    const first = current();
    await user.keyboard(" ");
    expect(card$()).toHaveAttribute("data-flipped", "true");
    const answer = screen.getByRole("region", { name: "Answer" });
    expect(await within(answer).findByTestId("card-answer")).toHaveTextContent(answerText(first));
    expect(live()).toHaveTextContent("Answer shown.");
    expect(screen.getByRole("button", { name: /^Good/ })).toBeInTheDocument();
  });

  it("ignores a grade key before the answer was shown", async () => {
    const user = renderSession();
    await user.keyboard("3");
    expect(log()).toEqual([]);
    expect(screen.getByTestId("position")).toHaveTextContent("1 / 3");
  });

  it("records a grade of 3 in shuffle mode and moves on", async () => {
    const user = renderSession();
    const first = current();
    await user.keyboard(" 3");
    expect(log()).toEqual([expect.objectContaining({ cardId: first.id, rating: 3, mode: "shuffle" })]);
    expect(screen.getByTestId("position")).toHaveTextContent("2 / 3");
    expect(current().id).not.toBe(first.id);
    expect(card$()).toHaveAttribute("data-flipped", "false");
  });

  it("undoes the grade with u: the review is gone and the same card is back, answer showing", async () => {
    const user = renderSession();
    const first = current();
    await user.keyboard(" 3");
    await user.keyboard("u");
    expect(log()).toEqual([]);
    expect(useProgressStore.getState().progress.tombstones).toHaveLength(1);
    expect(current().id).toBe(first.id);
    expect(screen.getByTestId("position")).toHaveTextContent("1 / 3");
    expect(card$()).toHaveAttribute("data-flipped", "true");
  });

  it("skips a card with s without recording a review", async () => {
    const user = renderSession();
    const first = current();
    await user.keyboard("s");
    expect(log()).toEqual([]);
    expect(current().id).not.toBe(first.id);
    expect(screen.getByTestId("position")).toHaveTextContent("2 / 3");
  });

  it("leaves for the exit link on Escape", async () => {
    const user = renderSession();
    await user.keyboard("{Escape}");
    expect(push).toHaveBeenCalledExactlyOnceWith("/");
  });

  it("sums up the deck after the last card and offers the missed card again", async () => {
    const user = renderSession();
    const order: string[] = [];
    for (const rating of ["1", "3", "4"]) {
      order.push(current().id);
      await user.keyboard(` ${rating}`);
    }
    expect(new Set(order).size).toBe(3);
    expect(log().map((e) => [e.cardId, e.rating])).toEqual(
      expect.arrayContaining([
        [order[0], 1],
        [order[1], 3],
        [order[2], 4],
      ]),
    );

    expect(await screen.findByRole("heading", { name: "Deck finished" })).toBeInTheDocument();
    expect(screen.getByTestId("summary-again")).toHaveTextContent("1");
    expect(screen.getByTestId("summary-hard")).toHaveTextContent("0");
    expect(screen.getByTestId("summary-good")).toHaveTextContent("1");
    expect(screen.getByTestId("summary-easy")).toHaveTextContent("1");
    expect(screen.getByTestId("summary-graded")).toHaveTextContent("3 cards graded");

    await user.click(screen.getByRole("button", { name: "Drill the 1 missed again" }));
    expect(screen.getByTestId("position")).toHaveTextContent("1 / 1");
    expect(current().id).toBe(order[0]);
  });

  it("walks the cards in the order the selection's seed gives", async () => {
    const user = renderSession();
    const seen: string[] = [];
    for (let i = 0; i < CARDS.length; i++) {
      seen.push(current().id);
      await user.keyboard("s");
    }
    const ids = CARDS.map((c) => c.id);
    const expected = seededShuffle(ids, "abc");
    expect(expected).not.toEqual(ids); // so that the check below can tell the seed was used
    expect(seen).toEqual(expected);
  });

  it("fetches the showing card's answer and the next card's, no more", async () => {
    const user = renderSession();
    const order = seededShuffle(CARDS.map((c) => c.id), "abc").map((id) => CARDS.find((c) => c.id === id)!);
    await vi.waitFor(() => expect(fetched).toHaveLength(2));
    expect(new Set(fetched)).toEqual(new Set([order[0]!.answerUrl, order[1]!.answerUrl]));
    await user.keyboard("s");
    // The card after the new one waits for the frame that shows it: the key's own work is the paint.
    expect(fetched).toHaveLength(2);
    await vi.waitFor(() => expect(fetched).toHaveLength(3));
    expect(fetched[2]).toBe(order[2]!.answerUrl);
  });

  it("says so, and offers a retry, when an answer file is not that card's (a stale cache)", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Response.json({ id: "django/orm/other", answerHtml: "<p>Wrong</p>", keyPoints: [] })));
    const user = renderSession();
    await user.keyboard(" ");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The answer could not be loaded");
    expect(screen.queryByText("Wrong")).toBeNull();
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  it("shows and flips the first card before stored progress is read; a grade pressed meanwhile waits, then is recorded on that card", async () => {
    const user = renderSession({ ready: false });
    const first = current();
    await user.keyboard(" ");
    expect(card$()).toHaveAttribute("data-flipped", "true");
    await user.keyboard("3");
    expect(log()).toEqual([]);
    expect(screen.getByTestId("position")).toHaveTextContent("1 / 3");
    expect(screen.getByRole("status")).toHaveTextContent("your key will apply in a moment");

    await user.storeArrives();
    expect(log()).toEqual([expect.objectContaining({ cardId: first.id, rating: 3, mode: "shuffle" })]);
    expect(screen.getByTestId("position")).toHaveTextContent("2 / 3");
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("keeps the order of keys pressed behind a waiting grade: grade, flip, grade land on the first two cards", async () => {
    const user = renderSession({ ready: false });
    const first = current();
    await user.keyboard(" 1 4");
    expect(log()).toEqual([]);
    expect(screen.getByRole("status")).toHaveTextContent("your 3 keys will apply");

    await user.storeArrives();
    const entries = log();
    expect(entries.map((e) => e.rating)).toEqual([1, 4]);
    expect(entries[0]!.cardId).toBe(first.id);
    expect(entries[1]!.cardId).not.toBe(first.id);
    expect(screen.getByTestId("position")).toHaveTextContent("3 / 3");
  });
});
