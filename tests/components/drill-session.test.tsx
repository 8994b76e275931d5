// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DrillSession } from "@/components/drill-session";
import type { DrillCard } from "@/hooks/use-topic-cards";
import type { Selection } from "@/lib/drill";
import { emptyProgress } from "@/lib/progress";
import { seededShuffle } from "@/lib/srs";
import { useProgressStore } from "@/stores/progress-store";

const push = vi.fn();
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push, replace: vi.fn(), back: vi.fn(), forward: vi.fn(), refresh: vi.fn(), prefetch: vi.fn() }),
}));

function card(slug: string, prompt: string, answer: string): DrillCard {
  return {
    id: `django/orm/${slug}`,
    prompt,
    promptHtml: prompt,
    answerHtml: `<p>${answer}</p>`,
    keyPoints: [],
    topicTitle: "ORM",
    deckTitle: "Django",
    topicHref: "/django/orm",
  };
}

const CARDS = [
  card("queryset", "What is a QuerySet?", "A lazy database query."),
  card("manager", "What is a Manager?", "The interface to database queries."),
  card("f-expression", "What is an F expression?", "A reference to a field value."),
];
const byPrompt = new Map(CARDS.map((c) => [c.prompt, c]));
const selection: Selection = { topics: "all", mode: "shuffle", seed: "abc" };

function renderSession() {
  const user = userEvent.setup();
  render(<DrillSession title="t" selection={selection} cards={CARDS} exitHref="/" />);
  return user;
}

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
  push.mockClear();
  localStorage.clear();
  useProgressStore.setState({ progress: emptyProgress(), notice: null, saveError: null, blocked: null });
  useProgressStore.setState({ hydrated: true });
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
    expect(within(answer).getByTestId("card-answer")).toHaveTextContent(first.answerHtml?.replace(/<\/?p>/g, "") ?? "");
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

    expect(screen.getByRole("heading", { name: "Deck finished" })).toBeInTheDocument();
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
});
