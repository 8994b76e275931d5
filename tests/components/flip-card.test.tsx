// @vitest-environment jsdom
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FlipCard } from "@/components/drill/flip-card";

function renderCard(props: { flipped: boolean; onFlip?: () => void; onSwipe?: (d: "left" | "right") => void }) {
  const onFlip = props.onFlip ?? vi.fn();
  const utils = render(<FlipCard flipped={props.flipped} front={<p>What is a QuerySet?</p>} back={<p>A lazy query.</p>} onFlip={onFlip} onSwipe={props.onSwipe} />);
  const face = (label: "Question" | "Answer") => {
    const el = utils.container.querySelector(`section[aria-label="${label}"]`);
    if (!(el instanceof HTMLElement)) throw new Error(`no ${label} face`);
    return el;
  };
  return { ...utils, onFlip, question: face("Question"), answer: face("Answer"), card: screen.getByTestId("flip-card") };
}

/** A horizontal pointer drag over the card, from x=200 by `dx` pixels. */
function drag(el: HTMLElement, dx: number) {
  fireEvent.pointerDown(el, { clientX: 200, clientY: 100, pointerId: 1 });
  fireEvent.pointerUp(el, { clientX: 200 + dx, clientY: 100, pointerId: 1 });
}

describe("FlipCard", () => {
  it("hides the answer face from assistive technology and makes it inert until flipped", () => {
    const { question, answer } = renderCard({ flipped: false });
    expect(answer).toHaveAttribute("aria-hidden", "true");
    expect(answer).toHaveAttribute("inert");
    expect(question).toHaveAttribute("aria-hidden", "false");
    expect(question).not.toHaveAttribute("inert");
    expect(screen.getByRole("region", { name: "Question" })).toHaveTextContent("What is a QuerySet?");
    expect(screen.queryByRole("region", { name: "Answer" })).toBeNull();
  });

  it("exposes the answer face and hides the question once flipped", () => {
    const { question, answer, card } = renderCard({ flipped: true });
    expect(answer).toHaveAttribute("aria-hidden", "false");
    expect(answer).not.toHaveAttribute("inert");
    expect(question).toHaveAttribute("aria-hidden", "true");
    expect(question).toHaveAttribute("inert");
    expect(screen.getByRole("region", { name: "Answer" })).toHaveTextContent("A lazy query.");
    expect(card).toHaveAttribute("data-flipped", "true");
  });

  it("flips when the question is clicked", async () => {
    const { question, onFlip } = renderCard({ flipped: false });
    await userEvent.setup().click(question);
    expect(onFlip).toHaveBeenCalledTimes(1);
  });

  it("does not flip back when the hidden question face is clicked", () => {
    const { question, onFlip } = renderCard({ flipped: true });
    fireEvent.click(question);
    expect(onFlip).not.toHaveBeenCalled();
  });

  it("turns in at most 300 ms, and instantly for people who prefer reduced motion", () => {
    const { card } = renderCard({ flipped: false });
    expect(card).toHaveClass("transition-transform", "duration-300", "motion-reduce:transition-none");
    const durations = [...card.classList].flatMap((c) => /^duration-(\d+)$/.exec(c)?.[1] ?? []).map(Number);
    expect(durations).toEqual([300]);
  });

  it("reports a swipe right or left on a flipped card", () => {
    const onSwipe = vi.fn();
    const { card } = renderCard({ flipped: true, onSwipe });
    drag(card, 100);
    expect(onSwipe).toHaveBeenLastCalledWith("right");
    drag(card, -100);
    expect(onSwipe).toHaveBeenLastCalledWith("left");
    expect(onSwipe).toHaveBeenCalledTimes(2);
  });

  it("ignores a short drag and a swipe before the answer is shown", () => {
    const onSwipe = vi.fn();
    const { card, rerender } = renderCard({ flipped: true, onSwipe });
    drag(card, 40);
    rerender(<FlipCard flipped={false} front="q" back="a" onFlip={() => undefined} onSwipe={onSwipe} />);
    drag(card, 100);
    expect(onSwipe).not.toHaveBeenCalled();
  });
});
