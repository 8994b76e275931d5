// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DeckSummary } from "@/components/drill/deck-summary";
import type { SessionSummary } from "@/lib/drill";

const NOW = Date.UTC(2026, 0, 15, 12);
const DAY = 24 * 60 * 60_000;

const base: SessionSummary = {
  graded: 7,
  byRating: { 1: 2, 2: 1, 3: 4, 4: 0 },
  skipped: 1,
  missed: ["d/t/a", "d/t/b", "d/t/c"],
  becameWeak: ["d/t/b", "d/t/gone"],
  timeMs: 65_000,
  nextDue: NOW + 3 * DAY,
};
const prompts = new Map([
  ["d/t/a", "What is a QuerySet?"],
  ["d/t/b", "What is a Manager?"],
]);

function renderSummary(summary: Partial<SessionSummary> = {}, onDrillMissed = vi.fn()) {
  render(<DeckSummary title="Django / ORM" summary={{ ...base, ...summary }} prompts={prompts} exitHref="/" now={NOW} onDrillMissed={onDrillMissed} />);
  return onDrillMissed;
}

describe("DeckSummary", () => {
  it("shows the count of each grade", () => {
    renderSummary();
    expect(screen.getByTestId("summary-again")).toHaveTextContent(/^2$/);
    expect(screen.getByTestId("summary-hard")).toHaveTextContent(/^1$/);
    expect(screen.getByTestId("summary-good")).toHaveTextContent(/^4$/);
    expect(screen.getByTestId("summary-easy")).toHaveTextContent(/^0$/);
    expect(screen.getByText("Again").nextElementSibling).toBe(screen.getByTestId("summary-again"));
  });

  it("says how many cards were graded and skipped and how long it took", () => {
    renderSummary();
    expect(screen.getByTestId("summary-graded")).toHaveTextContent("7 cards graded, 1 skipped in 1:05.");
  });

  it("leaves out the skipped count when nothing was skipped, and says card for one", () => {
    renderSummary({ graded: 1, skipped: 0, timeMs: 9_000 });
    expect(screen.getByTestId("summary-graded")).toHaveTextContent(/^1 card graded in 0:09\.$/);
  });

  it("says when the next review is due", () => {
    renderSummary();
    expect(screen.getByText("Next review due in 3 days.")).toBeInTheDocument();
  });

  it("says nothing is scheduled when no card has a due time", () => {
    renderSummary({ nextDue: null });
    expect(screen.getByText("Nothing from this deck is scheduled yet.")).toBeInTheDocument();
  });

  it("lists the cards that became weak by prompt, or by id for a card it has no prompt for", () => {
    renderSummary();
    expect(screen.getByRole("heading", { name: "Now weak (2)" })).toBeInTheDocument();
    expect([...screen.getByTestId("summary-became-weak").querySelectorAll("li")].map((li) => li.textContent)).toEqual(["What is a Manager?", "d/t/gone"]);
  });

  it("leaves out the weak list when nothing became weak", () => {
    renderSummary({ becameWeak: [] });
    expect(screen.queryByTestId("summary-became-weak")).toBeNull();
  });

  it("offers to drill the missed cards again", async () => {
    const onDrillMissed = renderSummary();
    await userEvent.setup().click(screen.getByRole("button", { name: "Drill the 3 missed again" }));
    expect(onDrillMissed).toHaveBeenCalledTimes(1);
  });

  it("offers no re-drill when nothing was missed", () => {
    renderSummary({ missed: [] });
    expect(screen.queryByRole("button", { name: /missed again/ })).toBeNull();
  });

  it("links back to the topics and to the weak questions", () => {
    renderSummary();
    expect(screen.getByRole("link", { name: "Back to topics" })).toHaveAttribute("href", "/");
    expect(screen.getByRole("link", { name: "Weak questions" })).toHaveAttribute("href", "/weak");
  });
});
